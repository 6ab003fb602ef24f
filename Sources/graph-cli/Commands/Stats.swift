import ArgumentParser
import Graph
import Metrics

extension GraphCommand {
  /// `graph stats`: store totals and whole-network statistics.
  struct Stats: ParsableCommand {
    static let configuration = CommandConfiguration(
      abstract: "Show store totals and network statistics (components, triangles, clustering, diameter).",
      discussion: """
        Triangles, transitivity, average clustering (degree < 2 counts 0, as SNAP does) and
        assortativity are computed without self-loops; edge counts include them. The diameter
        is exact (iFUB) on the largest component.
        Example: graph stats --json
        """)

    @OptionGroup var global: GlobalOptions
    @OptionGroup var network: NetworkOptions

    @Flag(help: "Skip the exact diameter.")
    var noDiameter = false

    func run() throws {
      try reportingFailures {
        let store = try global.openStore()
        let counts = try store.counts()
        let build = try network.build(from: store)
        let statistics = try NetworkStatistics.compute(build.network, diameter: !noDiameter)
        let report = StatsReport(counts: counts, build: build, statistics: statistics)
        if global.json {
          try JSONOutput.print(report)
        } else {
          print(report.text)
        }
      }
    }
  }
}

/// `graph stats` output; JSON keys are the snake_case property names.
struct StatsReport: Encodable {
  var network: String
  var directed: Bool
  var sources: Int
  var works: Int
  var worksWithAuthors: Int
  var mentions: Int
  var authors: Int
  var nodes: Int
  var edges: Int
  var coauthorNodes: Int
  var coauthorEdges: Int
  var worksUsed: Int
  var hyperAuthoredWorksSkipped: Int
  var selfLoops: Int
  var components: Int
  var largestComponentNodes: Int
  var largestComponentEdges: Int
  var density: Double
  var triangles: Int
  var transitivity: Double
  var averageClustering: Double
  var diameter: Int?
  var assortativity: Double?

  init(counts: StoreCounts, build: CoauthorBuild, statistics: NetworkStatistics) {
    network = build.network.kind.rawValue
    directed = build.network.isDirected
    sources = counts.sources
    works = counts.works
    worksWithAuthors = counts.worksWithAuthors
    mentions = counts.mentions
    authors = counts.authors
    nodes = statistics.nodes
    edges = statistics.edges
    coauthorNodes = statistics.nodes
    coauthorEdges = statistics.edges
    worksUsed = build.worksUsed
    hyperAuthoredWorksSkipped = build.hyperAuthoredWorksSkipped
    selfLoops = statistics.selfLoops
    components = statistics.components
    largestComponentNodes = statistics.largestComponentNodes
    largestComponentEdges = statistics.largestComponentEdges
    density = statistics.density
    triangles = statistics.triangles
    transitivity = statistics.transitivity
    averageClustering = statistics.averageClustering
    diameter = statistics.diameter
    assortativity = statistics.assortativity
  }

  var text: String {
    """
    sources                  \(sources)
    works                    \(works)
    works with authors       \(worksWithAuthors)
    author mentions          \(mentions)
    authors (identities)     \(authors)
    \(pad("\(network) network", 24)) \(nodes) nodes, \(edges) edges\(directed ? " (directed)" : "")\(selfLoops > 0 ? ", \(selfLoops) self-loops" : "")
    hyper-authored skipped   \(hyperAuthoredWorksSkipped)
    components               \(components)
    largest component        \(largestComponentNodes) nodes, \(largestComponentEdges) edges
    density                  \(fixed(density, 6))
    triangles                \(triangles)
    transitivity             \(fixed(transitivity))
    average clustering       \(fixed(averageClustering))
    diameter (largest comp.) \(diameter.map(String.init) ?? "-")
    degree assortativity     \(assortativity.map { fixed($0) } ?? "-")
    """
  }
}
