/// JSON (RFC 8259) string quoting.
public enum JSONText {
  /// Returns `text` as a double-quoted JSON string.
  ///
  /// `"` and `\` are backslash-escaped; line feed, carriage return, tab, backspace and form
  /// feed become `\n` `\r` `\t` `\b` `\f`; every other C0 control and DEL become `\u00XX`
  /// (lower-case hex); U+2028 and U+2029 become `\u2028` `\u2029` so the text is also valid
  /// JavaScript. Everything else (non-ASCII letters, emoji, right-to-left text) is written as
  /// UTF-8. Nothing is dropped: a JSON reader gets `text` back exactly.
  public static func quote(_ text: String) -> String {
    var out = "\""
    out.reserveCapacity(text.utf8.count + 2)
    for scalar in text.unicodeScalars {
      switch scalar {
      case "\"": out += "\\\""
      case "\\": out += "\\\\"
      case "\n": out += "\\n"
      case "\r": out += "\\r"
      case "\t": out += "\\t"
      case "\u{8}": out += "\\b"
      case "\u{C}": out += "\\f"
      default:
        let v = scalar.value
        if v < 0x20 || v == 0x7F || v == 0x2028 || v == 0x2029 {
          out += "\\u" + hex4(v)
        } else {
          out.unicodeScalars.append(scalar)
        }
      }
    }
    out += "\""
    return out
  }

  /// `v` as four lower-case hex digits.
  private static func hex4(_ v: UInt32) -> String {
    let digits = String(v, radix: 16)
    return String(repeating: "0", count: max(0, 4 - digits.count)) + digits
  }
}
