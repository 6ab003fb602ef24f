/// The input formats `graph ingest` understands.
public enum InputFormat: String, CaseIterable, Sendable {
  /// A publication listing: title line, one line per author, a long abstract line.
  case listing
  /// A paper digest: title and abstract blocks, no authors.
  case digest

  /// The reader for this format.
  var reader: any RecordReader.Type {
    switch self {
    case .listing: return ListingReader.self
    case .digest: return DigestReader.self
    }
  }

  /// Detects the format from the first part of the text; nil when no reader claims it.
  /// The file extension is never trusted alone: every format is recognised by content.
  public static func detect(prefix: String) -> InputFormat? {
    allCases.first { $0.reader.recognizes(prefix: prefix) }
  }
}

/// A reader turns a file's text into records; it never throws on bad records, it skips them.
protocol RecordReader {
  /// True when `prefix` (the first 64 KiB, as text) looks like this format.
  static func recognizes(prefix: String) -> Bool
  /// Reads every record of `lines` (without line terminators), calling `emit` for each.
  static func read(lines: [Substring], emit: (ParsedRecord) -> Void) -> [SkippedRecord]
}
