/// The input formats `graph ingest` understands.
public enum InputFormat: String, CaseIterable, Sendable {
  /// A publication listing: title line, one line per author, a long abstract line.
  case listing
  /// A paper digest: title and abstract blocks, no authors.
  case digest
  /// An edge list (`a b [weight]`, `#` comments): a ready-made network, e.g. SNAP files.
  case edgeList = "edge-list"

  /// The record reader for this format; nil for edge lists, which hold no records.
  var reader: (any RecordReader.Type)? {
    switch self {
    case .listing: return ListingReader.self
    case .digest: return DigestReader.self
    case .edgeList: return nil
    }
  }

  /// True when `prefix` looks like this format.
  func recognizes(prefix: String) -> Bool {
    switch self {
    case .edgeList: return EdgeListReader.recognizes(prefix: prefix)
    default: return reader?.recognizes(prefix: prefix) ?? false
    }
  }

  /// Detects the format from the first part of the text; nil when no reader claims it.
  /// The file extension is never trusted alone: every format is recognised by content.
  public static func detect(prefix: String) -> InputFormat? {
    allCases.first { $0.recognizes(prefix: prefix) }
  }
}

/// A reader turns a file's text into records; it never throws on bad records, it skips them.
protocol RecordReader {
  /// True when `prefix` (the first 64 KiB, as text) looks like this format.
  static func recognizes(prefix: String) -> Bool
  /// Reads every record of `lines` (without line terminators), calling `emit` for each.
  static func read(lines: [Substring], emit: (ParsedRecord) -> Void) -> [SkippedRecord]
}
