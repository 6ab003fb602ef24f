import Foundation
import GraphTestSupport
import Testing

@testable import Graph

/// Helpers shared by the reader tests.
enum ReaderTestSupport {
  /// Runs `reader` over `text` and returns what it emitted and skipped.
  static func read(
    _ reader: any RecordReader.Type, _ text: String, options: IngestOptions = .init(),
    strict: Bool = false
  ) throws -> (records: [ParsedRecord], skipped: [SkippedRecord]) {
    let source = try ByteSource(data: Data(text.utf8), name: "inline")
    let input = RecordInput(source: source, options: options)
    var records: [ParsedRecord] = []
    let sink = RecordSink(name: "inline", strict: strict) { records.append($0) }
    try reader.read(input, into: sink)
    return (records, sink.skipped)
  }

  /// Ingests `../shared/<relative>` into a fresh in-memory store; checks integrity.
  static func ingestShared(_ relative: String, options: IngestOptions = .init()) throws
    -> IngestSummary
  {
    let url = try #require(RepositoryPaths.shared(relative))
    let store = try GraphStore()
    let summary = try store.ingest(path: url.path, options: options)
    #expect(try store.integrityCheck() == "ok")
    return summary
  }

  /// True when `../shared/<relative>` exists (tests on shared data skip otherwise).
  static func has(_ relative: String) -> Bool { RepositoryPaths.shared(relative) != nil }

  /// The format `graph ingest` detects for `../shared/<relative>`.
  static func detected(_ relative: String) throws -> InputFormat? {
    let url = try #require(RepositoryPaths.shared(relative))
    let source = try ByteSource(path: url.path)
    return try GraphStore.detectFormat(source: source)
  }
}
