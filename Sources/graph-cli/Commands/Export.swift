import ArgumentParser
import Exporters
import Foundation
import Graph

extension GraphCommand {
  /// `graph export`: write the network in a file format for Graphviz, Gephi, networkx, Pajek,
  /// VOSviewer or a spreadsheet, or draw it as SVG/PNG through Graphviz.
  struct Export: ParsableCommand {
    static let configuration = CommandConfiguration(
      commandName: "export",
      abstract: "Export the network for Graphviz, Gephi, networkx, Pajek, VOSviewer or CSV.",
      discussion: """
        Formats: dot, graphml, gexf, pajek (.net), vosviewer-json, csv, json (networkx \
        node-link), and svg or png (drawn by Graphviz: dot layout up to 30 nodes, fdp with a \
        fixed seed above; needs Graphviz installed).
        Output is byte-identical for the same store, options and run (SVG/PNG: for the same \
        Graphviz version too).
        --run ID carries that run's communities or scores as node attributes.
        CSV: -o FILE.csv writes FILE-nodes.csv and FILE-edges.csv; without -o both tables \
        go to standard output, nodes first, then one blank line, then edges.
        Pajek: -o FILE.net also writes the communities of --run as the partition FILE.clu \
        (community + 1, 0 for none); without -o only the .net is printed. Pajek labels \
        cannot hold line breaks: they become spaces.
        Examples:
          graph export --format graphml --run 1 -o coauthors.graphml
          graph export --format gexf --run 2 --size-by pagerank -o coauthors.gexf
          graph export --format svg --run 1 --top 40 -o coauthors.svg
        """)

    /// What `--format` accepts: the exporter formats plus the Graphviz drawings.
    enum Format: String, CaseIterable, ExpressibleByArgument {
      case dot, graphml, gexf, pajek
      case vosviewerJSON = "vosviewer-json"
      case csv, json, svg, png

      /// The text format written, or nil for a Graphviz drawing (which renders DOT).
      var exportFormat: ExportFormat? {
        switch self {
        case .dot: .dot
        case .graphml: .graphml
        case .gexf: .gexf
        case .pajek: .pajek
        case .vosviewerJSON: .vosviewerJSON
        case .csv: .csv
        case .json: .json
        case .svg, .png: nil
        }
      }
    }

    @OptionGroup var global: GlobalOptions
    @OptionGroup var network: NetworkOptions

    @Option(
      help: "dot, graphml, gexf, pajek, vosviewer-json, csv, json, svg or png (via Graphviz).")
    var format: Format = .graphml

    @Option(name: .shortAndLong, help: "Output file (default: standard output).")
    var output: String?

    @Option(name: .customLong("run"), help: "Carry the communities or scores of this recorded run.")
    var runID: Int64?

    @Flag(help: "DOT, SVG, PNG: draw each community as a cluster subgraph.")
    var clusters = false

    @Option(help: "Keep only the N nodes of highest strength (weighted degree; ties by id).")
    var top: Int?

    @Option(
      name: .customLong("size-by"),
      help: "GEXF: the score of --run that sets node sizes (default: its first score).")
    var sizeBy: String?

    func validate() throws {
      if let top, top < 1 { throw ValidationError("--top must be ≥ 1") }
      if sizeBy != nil && format != .gexf {
        throw ValidationError("--size-by applies to --format gexf only")
      }
    }

    func run() throws {
      try reportingFailures {
        let store = try global.openStore()
        if network.isMentions {
          guard format == .csv else {
            throw GraphError.invalidParameter(
              name: "--network mentions", reason: "exports as --format csv only")
          }
          let rows = try store.mentionRows()
          let text = MentionsCSV.render(rows)
          if let output {
            try write(text, to: output)
            printError("wrote \(output) (\(rows.count) author mentions)")
          } else {
            print(text, terminator: "")
          }
          return
        }
        var net = try network.build(from: store).network
        if let top { net = NetworkExporter.strongest(top, in: net) }
        var annotations = NetworkAnnotations.none
        if let runID { annotations = try store.annotations(ofRun: runID) }
        if let sizeBy, annotations.scores[sizeBy] == nil {
          let names = annotations.scores.keys.sorted().joined(separator: ", ")
          let reason =
            runID == nil
            ? "needs --run with a scores run"
            : "run \(runID!) has no score '\(sizeBy)' (scores: \(names.isEmpty ? "none" : names))"
          throw GraphError.invalidParameter(name: "--size-by", reason: reason)
        }
        let options = ExportOptions(clusters: clusters, sizeBy: sizeBy)
        let counts = "\(net.nodes.count) nodes, \(net.edges.count) edges"

        guard let exportFormat = format.exportFormat else {
          let dot = NetworkExporter.render(
            net, annotations: annotations, format: .dot, options: options)
          try Graphviz.render(
            dot: dot, nodeCount: net.nodes.count, type: format.rawValue, output: output)
          if let output { printError("wrote \(output) (\(counts))") }
          return
        }
        let text = NetworkExporter.render(
          net, annotations: annotations, format: exportFormat, options: options)
        switch (exportFormat, output) {
        case (.csv, let output?):
          let base = output.hasSuffix(".csv") ? String(output.dropLast(4)) : output
          try write(text, to: base + "-nodes.csv")
          try write(NetworkExporter.renderCSVEdges(net), to: base + "-edges.csv")
          printError("wrote \(base)-nodes.csv and \(base)-edges.csv (\(counts))")
        case (.csv, nil):
          print(text + "\n" + NetworkExporter.renderCSVEdges(net), terminator: "")
        case (.pajek, let output?):
          try write(text, to: output)
          printError("wrote \(output) (\(counts))")
          if !annotations.community.isEmpty {
            let base = output.hasSuffix(".net") ? String(output.dropLast(4)) : output
            try write(
              NetworkExporter.pajekPartition(net, annotations: annotations), to: base + ".clu")
            printError("wrote \(base).clu (communities of run \(runID.map(String.init) ?? "?"))")
          }
        case (_, let output?):
          try write(text, to: output)
          printError("wrote \(output) (\(counts))")
        case (_, nil):
          print(text, terminator: "")
        }
      }
    }

    /// Writes `text` to `path` atomically.
    private func write(_ text: String, to path: String) throws(GraphError) {
      do {
        try Data(text.utf8).write(to: URL(fileURLWithPath: path), options: .atomic)
      } catch {
        throw GraphError.storage(message: "cannot write \(path): \(error.localizedDescription)")
      }
    }
  }
}

/// Draws DOT text with the Graphviz `dot` program.
private enum Graphviz {
  /// Networks with more nodes than this are laid out with `fdp` (force-directed) instead of
  /// `dot` (layered).
  static let layeredLimit = 30

  /// Renders `dot` as `type` (`svg` or `png`) into `output`, or onto standard output.
  ///
  /// Runs `dot -K<layout> -Gstart=1 -T<type> <tmp.dot> [-o output]`; `start=1` seeds `fdp`'s
  /// initial placement, so the drawing is deterministic for one Graphviz version. Exits 1 with
  /// a message when Graphviz is missing or fails.
  static func render(dot: String, nodeCount: Int, type: String, output: String?) throws {
    guard let program = executable("dot") else {
      printError("Error: Graphviz is not installed (apt-get install graphviz); use --format dot")
      throw ExitCode.failure
    }
    let dir = FileManager.default.temporaryDirectory
      .appendingPathComponent("graph-export-\(UUID().uuidString)")
    defer { try? FileManager.default.removeItem(at: dir) }
    let input = dir.appendingPathComponent("network.dot")
    do {
      try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
      try Data(dot.utf8).write(to: input)
    } catch {
      throw GraphError.storage(message: "cannot write a temporary file: \(error.localizedDescription)")
    }
    let layout = nodeCount > layeredLimit ? "fdp" : "dot"
    let process = Process()
    process.executableURL = URL(fileURLWithPath: program)
    process.arguments =
      ["-K\(layout)", "-Gstart=1", "-T\(type)", input.path] + (output.map { ["-o", $0] } ?? [])
    let errors = Pipe()
    process.standardError = errors
    process.standardOutput = FileHandle.standardOutput
    do {
      try process.run()
    } catch {
      printError("Error: cannot run \(program): \(error.localizedDescription)")
      throw ExitCode.failure
    }
    let message = errors.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    guard process.terminationStatus == 0 else {
      let text = String(decoding: message, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
      printError("Error: Graphviz \(layout) failed (status \(process.terminationStatus)): \(text)")
      throw ExitCode.failure
    }
  }

  /// The absolute path of `name` on `PATH`, or nil.
  static func executable(_ name: String) -> String? {
    let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"
    for dir in path.split(separator: ":") where !dir.isEmpty {
      let candidate = "\(dir)/\(name)"
      if FileManager.default.isExecutableFile(atPath: candidate) { return candidate }
    }
    return nil
  }
}
