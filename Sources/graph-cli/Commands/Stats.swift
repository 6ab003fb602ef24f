import ArgumentParser
import Graph
import Metrics

extension GraphCommand {
  /// `graph stats`: store totals and whole-network statistics.
  struct Stats: ParsableCommand {
    static let configuration = CommandConfiguration(
      commandName: "stats",
      abstract: "Show store totals and network statistics (components, triangles, clustering, diameter).",
      discussion: """
        Triangles, transitivity, average clustering (degree < 2 counts 0, as SNAP does) and
        assortativity are computed without self-loops; edge counts include them. The diameter
        is exact (iFUB) on the largest component.
        When the store holds references, the totals resolved within the corpus and unresolved
        follow, with each source's share (JSON: references, references_resolved,
        references_unresolved, references_by_source).
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
        var report = StatsReport(counts: counts, build: build, statistics: statistics)
        report.addReferences(try store.referenceCounts())
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
  var references = 0
  var referencesResolved = 0
  var referencesUnresolved = 0
  var referencesBySource: [SourceReferences] = []

  /// One source's references in `graph stats` (JSON: path, format, references, resolved).
  struct SourceReferences: Encodable {
    var path: String
    var format: String
    var references: Int
    var resolved: Int
  }

  /// Adds the reference totals (resolved within the corpus, per source).
  mutating func addReferences(_ counts: ReferenceCounts) {
    references = counts.references
    referencesResolved = counts.resolved
    referencesUnresolved = counts.unresolved
    referencesBySource = counts.bySource.map {
      SourceReferences(path: $0.path, format: $0.format, references: $0.references, resolved: $0.resolved)
    }
  }

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
    """ + referenceText
  }

  /// The reference lines of the text report (empty when the store has no reference).
  private var referenceText: String {
    guard references > 0 else { return "" }
    var lines = [
      "\nreferences               \(references), \(referencesResolved) resolved within the corpus, \(referencesUnresolved) unresolved"
    ]
    for source in referencesBySource {
      let share = source.references > 0 ? 100 * Double(source.resolved) / Double(source.references) : 0
      lines.append(
        "  \(source.path) [\(source.format)]: \(source.resolved) of \(source.references) resolved (\(fixed(share, 1)) %)")
    }
    return lines.joined(separator: "\n")
  }
}
