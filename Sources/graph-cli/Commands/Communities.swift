import ArgumentParser
import Graph
import Metrics

extension GraphCommand {
  /// `graph communities`: detect and record communities.
  struct Communities: ParsableCommand {
    static let configuration = CommandConfiguration(
      commandName: "communities",
      abstract: "Detect communities in the coauthor network and record the run.",
      discussion: """
        Algorithms: leiden (modularity objective, the default; never CPM, which
        returns singletons at resolution 1), louvain, infomap, walktrap,
        label-propagation, fast-greedy. --resolution applies to leiden and louvain
        only (an error elsewhere). walktrap and fast-greedy are deterministic;
        the others use --seed. Leiden runs one iteration unless --iterations N
        asks for more, each starting from the partition the last one found
        (python-igraph's default is 2).
        --runs K runs seeds seed..seed+K-1 and reports stability (mean pairwise
        adjusted Rand index and NMI) and a consensus partition: linked authors
        grouped together in at least half of the runs stay together
        (Lancichinetti & Fortunato 2012); the consensus is the recorded
        membership.
        Example: graph communities --algorithm louvain --resolution 1.2 --seed 7 --top 3
        """)

    @OptionGroup var global: GlobalOptions
    @OptionGroup var network: NetworkOptions

    @Option(help: "leiden, louvain, infomap, walktrap, label-propagation or fast-greedy.")
    var algorithm: CommunityAlgorithm = .leiden

    @Option(help: "Resolution (leiden, louvain): above 1 gives smaller communities. Default 1.")
    var resolution: Double?

    @Option(help: "Seed for the randomized algorithm (the first seed with --runs).")
    var seed: UInt64 = 42

    @Option(help: "Leiden iterations, each from the partition the last one found. Default 1.")
    var iterations: Int?

    @Option(help: "Members shown per community (0 = all).")
    var top = 5

    @Option(help: "Hide communities smaller than this.")
    var minSize = 1

    @Option(help: "Run this many seeds and report stability and a consensus partition.")
    var runs = 1

    func validate() throws {
      if let resolution {
        guard resolution >= 0, resolution.isFinite else {
          throw ValidationError("--resolution must be ≥ 0")
        }
        guard algorithm.acceptsResolution else {
          throw ValidationError(
            "--resolution applies to leiden and louvain only (\(algorithm.rawValue) has none)")
        }
      }
      if let iterations {
        guard iterations >= 1 else { throw ValidationError("--iterations must be ≥ 1") }
        guard algorithm == .leiden else {
          throw ValidationError(
            "--iterations applies to leiden only (\(algorithm.rawValue) has none)")
        }
      }
      guard top >= 0 else { throw ValidationError("--top must be ≥ 0") }
      guard minSize >= 1 else { throw ValidationError("--min-size must be ≥ 1") }
      guard runs >= 1 else { throw ValidationError("--runs must be ≥ 1") }
    }

    func run() throws {
      try reportingFailures {
        let store = try global.openStore()
        // The numbered title terms need only the store: read on a second thread, through a
        // connection of its own, while the network is built and igraph detects (issue 8).
        let (since, until) = (network.since, network.until)
        let mayBeCoauthor = network.kind == nil || network.kind == .coauthor
        let termStore = try store.readerConnection()
        let termWork = BackgroundWork(name: "graph-community-terms") {
          () -> Result<WorkTermIndex, GraphError> in
          guard mayBeCoauthor else { return .success(WorkTermIndex(AuthoredWorks())) }
          return Result { () throws(GraphError) in
            WorkTermIndex(try termStore.authoredWorks(since: since, until: until))
          }
        }
        let build = try termWork.alongside { try network.build(from: store) }
        let options = CommunityOptions(
          algorithm: algorithm, resolution: resolution ?? 1, seed: seed,
          iterations: iterations ?? 1)
        // The fingerprint needs neither igraph nor the partition: made beside igraph too, once
        // the title terms are done, so that two threads never share the second core with
        // the main one (at 1M works they overlapped igraph's graph build by about 3 s).
        let fingerprintWork = BackgroundWork(name: "graph-fingerprint") {
          _ = termWork.wait()
          return build.network.fingerprint
        }
        let (partition, stability) = try termWork.alongside {
          try fingerprintWork.alongside { () throws -> (Partition, StabilityReport?) in
            if runs > 1 {
              let report = try Stability.assess(in: build.network, options: options, runs: runs)
              return (report.consensus, report)
            }
            return (try Metrics.Communities.detect(in: build.network, options: options), nil)
          }
        }
        let fingerprint = fingerprintWork.wait()
        let terms = termWork.wait()
        let titles =
          build.network.kind == .coauthor ? try terms.get() : WorkTermIndex(AuthoredWorks())
        // Profiles (title terms, top members) are pure: made while the run is recorded.
        let (shown, smallest) = (top == 0 ? Int.max : top, minSize)
        let profileWork = BackgroundWork(name: "graph-profiles") {
          CommunityProfile.profiles(
            of: partition, in: build.network, top: shown, minSize: smallest, terms: titles)
        }
        var parameters = network.runParameters(for: build)
        parameters["resolution"] = "\(options.resolution)"
        if algorithm == .leiden { parameters["iterations"] = "\(options.iterations)" }
        parameters["runs"] = "\(runs)"
        parameters["min_size"] = "\(minSize)"
        var summary = [
          "modularity": fixed(partition.modularity, 6),
          "communities": "\(partition.communities.count)",
        ]
        if let stability {
          summary["mean_ari"] = fixed(stability.meanARI, 6)
          summary["mean_nmi"] = fixed(stability.meanNMI, 6)
          summary["consensus"] = "co-assignment ≥ \(stability.threshold)"
        }
        let runID = try profileWork.alongside {
          try store.record(
            RunRecord(
              kind: "communities", algorithm: algorithm.rawValue, parameters: parameters,
              seed: algorithm.isRandomized ? seed : nil,
              networkFingerprint: fingerprint, summary: summary,
              membership: partition.membership))
        }
        let profiles = profileWork.wait()
        let report = CommunitiesReport(
          run: runID, algorithm: algorithm.rawValue, seed: seed, resolution: options.resolution,
          iterations: algorithm == .leiden ? options.iterations : nil,
          modularity: partition.modularity, count: partition.communities.count,
          nodes: build.network.nodes.count,
          hyperAuthoredWorksSkipped: build.hyperAuthoredWorksSkipped,
          stability: stability.map(CommunitiesReport.Stability.init), communities: profiles)
        if global.json { try JSONOutput.print(report) } else { print(report.text) }
        ProcessLifetime.keep((build, partition, titles, report))
      }
    }
  }
}

extension CommunityAlgorithm: ExpressibleByArgument {}

/// `graph communities` output.
struct CommunitiesReport: Encodable {
  /// Stability over several seeds.
  struct Stability: Encodable {
    var runs: Int
    var seeds: [UInt64]
    var meanAri: Double
    var meanNmi: Double
    var modularities: [Double]
    var consensusThreshold: Double

    init(_ report: StabilityReport) {
      runs = report.seeds.count
      seeds = report.seeds
      meanAri = report.meanARI
      meanNmi = report.meanNMI
      modularities = report.partitions.map(\.modularity)
      consensusThreshold = report.threshold
    }
  }
  var run: Int64
  var algorithm: String
  var seed: UInt64
  var resolution: Double
  /// Leiden iterations (nil for the other algorithms).
  var iterations: Int?
  var modularity: Double
  var count: Int
  var nodes: Int
  var hyperAuthoredWorksSkipped: Int
  var stability: Stability?
  var communities: [CommunityProfile]

  var text: String {
    let kind = CommunityAlgorithm(rawValue: algorithm)
    var settings: [String] = []
    if kind?.isRandomized ?? true { settings.append("seed \(seed)") }
    if kind?.acceptsResolution ?? true { settings.append("resolution \(resolution)") }
    if let iterations, iterations > 1 { settings.append("\(iterations) iterations") }
    let described = settings.isEmpty ? algorithm : "\(algorithm) (\(settings.joined(separator: ", ")))"
    var lines = [
      "\(described): \(count) communities over \(nodes) authors, modularity \(fixed(modularity))  [run \(run)]"
    ]
    if hyperAuthoredWorksSkipped > 0 {
      lines.append("  (\(hyperAuthoredWorksSkipped) hyper-authored works skipped by --max-authors)")
    }
    if let stability {
      lines.append(
        "  stability over \(stability.runs) seeds (\(stability.seeds.first ?? 0)…\(stability.seeds.last ?? 0)): mean ARI \(fixed(stability.meanAri)), mean NMI \(fixed(stability.meanNmi)); consensus shown"
      )
    }
    for community in communities {
      lines.append(
        "  #\(community.label)  \(community.size) members, internal density \(fixed(community.internalDensity, 2))"
      )
      if !community.terms.isEmpty {
        lines.append(
          "      terms: " + community.terms.map { "\($0.term) (\($0.count))" }.joined(separator: ", "))
      }
      for member in community.topMembers {
        lines.append("      \(pad(member.name, 28)) strength \(fixed(member.strength, 2))")
      }
    }
    return lines.joined(separator: "\n")
  }
}
