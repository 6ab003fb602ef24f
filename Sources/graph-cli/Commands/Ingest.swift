import ArgumentParser
import Foundation
import Graph

extension GraphCommand {
  /// `graph ingest FILE...`: read publication records into the store.
  struct Ingest: ParsableCommand {
    static let configuration = CommandConfiguration(
      commandName: "ingest",
      abstract: "Read publication files into the store (one transaction per file).",
      discussion: """
        Formats are detected from content: \(InputFormat.allCases.map(\.rawValue).joined(separator: ", ")).
        The same content twice adds nothing; a changed file replaces its earlier records.
        Example: graph ingest Examples/seed-listing-1.txt Examples/seed-listing-2.txt
        """)

    @OptionGroup var global: GlobalOptions

    @Argument(help: "Files to read; - reads standard input.")
    var files: [String]

    @Option(help: "Force a format instead of detecting it.")
    var format: InputFormat?

    @Flag(help: "Stop at the first malformed record instead of skipping it.")
    var strict = false

    @Flag(help: "Edge lists: read each line `a b` as an arc a → b (citation data).")
    var directed = false

    @Flag(help: "Edge lists: each line is `cited citing` (Cora's .cites): store the arc b → a (implies --directed).")
    var reverse = false

    @Option(help: "Identity overrides (aliases file) to store before reading the files.")
    var aliases: String?

    @Flag(help: "Print each file's phase times (read, indexes, identities, references, commit) to standard error.")
    var timings = false

    @Option(help: "Equal names without evidence: evidence (default), strict or merge.")
    var sameName: SameNamePolicy = .evidence

    @Option(
      help: """
        CSV column mapping, e.g. "title=Document Title;authors=Authors;year=Publication Year;doi=DOI" \
        (fields: title, authors, year, doi, id; authors split on ';' unless authors_separator=... is given).
        """)
    var columns: String?

    func validate() throws {
      guard !files.isEmpty else { throw ValidationError("give at least one file to ingest") }
      for file in files where file != "-" && !FileManager.default.fileExists(atPath: file) {
        throw ValidationError("no such file: \(file)")
      }
    }

    func run() throws {
      try reportingFailures {
        let store = try global.openStore()
        if let aliases { _ = try store.addOverrides(fromAliasesFile: aliases, policy: sameName) }
        var summaries: [IngestSummary] = []
        var failures: [GraphError] = []
        for file in files {
          do throws(GraphError) {
            let bar = ProgressBar.isTerminal && !global.json ? ProgressBar(label: file) : nil
            defer { bar?.finish() }
            var options = IngestOptions(
              format: format ?? (columns != nil ? .csv : nil), strict: strict, directed: directed,
              csvColumns: columns, sameNamePolicy: sameName)
            options.reversed = reverse
            if let bar { options.progress = { bar.update(done: $0, total: $1, records: $2) } }
            let summary = try store.ingest(path: file, options: options)
            bar?.finish()
            summary.skipped.forEach { printError("warning: \($0)") }
            summaries.append(summary)
            if !global.json { print(IngestReport.line(summary)) }
            if timings { printError(IngestReport.timings(summary)) }
          } catch {
            printError("Error: \(error.errorDescription ?? "\(error)")")
            failures.append(error)
          }
        }
        if global.json {
          try JSONOutput.print(summaries)
        } else if summaries.count > 1 {
          print(IngestReport.totals(summaries))
        }
        if let first = failures.first {
          throw ExitCode(first.isBadInput ? 65 : 1)
        }
      }
    }
  }
}

/// Human-readable ingest summaries.
enum IngestReport {
  static func line(_ s: IngestSummary) -> String {
    if s.alreadyIngested { return "\(s.path): already ingested (same content), nothing added" }
    if s.format == InputFormat.edgeList.rawValue || s.format == InputFormat.ligraAdj.rawValue {
      let replaced = s.replacedPrevious ? " (replaced the earlier version of this file)" : ""
      return "\(s.path) [\(s.format)]: \(s.recordsRead) edge lines, \(s.skipped.count) skipped\(replaced)"
    }
    var parts = [
      "\(s.recordsRead) records", "\(s.worksNew) new works", "\(s.worksMerged) merged",
      "\(s.recordsWithoutAuthors) without authors", "\(s.mentions) author mentions",
    ]
    if s.references > 0 { parts.append("\(s.references) references") }
    if s.hiddenAuthors > 0 { parts.append("\(s.hiddenAuthors) authors not shown by the source") }
    parts.append("\(s.skipped.count) skipped")
    let replaced = s.replacedPrevious ? " (replaced the earlier version of this file)" : ""
    return "\(s.path) [\(s.format)]: " + parts.joined(separator: ", ") + replaced
  }

  /// `path: read 1.20 s, identities 0.31 s, ...` in the order the phases run.
  static func timings(_ s: IngestSummary) -> String {
    let order = ["read", "indexes", "identities", "references", "commit"]
    let phases = order.compactMap { name in
      s.seconds[name].map { "\(name) " + String(format: "%.2f s", $0) }
    }
    return "\(s.path): " + (phases.isEmpty ? "no timings" : phases.joined(separator: ", "))
  }

  static func totals(_ all: [IngestSummary]) -> String {
    let records = all.reduce(0) { $0 + $1.recordsRead }
    let new = all.reduce(0) { $0 + $1.worksNew }
    let merged = all.reduce(0) { $0 + $1.worksMerged }
    let mentions = all.reduce(0) { $0 + $1.mentions }
    return "total: \(all.count) files, \(records) records, \(new) new works, \(merged) merged, \(mentions) author mentions"
  }
}
