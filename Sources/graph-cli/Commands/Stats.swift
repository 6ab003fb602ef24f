import ArgumentParser
import Graph
import Metrics

extension GraphCommand {
  /// `graph stats`: store totals and whole-network statistics.
  struct Stats: ParsableCommand {
    static let configuration = CommandConfiguration(
      abstract: "Show store totals and coauthor network statistics.",
      discussion: "Example: graph stats --json")

    @OptionGroup var global: GlobalOptions
    @OptionGroup var network: NetworkOptions

    func run() throws {
      try reportingFailures {
        let store = try global.openStore()
        let counts = try store.counts()
        let build = try network.build(from: store)
        let statistics = try NetworkStatistics.compute(build.network)
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
  var coauthorNodes: Int
  var coauthorEdges: Int
  var hyperAuthoredWorksSkipped: Int
  var components: Int
  var largestComponentNodes: Int
  var largestComponentEdges: Int
  var density: Double

  init(counts: StoreCounts, build: CoauthorBuild, statistics: NetworkStatistics) {
    network = build.network.kind.rawValue
    directed = build.network.isDirected
    sources = counts.sources
    works = counts.works
    worksWithAuthors = counts.worksWithAuthors
    mentions = counts.mentions
    authors = counts.authors
    coauthorNodes = statistics.nodes
    coauthorEdges = statistics.edges
    hyperAuthoredWorksSkipped = build.hyperAuthoredWorksSkipped
    components = statistics.components
    largestComponentNodes = statistics.largestComponentNodes
    largestComponentEdges = statistics.largestComponentEdges
    density = statistics.density
  }

  var text: String {
    """
    sources                  \(sources)
    works                    \(works)
    works with authors       \(worksWithAuthors)
    author mentions          \(mentions)
    authors (identities)     \(authors)
    \(pad("\(network) network", 24)) \(coauthorNodes) nodes, \(coauthorEdges) edges\(directed ? " (directed)" : "")
    components               \(components)
    largest component        \(largestComponentNodes) nodes, \(largestComponentEdges) edges
    density                  \(fixed(density, 6))
    hyper-authored skipped   \(hyperAuthoredWorksSkipped)
    """
  }
}
