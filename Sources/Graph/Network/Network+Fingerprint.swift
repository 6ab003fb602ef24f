extension Network {
  /// SHA-256 of the network's canonical text (kind, nodes, edges with weights), recorded with
  /// every analysis run so a result can be matched to the exact network it came from.
  ///
  /// - Complexity: O(n + m); the text is written into one reusable buffer and hashed in
  ///   64 KiB pieces, never built as strings per line.
  public var fingerprint: String {
    var hasher = SHA256()
    var text: [UInt8] = []
    text.reserveCapacity(1 << 16 + 128)
    func flushIfFull() {
      if text.count >= 1 << 16 {
        hasher.update(text)
        text.removeAll(keepingCapacity: true)
      }
    }
    text.append(contentsOf: "\(kind.rawValue) directed=\(isDirected)\n".utf8)
    for node in nodes {
      text.append(contentsOf: "n ".utf8)
      Self.appendDecimal(node.id, to: &text)
      text.append(UInt8(ascii: "\n"))
      flushIfFull()
    }
    for edge in edges {
      text.append(contentsOf: "e ".utf8)
      Self.appendDecimal(edge.source, to: &text)
      text.append(UInt8(ascii: " "))
      Self.appendDecimal(edge.target, to: &text)
      text.append(UInt8(ascii: " "))
      if edge.weight == 1 {
        text.append(contentsOf: "1.0".utf8)  // the common case, as `Double.description` prints it
      } else {
        text.append(contentsOf: edge.weight.description.utf8)
      }
      text.append(UInt8(ascii: "\n"))
      flushIfFull()
    }
    hasher.update(text)
    return hasher.finalizeHex()
  }

  /// Appends the decimal digits of `value` (as `String(value)` writes them).
  private static func appendDecimal(_ value: Int64, to text: inout [UInt8]) {
    guard value >= 0 else {
      text.append(contentsOf: String(value).utf8)
      return
    }
    let start = text.count
    var rest = value
    repeat {
      text.append(UInt8(ascii: "0") + UInt8(rest % 10))
      rest /= 10
    } while rest > 0
    text[start...].reverse()
  }
}
