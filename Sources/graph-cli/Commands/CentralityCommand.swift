import ArgumentParser
import Graph
import Metrics

extension GraphCommand {
  /// `graph centrality`: rank authors by a centrality measure and record the run.
  struct CentralityCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
      commandName: "centrality",
      abstract: "Rank authors by a centrality measure, and record the run.",
      discussion: """
        Measures: degree, strength, betweenness (raw, pairs counted once), closeness
        (Wasserman-Faust scaled, as networkx), harmonic, eigenvector (unit norm, as networkx),
        pagerank, coreness, clustering (local).
        --weighted uses edge weights: betweenness, closeness and harmonic treat them as tie
        strengths (distance = 1/weight); degree becomes strength; eigenvector and PageRank use
        them as weights; coreness and clustering ignore them.
        Example: graph centrality --measure pagerank --top 10
        """)

    @OptionGroup var global: GlobalOptions
    @OptionGroup var network: NetworkOptions

    @Option(
      help: "degree, strength, betweenness, closeness, harmonic, eigenvector, pagerank, coreness or clustering."
    )
    var measure: CentralityMeasure = .degree

    @Flag(help: "Use edge weights.")
    var weighted = false

    @Option(help: "How many authors to show (0 = all).")
    var top = 20

    func validate() throws {
      guard top >= 0 else { throw ValidationError("--top must be ≥ 0") }
    }

    func run() throws {
      try reportingFailures {
        let store = try global.openStore()
        let build = try network.build(from: store)
        let scores = try Centrality.compute(measure, in: build.network, weighted: weighted)
        let runID = try store.record(
          RunRecord(
            kind: "centrality", algorithm: measure.rawValue,
            parameters: network.runParameters(for: build).merging(
              ["weighted": "\(scores.weighted)"]) { $1 },
            seed: nil, networkFingerprint: build.network.fingerprint,
            scores: [measure.rawValue: scores.values]))
        let ranked = scores.ranked().prefix(top == 0 ? Int.max : top).map { entry in
          CentralityReport.Entry(
            id: entry.id, name: build.network.node(entry.id)?.name ?? "#\(entry.id)",
            score: entry.score)
        }
        let report = CentralityReport(
          run: runID, measure: measure.rawValue, weighted: scores.weighted,
          nodes: build.network.nodes.count, top: Array(ranked))
        if global.json { try JSONOutput.print(report) } else { print(report.text) }
      }
    }
  }
}

extension CentralityMeasure: ExpressibleByArgument {}

/// `graph centrality` output.
struct CentralityReport: Encodable {
  struct Entry: Encodable {
    var id: Int64
    var name: String
    var score: Double
  }
  var run: Int64
  var measure: String
  var weighted: Bool
  var nodes: Int
  var top: [Entry]

  var text: String {
    var lines = ["\(measure)\(weighted ? " (weighted)" : "")  [run \(run)]"]
    for (rank, entry) in top.enumerated() {
      lines.append("\(pad("\(rank + 1).", 4)) \(pad(entry.name, 30)) \(fixed(entry.score, 6))")
    }
    return lines.joined(separator: "\n")
  }
}
