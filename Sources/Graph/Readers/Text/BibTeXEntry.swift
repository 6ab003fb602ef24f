/// One BibTeX entry's key and fields, values expanded (`@string` macros, `#`
/// concatenation) but still in TeX (accents and braces are converted later).
struct BibTeXEntry: Equatable {
  /// One field value and the line it starts on.
  struct Field: Equatable {
    var value: String
    var line: Int
  }

  /// Lower-cased entry type ("article").
  var type: String
  /// The citation key as written.
  var key: String
  /// First line of the entry.
  var line: Int
  /// Fields by lower-cased name.
  var fields: [String: Field]

  /// The TeX value of `name`, if present and not blank.
  func value(_ name: String) -> String? {
    guard let value = fields[name]?.value, !value.trimmed().isEmpty else { return nil }
    return value
  }

  /// The month macros every BibTeX style predefines.
  static let predefinedMacros: [String: String] = [
    "jan": "January", "feb": "February", "mar": "March", "apr": "April", "may": "May",
    "jun": "June", "jul": "July", "aug": "August", "sep": "September", "oct": "October",
    "nov": "November", "dec": "December",
  ]

  /// Why a body could not be parsed.
  struct ParseError: Error, Equatable {
    var line: Int
    var reason: String
  }

  /// Parses the body of an `@string` entry (`name = value`) into `macros`.
  static func parseMacro(
    body: String, line: Int, macros: inout [String: String]
  ) throws(ParseError) {
    var cursor = Cursor(body, line: line)
    guard let name = cursor.identifier() else {
      throw ParseError(line: cursor.line, reason: "@string without a macro name")
    }
    cursor.skipSpace()
    guard cursor.take("=") else {
      throw ParseError(line: cursor.line, reason: "@string \(name): expected `=`")
    }
    macros[name.lowercased()] = try cursor.value(macros: macros)
  }

  /// Parses a regular entry body: `key, name = value, ...` (trailing comma allowed).
  static func parse(
    type: String, body: String, line: Int, macros: [String: String]
  ) throws(ParseError) -> BibTeXEntry {
    var cursor = Cursor(body, line: line)
    cursor.skipSpace()
    let key = cursor.key()
    var entry = BibTeXEntry(type: type, key: key, line: line, fields: [:])
    cursor.skipSpace()
    guard cursor.atEnd || cursor.take(",") else {
      throw ParseError(line: cursor.line, reason: "@\(type){\(key): expected `,` after the key")
    }
    while true {
      cursor.skipSpace()
      if cursor.atEnd { break }
      if cursor.take(",") { continue }
      let fieldLine = cursor.line
      guard let name = cursor.identifier() else {
        throw ParseError(line: cursor.line, reason: "@\(type){\(key): expected a field name")
      }
      cursor.skipSpace()
      guard cursor.take("=") else {
        throw ParseError(line: cursor.line, reason: "@\(type){\(key): expected `=` after \(name)")
      }
      let value = try cursor.value(macros: macros)
      entry.fields[name.lowercased()] = Field(value: value, line: fieldLine)
      cursor.skipSpace()
      guard cursor.atEnd || cursor.take(",") else {
        throw ParseError(
          line: cursor.line, reason: "@\(type){\(key): expected `,` after the \(name) value")
      }
    }
    return entry
  }
}

/// A position in an entry body with its line number.
private struct Cursor {
  private let chars: [Character]
  private var index = 0
  private(set) var line: Int

  init(_ text: String, line: Int) {
    chars = Array(text)
    self.line = line
  }

  var atEnd: Bool { index >= chars.count }

  private var current: Character? { index < chars.count ? chars[index] : nil }

  private mutating func advance() {
    if chars[index] == "\n" { line += 1 }
    index += 1
  }

  mutating func skipSpace() {
    while let c = current, c.isWhitespace { advance() }
  }

  mutating func take(_ c: Character) -> Bool {
    guard current == c else { return false }
    advance()
    return true
  }

  /// The citation key: everything up to the first comma (or the end), trimmed.
  mutating func key() -> String {
    var key = ""
    while let c = current, c != "," {
      key.append(c)
      advance()
    }
    return key.trimmed()
  }

  /// A field or macro name: letters, digits and `_-.:+/` characters.
  mutating func identifier() -> String? {
    var name = ""
    while let c = current, !c.isWhitespace, !"=,{}\"#()".contains(c) {
      name.append(c)
      advance()
    }
    return name.isEmpty ? nil : name
  }

  /// A value: pieces (`{...}`, `"..."`, a number, a macro) joined by `#`.
  mutating func value(macros: [String: String]) throws(BibTeXEntry.ParseError) -> String {
    var result = ""
    while true {
      skipSpace()
      guard let c = current else {
        throw BibTeXEntry.ParseError(line: line, reason: "missing field value")
      }
      if c == "{" {
        advance()
        result += try delimited(until: "}")
      } else if c == "\"" {
        advance()
        result += try delimited(until: "\"")
      } else if let name = identifier() {
        if name.allSatisfy(\.isNumber) {
          result += name
        } else {
          result += macros[name.lowercased()] ?? BibTeXEntry.predefinedMacros[name.lowercased()] ?? ""
        }
      } else {
        throw BibTeXEntry.ParseError(line: line, reason: "unexpected `\(c)` in a field value")
      }
      skipSpace()
      if !take("#") { return result }
    }
  }

  /// Text up to the closing delimiter at brace depth 0 (nested braces kept).
  private mutating func delimited(until closer: Character) throws(BibTeXEntry.ParseError) -> String {
    let startLine = line
    var depth = 0
    var text = ""
    while let c = current {
      if c == closer && depth == 0 {
        advance()
        return text
      }
      if c == "{" { depth += 1 }
      if c == "}" { depth -= 1 }
      if depth < 0 {
        throw BibTeXEntry.ParseError(line: line, reason: "unbalanced `}` in a field value")
      }
      text.append(c)
      advance()
    }
    throw BibTeXEntry.ParseError(line: startLine, reason: "unterminated field value")
  }
}
