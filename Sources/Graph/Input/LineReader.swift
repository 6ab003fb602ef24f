/// Splits a `ByteSource` into lines (LF or CRLF), numbered from 1, each checked as UTF-8.
///
/// A leading byte-order mark is dropped. An invalid UTF-8 sequence throws `.badInput` with
/// the file and line. Holds one chunk plus the current line in memory.
final class LineReader {
  private let source: ByteSource
  private var buffer: [UInt8] = []
  private var start = 0
  /// Where the search for the next newline resumes (bytes before it hold none).
  private var searched = 0
  private var ended = false
  private var first = true
  /// Number of the line last returned.
  private(set) var lineNumber = 0

  init(_ source: ByteSource) { self.source = source }

  /// The name of the input, for messages.
  var name: String { source.name }

  /// The next line without its terminator, or nil at the end of the input.
  func next() throws(GraphError) -> String? {
    while true {
      if let newline = buffer[max(start, searched)...].firstIndex(of: 0x0A) {
        var end = newline
        if end > start && buffer[end - 1] == 0x0D { end -= 1 }
        let line = try decode(buffer[start..<end])
        start = newline + 1
        searched = start
        return line
      }
      searched = buffer.count
      if ended {
        guard start < buffer.count else { return nil }
        var end = buffer.count
        if buffer[end - 1] == 0x0D { end -= 1 }
        let line = try decode(buffer[start..<end])
        start = buffer.count
        return line
      }
      if start > 0 {
        buffer.removeFirst(start)
        searched -= start
        start = 0
      }
      if let chunk = try source.next() {
        buffer += chunk
      } else {
        ended = true
      }
    }
  }

  private func decode(_ bytes: ArraySlice<UInt8>) throws(GraphError) -> String {
    lineNumber += 1
    var body = bytes
    if first {
      first = false
      if body.starts(with: [0xEF, 0xBB, 0xBF]) { body = body.dropFirst(3) }
    }
    guard let text = String(validating: body, as: UTF8.self) else {
      throw .badInput(
        file: source.name, line: lineNumber,
        reason: "invalid UTF-8 (the file is not text in UTF-8)")
    }
    return text
  }
}
