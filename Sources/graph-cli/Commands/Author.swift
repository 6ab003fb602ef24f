import ArgumentParser
import Graph
import Metrics

extension GraphCommand {
  /// `graph author NAME`: one author's variants, works, coauthors, metrics and community.
  struct Author: ParsableCommand {
    static let configuration = CommandConfiguration(
      commandName: "author",
      abstract: "Show one author: spellings, works, coauthors, centrality, citations and community.",
      discussion: """
        Degree and strength are computed on the network the options select; citations
        received within the corpus and the h-index come from references resolved in the store.
        On the coauthor network these are read from the author's own works (indexed, fast on
        any store size). Whole-network figures need the whole network built: PageRank, the
        community from the latest communities run on that same network (same fingerprint),
        and the summed PageRank of the author's works on the citation network; they are shown
        with --whole-network, and whenever an option needs the whole network anyway
        (--min-works, --largest-component, another --network). For edge-list and work
        networks NAME is a node label or title.
        Example: graph author "aviral kumar" --top 5
        """)

    @OptionGroup var global: GlobalOptions
    @OptionGroup var network: NetworkOptions

    @OptionGroup var author: AuthorSelection

    @Option(help: "Coauthors shown (0 = all).")
    var top = 0

    @Flag(
      help: """
        Build the whole network (and the citation network) to add PageRank, the recorded \
        community and citation PageRank (seconds on a large store).
        """)
    var wholeNetwork = false

    func validate() throws {
      guard top >= 0 else { throw ValidationError("--top must be ≥ 0") }
    }

    func run() throws {
      try reportingFailures {
        let store = try global.openStore()
        if !wholeNetwork, let options = try network.localCoauthorOptions(in: store) {
          let report = try localReport(store: store, options: options)
          if global.json { try JSONOutput.print(report) } else { print(report.text) }
          return
        }
        let build = try network.build(from: store)
        let graph = build.network
        let center = try author.resolve(in: graph, store: store)
        let detail =
          graph.kind == .coauthor
          ? try store.authorDetail(center)
          : graph.node(center).map { AuthorDetail(id: $0.id, name: $0.name, variants: [], works: []) }
        guard let detail else {
          throw GraphError.unknownAuthor(name: "id \(center)", suggestions: [])
        }
        var report: AuthorReport
        if graph.node(center) != nil {
          var scores: [CentralityMeasure: Double] = [:]
          for measure in [CentralityMeasure.degree, .strength, .pagerank] {
            scores[measure] = try Centrality.compute(measure, in: graph).values[center]
          }
          let community = try store.latestCommunity(
            of: center, networkFingerprint: graph.fingerprint)
          report = AuthorReport(
            detail: detail, network: graph, scores: scores, community: community, top: top)
        } else {
          report = AuthorReport(detail: detail, network: nil, scores: [:], community: nil, top: top)
        }
        if graph.kind.nodesAreIdentities, try store.referenceCounts().references > 0 {
          let metrics = try CitationMetrics.compute(
            citation: try store.citationNetwork(referencesOnly: true),
            authorships: try store.authorships())
          report.citation = metrics.authors[center].map(AuthorReport.Citation.init)
        }
        if global.json { try JSONOutput.print(report) } else { print(report.text) }
      }
    }

    /// The report from the author's own rows: spellings, works, ties (degree, strength),
    /// citations and h-index; no whole-network figure (PageRank, community, citation PageRank).
    private func localReport(store: GraphStore, options: CoauthorOptions) throws(GraphError)
      -> AuthorReport
    {
      let center = try author.identity(in: store)
      guard let detail = try store.authorDetail(center) else {
        throw GraphError.unknownAuthor(name: "id \(center)", suggestions: [])
      }
      var report: AuthorReport
      if let ties = try store.coauthorTies(of: center, options: options, years: false) {
        // The centre with its coauthors and its edges: degree and strength as on the whole
        // network (same edges, same igraph summation order).
        let star = Network(
          kind: .coauthor, isDirected: false,
          nodes: ties.names.map { id, name in
            id == center ? ties.node : Network.Node(id: id, name: name, works: 0)
          },
          edges: ties.edges)
        var scores: [CentralityMeasure: Double] = [:]
        for measure in [CentralityMeasure.degree, .strength] {
          scores[measure] = try Centrality.compute(measure, in: star).values[center]
        }
        report = AuthorReport(
          detail: detail, network: star, scores: scores, community: nil, top: top)
        report.wholeNetwork = false
      } else {
        report = AuthorReport(detail: detail, network: nil, scores: [:], community: nil, top: top)
      }
      if try store.hasReferences(), let citations = try store.citationsReceived(byWorksOf: center) {
        let counts = Array(citations.values)
        report.citation = AuthorReport.Citation(
          id: center, name: detail.name, works: counts.count, citations: counts.reduce(0, +),
          hIndex: CitationMetrics.hIndex(counts), pagerank: nil)
      }
      return report
    }
  }
}

/// `graph author` output.
struct AuthorReport: Encodable {
  struct Coauthor: Encodable {
    var id: Int64
    var name: String
    var weight: Double
    var works: Int
  }
  var id: Int64
  var name: String
  var variants: [String]
  var works: [WorkSummary]
  var inNetwork: Bool
  var coauthorCount: Int
  var coauthors: [Coauthor]
  var degree: Double?
  var strength: Double?
  var pagerank: Double?
  var community: RecordedCommunity?
  /// Citations received within the corpus, h-index and summed citation PageRank (nil when
  /// the store holds no reference or the network's nodes are not identities).
  var citation: Citation?
  /// False when the whole network was not built: no PageRank, no community looked up.
  var wholeNetwork = true

  /// One author's citation figures (`CitationMetrics.Author`, PageRank only when the
  /// citation network was built).
  struct Citation: Encodable {
    var id: Int64
    var name: String
    var works: Int
    var citations: Int
    var hIndex: Int
    var pagerank: Double?

    init(id: Int64, name: String, works: Int, citations: Int, hIndex: Int, pagerank: Double?) {
      self.id = id
      self.name = name
      self.works = works
      self.citations = citations
      self.hIndex = hIndex
      self.pagerank = pagerank
    }

    init(_ metrics: CitationMetrics.Author) {
      self.init(
        id: metrics.id, name: metrics.name, works: metrics.works, citations: metrics.citations,
        hIndex: metrics.hIndex, pagerank: metrics.pagerank)
    }
  }

  enum CodingKeys: String, CodingKey {
    case id, name, variants, works, inNetwork, coauthorCount, coauthors, degree, strength
    case pagerank, community, citation
  }

  init(
    detail: AuthorDetail, network: Network?, scores: [CentralityMeasure: Double],
    community: RecordedCommunity?, top: Int
  ) {
    id = detail.id
    name = detail.name
    variants = detail.variants
    works = detail.works
    inNetwork = network != nil
    var coauthors: [Coauthor] = []
    for edge in network?.edges ?? [] where edge.source == detail.id || edge.target == detail.id {
      let other = edge.source == detail.id ? edge.target : edge.source
      if other == detail.id { continue }
      coauthors.append(
        Coauthor(
          id: other, name: network?.node(other)?.name ?? "#\(other)", weight: edge.weight,
          works: edge.works))
    }
    coauthors.sort { ($1.weight, $0.name, $0.id) < ($0.weight, $1.name, $1.id) }
    coauthorCount = coauthors.count
    self.coauthors = top > 0 ? Array(coauthors.prefix(top)) : coauthors
    degree = scores[.degree]
    strength = scores[.strength]
    pagerank = scores[.pagerank]
    self.community = community
  }

  var text: String {
    var lines = ["\(name) (id \(id))"]
    if !variants.isEmpty { lines.append("  spellings: \(variants.joined(separator: " | "))") }
    if let degree, let strength, let pagerank {
      lines.append(
        "  degree \(Int(degree)), strength \(fixed(strength, 2)), pagerank \(fixed(pagerank, 6))")
    } else if let degree, let strength, !wholeNetwork {
      lines.append("  degree \(Int(degree)), strength \(fixed(strength, 2))")
    } else {
      lines.append("  not in the network (check the filters)")
    }
    if let community {
      lines.append(
        "  community #\(community.community) (\(community.size) members) in run \(community.run) (\(community.algorithm))"
      )
    } else if inNetwork && wholeNetwork {
      lines.append("  community: none recorded for this network (run graph communities)")
    }
    if let citation {
      let pagerank = citation.pagerank.map { ", citation pagerank \(fixed($0, 6))" } ?? ""
      lines.append(
        "  citations \(citation.citations) within the corpus, h-index \(citation.hIndex)\(pagerank)")
    }
    if !works.isEmpty {
      lines.append("  works (\(works.count))")
      for work in works {
        lines.append("    \(work.year.map(String.init) ?? "----")  \(work.title)")
      }
    }
    if inNetwork {
      let shown = coauthors.count < coauthorCount ? ", \(coauthors.count) shown" : ""
      lines.append("  coauthors (\(coauthorCount)\(shown))")
      for coauthor in coauthors {
        lines.append(
          "    \(pad(coauthor.name, 28)) weight \(fixed(coauthor.weight, 2))  \(coauthor.works) work\(coauthor.works == 1 ? "" : "s")")
      }
    }
    return lines.joined(separator: "\n")
  }
}
