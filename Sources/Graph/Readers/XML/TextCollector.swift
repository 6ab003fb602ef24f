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
    for byte in piece {
      if byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D {
        pendingSpace = !bytes.isEmpty
      } else {
        if pendingSpace { bytes.append(0x20) }
        pendingSpace = false
        bytes.append(byte)
      }
    }
  }

  /// The collected text (invalid UTF-8 repaired).
  var text: String { String(decoding: bytes, as: UTF8.self) }
}
