import ArgumentParser
import Exporters
import Foundation
import Graph

extension GraphCommand {
  /// `graph export`: write the coauthor network as DOT or GraphML.
  struct Export: ParsableCommand {
    static let configuration = CommandConfiguration(
      abstract: "Export the coauthor network for Graphviz (DOT) or Gephi/networkx (GraphML).",
      discussion: """
        Output is byte-identical for the same store, options and run.
        --run ID carries that run's communities or scores as node attributes.
        Example: graph export --format graphml --run 1 -o coauthors.graphml
        """)

    @OptionGroup var global: GlobalOptions
    @OptionGroup var network: NetworkOptions

    @Option(help: "dot or graphml.")
    var format: ExportFormat = .graphml

    @Option(name: .shortAndLong, help: "Output file (default: standard output).")
    var output: String?

    @Option(name: .customLong("run"), help: "Carry the communities or scores of this recorded run.")
    var runID: Int64?

    @Flag(help: "DOT: draw each community as a cluster subgraph.")
    var clusters = false

    func run() throws {
      try reportingFailures {
        let store = try global.openStore()
        let build = try network.build(from: store)
        var annotations = NetworkAnnotations.none
        if let runID { annotations = try store.annotations(ofRun: runID) }
        let text = NetworkExporter.render(
          build.network, annotations: annotations, format: format,
          options: ExportOptions(clusters: clusters))
        if let output {
          do {
            try Data(text.utf8).write(to: URL(fileURLWithPath: output), options: .atomic)
          } catch {
            throw GraphError.storage(message: "cannot write \(output): \(error.localizedDescription)")
          }
          printError("wrote \(output) (\(build.network.nodes.count) nodes, \(build.network.edges.count) edges)")
        } else {
          print(text, terminator: "")
        }
      }
    }
  }
}

extension ExportFormat: ExpressibleByArgument {}
