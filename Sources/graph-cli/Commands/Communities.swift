import ArgumentParser
import Graph
import Metrics

extension GraphCommand {
  /// `graph communities`: detect and record coauthor communities.
  struct Communities: ParsableCommand {
    static let configuration = CommandConfiguration(
      abstract: "Detect communities in the coauthor network and record the run.",
      discussion: """
        Leiden with the modularity objective is the default (never CPM, which returns
        singletons at resolution 1). The same network and seed always give the same result.
        Example: graph communities --algorithm louvain --resolution 1.2 --seed 7 --top 3
        """)

    @OptionGroup var global: GlobalOptions
    @OptionGroup var network: NetworkOptions

    @Option(help: "leiden (modularity) or louvain.")
    var algorithm: CommunityAlgorithm = .leiden

    @Option(help: "Resolution: above 1 gives smaller communities, below 1 larger ones.")
    var resolution = 1.0

    @Option(help: "Seed for the randomized algorithm.")
    var seed: UInt64 = 42

    @Option(help: "Members shown per community.")
    var top = 5

    @Option(help: "Hide communities smaller than this.")
    var minSize = 1

    func validate() throws {
      guard resolution >= 0 else { throw ValidationError("--resolution must be ≥ 0") }
      guard top >= 0 else { throw ValidationError("--top must be ≥ 0") }
      guard minSize >= 1 else { throw ValidationError("--min-size must be ≥ 1") }
    }

    func run() throws {
      try reportingFailures {
        let store = try global.openStore()
        let build = try network.build(from: store)
        let options = CommunityOptions(algorithm: algorithm, resolution: resolution, seed: seed)
        let partition = try Metrics.Communities.detect(in: build.network, options: options)
        let profiles = CommunityProfile.profiles(
          of: partition, in: build.network, top: top, minSize: minSize)
        let runID = try store.record(
          RunRecord(
            kind: "communities", algorithm: algorithm.rawValue,
            parameters: [
              "resolution": "\(resolution)", "counting": network.counting.rawValue,
              "max_authors": "\(network.maxAuthors)",
            ], seed: seed, networkFingerprint: build.network.fingerprint,
            summary: [
              "modularity": fixed(partition.modularity, 6),
              "communities": "\(partition.communities.count)",
            ], membership: partition.membership))
        let report = CommunitiesReport(
          run: runID, algorithm: algorithm.rawValue, seed: seed, resolution: resolution,
          modularity: partition.modularity, count: partition.communities.count,
          nodes: build.network.nodes.count, communities: profiles)
        if global.json { try JSONOutput.print(report) } else { print(report.text) }
      }
    }
  }
}

extension CommunityAlgorithm: ExpressibleByArgument {}

/// `graph communities` output.
struct CommunitiesReport: Encodable {
  var run: Int64
  var algorithm: String
  var seed: UInt64
  var resolution: Double
  var modularity: Double
  var count: Int
  var nodes: Int
  var communities: [CommunityProfile]

  var text: String {
    var lines = [
      "\(algorithm) (seed \(seed), resolution \(resolution)): \(count) communities over \(nodes) authors, modularity \(fixed(modularity))  [run \(run)]"
    ]
    for community in communities {
      lines.append(
        "  #\(community.label)  \(community.size) members, internal density \(fixed(community.internalDensity, 2))"
      )
      for member in community.topMembers {
        lines.append("      \(pad(member.name, 28)) strength \(fixed(member.strength, 2))")
      }
    }
    return lines.joined(separator: "\n")
  }
}
