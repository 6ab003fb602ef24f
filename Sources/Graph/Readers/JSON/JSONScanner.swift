/// A JSON syntax error at a line.
struct JSONSyntaxError: Error, Equatable {
  /// 1-based line of the input.
  var line: Int
  /// What was wrong.
  var message: String
  /// True when the text ended inside a value (a JSON document spread over several lines, or
  /// a truncated line), rather than holding a wrong character.
  var endedEarly: Bool = false
}

/// A pull scanner of JSON text, line by line: either one line alone (JSONL), or a document
/// that continues over the following lines of a `LineReader`, read only as far as needed.
///
/// It never holds more than the current line, so a pretty-printed document is streamed; the
/// caller walks objects and arrays member by member (`forEachMember`, `forEachElement`) and
/// materialises only the values it wants (`parseValue`). Nesting deeper than `maxDepth`
/// is an error (no stack overflow on hostile input). Strings are valid UTF-8 (the line reader
/// checks it); escapes are decoded, lone surrogates become U+FFFD.
final class JSONScanner {
  /// Deepest nesting accepted.
  static let maxDepth = 256

  /// The current line's bytes and the position in them (internal for the byte-level walks
  /// of `JSONScanner+Walk.swift`).
  var bytes: [UInt8]
  var position = 0
  let lines: LineReader?
  /// The line of the current position.
  private(set) var line: Int

  /// Scans `text` alone (one JSONL line numbered `line`).
  init(text: String, line: Int) {
    bytes = Array(text.utf8)
    self.line = line
    lines = nil
  }

  /// Scans a document starting with `text` (line `line`) and continuing with `lines`.
  init(text: String, line: Int, continuingWith lines: LineReader) {
    bytes = Array(text.utf8)
    bytes.append(0x0A)
    self.line = line
    self.lines = lines
  }

  private func fail(_ message: String) -> JSONSyntaxError {
    JSONSyntaxError(line: line, message: message)
  }

  /// The next non-whitespace byte without consuming it; nil at the end of the input.
  func peek() throws -> UInt8? {
    while true {
      while position < bytes.count {
        let byte = bytes[position]
        if byte == 0x20 || byte == 0x0A || byte == 0x0D || byte == 0x09 {
          position += 1
        } else {
          return byte
        }
      }
      guard let lines, let next = try lines.next() else { return nil }
      bytes = Array(next.utf8)
      bytes.append(0x0A)
      position = 0
      line = lines.lineNumber
    }
  }

  func peekRequired() throws -> UInt8 {
    guard let byte = try peek() else {
      throw JSONSyntaxError(line: line, message: "the text ends inside a JSON value", endedEarly: true)
    }
    return byte
  }

  func expect(_ byte: UInt8) throws {
    let found = try peekRequired()
    guard found == byte else {
      throw fail("expected '\(Character(Unicode.Scalar(byte)))' but found \(describe(found))")
    }
    position += 1
  }

  private func describe(_ byte: UInt8) -> String {
    byte >= 0x20 && byte < 0x7F ? "'\(Character(Unicode.Scalar(byte)))'" : "byte \(byte)"
  }

  /// Calls `body` with each member name of the object starting here; `body` must consume the
  /// member's value (`parseValue`, `skipValue` or a nested walk).
  func forEachMember(depth: Int = 0, _ body: (String) throws -> Void) throws {
    guard depth < Self.maxDepth else { throw fail("JSON nested too deeply") }
    try expect(UInt8(ascii: "{"))
    if try peekRequired() == UInt8(ascii: "}") {
      position += 1
      return
    }
    while true {
      guard try peekRequired() == UInt8(ascii: "\"") else {
        throw fail("expected a member name in quotes")
      }
      let key = try parseString()
      try expect(UInt8(ascii: ":"))
      try body(key)
      let next = try peekRequired()
      position += 1
      if next == UInt8(ascii: "}") { return }
      guard next == UInt8(ascii: ",") else { throw fail("expected ',' or '}' after a member") }
    }
  }

  /// Calls `body` for each element of the array starting here; `body` must consume it.
  func forEachElement(depth: Int = 0, _ body: () throws -> Void) throws {
    guard depth < Self.maxDepth else { throw fail("JSON nested too deeply") }
    try expect(UInt8(ascii: "["))
    if try peekRequired() == UInt8(ascii: "]") {
      position += 1
      return
    }
    while true {
      try body()
      let next = try peekRequired()
      position += 1
      if next == UInt8(ascii: "]") { return }
      guard next == UInt8(ascii: ",") else { throw fail("expected ',' or ']' after an element") }
    }
  }

  /// Parses the value starting here.
  func parseValue(depth: Int = 0) throws -> JSONValue {
    switch try peekRequired() {
    case UInt8(ascii: "{"):
      var members = JSONObject()
      try forEachMember(depth: depth) { key in
        members.append(key, try parseValue(depth: depth + 1))
      }
      return .object(members)
    case UInt8(ascii: "["):
      var elements: [JSONValue] = []
      try forEachElement(depth: depth) { elements.append(try parseValue(depth: depth + 1)) }
      return .array(elements)
    case UInt8(ascii: "\""):
      return .string(try parseString())
    case UInt8(ascii: "t"):
      try literal("true")
      return .bool(true)
    case UInt8(ascii: "f"):
      try literal("false")
      return .bool(false)
    case UInt8(ascii: "n"):
      try literal("null")
      return .null
    case let byte where byte == UInt8(ascii: "-") || (byte >= 0x30 && byte <= 0x39):
      return .number(try parseNumber())
    case let byte:
      throw fail("unexpected \(describe(byte))")
    }
  }

  /// Consumes the value starting here.
  func skipValue() throws { _ = try parseValue() }

  private func literal(_ word: StaticString) throws {
    let count = word.utf8CodeUnitCount
    let matches = word.withUTF8Buffer { expected in
      position + count <= bytes.count && bytes[position..<position + count].elementsEqual(expected)
    }
    guard matches else { throw fail("unexpected text where \(word) was expected") }
    position += count
  }

  func parseNumber() throws -> String {
    let start = position
    while position < bytes.count {
      let byte = bytes[position]
      let isNumberByte =
        (byte >= 0x30 && byte <= 0x39) || byte == UInt8(ascii: "-") || byte == UInt8(ascii: "+")
        || byte == UInt8(ascii: ".") || byte == UInt8(ascii: "e") || byte == UInt8(ascii: "E")
      guard isNumberByte else { break }
      position += 1
    }
    let text = String(decoding: bytes[start..<position], as: UTF8.self)
    guard Double(text) != nil else { throw fail("malformed number \(text)") }
    return text
  }

  private func parseString() throws -> String {
    position += 1  // opening quote
    let start = position
    // Fast path: no escapes.
    while position < bytes.count {
      let byte = bytes[position]
      if byte == UInt8(ascii: "\"") {
        position += 1
        return String(decoding: bytes[start..<position - 1], as: UTF8.self)
      }
      if byte == UInt8(ascii: "\\") { break }
      if byte < 0x20 { throw controlCharacterError(byte) }
      position += 1
    }
    var out = Array(bytes[start..<position])
    while position < bytes.count {
      let byte = bytes[position]
      position += 1
      switch byte {
      case UInt8(ascii: "\""):
        return String(decoding: out, as: UTF8.self)
      case UInt8(ascii: "\\"):
        try unescape(into: &out)
      case let control where control < 0x20:
        throw controlCharacterError(control)
      default:
        out.append(byte)
      }
    }
    throw JSONSyntaxError(line: line, message: "unterminated string", endedEarly: lines == nil)
  }

  private func controlCharacterError(_ byte: UInt8) -> JSONSyntaxError {
    if byte == 0x0A {
      return JSONSyntaxError(line: line, message: "unterminated string", endedEarly: false)
    }
    return fail("control character \(byte) inside a string")
  }

  private func unescape(into out: inout [UInt8]) throws {
    guard position < bytes.count else { throw fail("unterminated escape") }
    let byte = bytes[position]
    position += 1
    switch byte {
    case UInt8(ascii: "\""), UInt8(ascii: "\\"), UInt8(ascii: "/"): out.append(byte)
    case UInt8(ascii: "b"): out.append(0x08)
    case UInt8(ascii: "f"): out.append(0x0C)
    case UInt8(ascii: "n"): out.append(0x0A)
    case UInt8(ascii: "r"): out.append(0x0D)
    case UInt8(ascii: "t"): out.append(0x09)
    case UInt8(ascii: "u"):
      var scalar = try hex4()
      if (0xD800..<0xDC00).contains(scalar), position + 1 < bytes.count,
        bytes[position] == UInt8(ascii: "\\"), bytes[position + 1] == UInt8(ascii: "u")
      {
        let save = position
        position += 2
        let low = try hex4()
        if (0xDC00..<0xE000).contains(low) {
          scalar = 0x10000 + ((scalar - 0xD800) << 10) + (low - 0xDC00)
        } else {
          position = save
        }
      }
      let character = Unicode.Scalar(scalar) ?? "\u{FFFD}"
      out += Array(String(Character(character)).utf8)
    default:
      throw fail("unknown escape \\\(Character(Unicode.Scalar(byte)))")
    }
  }

  private func hex4() throws -> UInt32 {
    guard position + 4 <= bytes.count else { throw fail("short \\u escape") }
    var value: UInt32 = 0
    for byte in bytes[position..<position + 4] {
      let digit: UInt32
      switch byte {
      case 0x30...0x39: digit = UInt32(byte - 0x30)
      case 0x41...0x46: digit = UInt32(byte - 0x41 + 10)
      case 0x61...0x66: digit = UInt32(byte - 0x61 + 10)
      default: throw fail("bad \\u escape")
      }
      value = value << 4 | digit
    }
    position += 4
    return value
  }
}
