/// What a reader reads from: numbered UTF-8 lines, or raw content bytes (XML readers).
final class RecordInput {
  /// Lines of the content, numbered from 1.
  let lines: LineReader
  /// The content bytes (gzip already inflated); use either `lines` or `bytes`, not both.
  let bytes: ByteSource
  /// The ingest options (CSV column mapping, strictness).
  let options: IngestOptions

  init(source: ByteSource, options: IngestOptions = .init()) {
    bytes = source
    lines = LineReader(source)
    self.options = options
  }

  /// The input's name for messages.
  var name: String { bytes.name }
}

/// Where a reader puts what it read: records, and skips (`file:line: reason`).
final class RecordSink {
  private let store: (ParsedRecord) throws(GraphError) -> Void
  private let strict: Bool
  private let name: String
  /// Skips so far, in order.
  private(set) var skipped: [SkippedRecord] = []

  init(name: String, strict: Bool, store: @escaping (ParsedRecord) throws(GraphError) -> Void) {
    self.name = name
    self.strict = strict
    self.store = store
  }

  /// Stores one record.
  func emit(_ record: ParsedRecord) throws(GraphError) { try store(record) }

  /// Notes a malformed record; under `--strict` this ends the ingest with that error.
  func skip(line: Int, reason: String) throws(GraphError) {
    if strict { throw .badInput(file: name, line: line, reason: reason) }
    skipped.append(SkippedRecord(line: line, reason: reason))
  }
}

/// A reader of one input format. Readers stream: they hold one record at a time.
protocol RecordReader {
  /// True when `prefix` (the first 64 KiB, decoded leniently) looks like this format.
  static func recognizes(prefix: String) -> Bool
  /// Reads every record of `input` into `sink`. Malformed records go to `sink.skip`; only
  /// unreadable input (bad UTF-8, corrupt gzip, broken XML) throws.
  static func read(_ input: RecordInput, into sink: RecordSink) throws(GraphError)
}
