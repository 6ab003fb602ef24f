import Foundation

/// Byte-level walks of one JSONL line for a reader that knows the members it wants
/// (`OpenAlexLineScanner`): member names compared as bytes, values it does not want skipped
/// without being built, strings read in place. Arrays are walked with `forEachElement`.
///
/// They accept a subset of what `parseValue` accepts and never more: anything else (an escaped
/// member name, a number outside JSON's grammar, nesting deeper than `walkMaxDepth`, a syntax
/// error) throws `LeftToGeneralPath`, and the caller parses the line again with `parseValue`,
/// which is the definition. Only for a scanner of one line (`init(text:line:)`).
extension JSONScanner {
  /// Thrown when a walk meets what only `parseValue` handles.
  struct LeftToGeneralPath: Error {}

  /// Deepest nesting a walk follows (a line deeper than this goes to `parseValue`).
  static let walkMaxDepth = 64

  /// Calls `body` with the byte range of each member name of the object starting here;
  /// `body` must consume the member's value. Names with escapes are left to the general path.
  func forEachMemberName(depth: Int, _ body: (Range<Int>) throws -> Void) throws {
    guard lines == nil, depth < Self.walkMaxDepth else { throw LeftToGeneralPath() }
    try expect(UInt8(ascii: "{"))
    if try peekRequired() == UInt8(ascii: "}") {
      position += 1
      return
    }
    while true {
      guard try peekRequired() == UInt8(ascii: "\""), let name = plainString() else {
        throw LeftToGeneralPath()
      }
      try expect(UInt8(ascii: ":"))
      try body(name)
      let next = try peekRequired()
      position += 1
      if next == UInt8(ascii: "}") { return }
      guard next == UInt8(ascii: ",") else { throw LeftToGeneralPath() }
    }
  }

  /// True when the bytes of `range` are `text`: one `memcmp` (a generic `elementsEqual`
  /// over the slice cost about 270 instructions a key, issue 8).
  func bytes(_ range: Range<Int>, are text: StaticString) -> Bool {
    text.withUTF8Buffer { expected in
      guard range.count == expected.count else { return false }
      guard let wanted = expected.baseAddress else { return true }
      return bytes.withUnsafeBufferPointer { all in
        guard let base = all.baseAddress, range.lowerBound >= 0, range.upperBound <= all.count
        else { return false }
        return memcmp(base + range.lowerBound, wanted, range.count) == 0
      }
    }
  }

  /// The byte range of the string starting here (at its opening quote) when it has no escape
  /// and no control character, consuming it; otherwise nil, consuming nothing.
  func plainString() -> Range<Int>? {
    var end = position + 1
    while end < bytes.count {
      let byte = bytes[end]
      if byte == UInt8(ascii: "\"") {
        let range = position + 1..<end
        position = end + 1
        return range
      }
      if byte == UInt8(ascii: "\\") || byte < 0x20 { return nil }
      end += 1
    }
    return nil
  }

  /// Consumes the value starting here without building it.
  func skipInLine(depth: Int) throws {
    guard depth < Self.walkMaxDepth else { throw LeftToGeneralPath() }
    switch try peekRequired() {
    case UInt8(ascii: "{"):
      try forEachMemberName(depth: depth) { _ in try skipInLine(depth: depth + 1) }
    case UInt8(ascii: "["):
      try forEachElement(depth: depth) { try skipInLine(depth: depth + 1) }
    case UInt8(ascii: "\""):
      if plainString() == nil { _ = try parseValue(depth: depth) }  // escapes
    case UInt8(ascii: "t"), UInt8(ascii: "f"), UInt8(ascii: "n"):
      _ = try parseValue(depth: depth)
    case let byte where byte == UInt8(ascii: "-") || (byte >= 0x30 && byte <= 0x39):
      _ = try parseNumber()
    default:
      throw LeftToGeneralPath()
    }
  }
}
