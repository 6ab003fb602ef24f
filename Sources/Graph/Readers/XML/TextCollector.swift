/// Text as it streams in (XML text runs, one element's worth): runs of ASCII whitespace (spaces, tabs, line
/// breaks) collapsed to one space, none at either end; other bytes kept as they are.
struct TextCollector {
  private var bytes: [UInt8] = []
  private var pendingSpace = false

  mutating func reset() {
    bytes.removeAll(keepingCapacity: true)
    pendingSpace = false
  }

  mutating func append(_ piece: UnsafeBufferPointer<UInt8>) {
    var start = 0
    while start < piece.count {
      if Self.isSpace(piece[start]) {
        pendingSpace = !bytes.isEmpty
        start += 1
        continue
      }
      var end = start + 1
      while end < piece.count, !Self.isSpace(piece[end]) { end += 1 }
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
