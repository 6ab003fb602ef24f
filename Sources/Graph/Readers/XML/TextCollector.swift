/// Text as it streams in (XML text runs, one element's worth): runs of ASCII whitespace (spaces, tabs, line
/// breaks) collapsed to one space, none at either end; other bytes kept as they are.
struct TextCollector {
  private var bytes: [UInt8] = []
  private var pendingSpace = false

  mutating func reset() {
    bytes.removeAll(keepingCapacity: true)
    pendingSpace = false
  }

  /// Adds a piece of text (a piece may end or begin inside a whitespace run).
  /// - Complexity: O(n); words one plain space apart are copied as one run, not word by
  ///   word (titles and affiliations: 7% of the PubMed reader thread went to this).
  mutating func append(_ piece: UnsafeBufferPointer<UInt8>) {
    var start = 0
    while start < piece.count {
      if Self.isSpace(piece[start]) {
        pendingSpace = !bytes.isEmpty
        start += 1
        continue
      }
      var end = start + 1
      while end < piece.count {
        let byte = piece[end]
        if !Self.isSpace(byte) {
          end += 1
        } else if byte == 0x20, end + 1 < piece.count, !Self.isSpace(piece[end + 1]) {
          end += 2  // one space between two words: part of the run
        } else {
          break
        }
      }
      if pendingSpace { bytes.append(0x20) }
      pendingSpace = false
      bytes.append(contentsOf: UnsafeBufferPointer(rebasing: piece[start..<end]))
      start = end
    }
  }

  private static func isSpace(_ byte: UInt8) -> Bool {
    byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D
  }

  /// The collected text (invalid UTF-8 repaired).
  var text: String { String(decoding: bytes, as: UTF8.self) }
}
