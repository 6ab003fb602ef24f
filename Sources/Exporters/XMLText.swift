/// XML 1.0 text escaping.
public enum XMLText {
  /// Returns `text` escaped for XML 1.0 element content and (double- or single-quoted)
  /// attribute values.
  ///
  /// `&` `<` `>` `"` `'` become `&amp;` `&lt;` `&gt;` `&quot;` `&apos;`. Tab, line feed and
  /// carriage return become `&#9;` `&#10;` `&#13;`, so they survive attribute-value
  /// normalisation and reach readers unchanged. Characters XML 1.0 forbids (C0 controls other
  /// than those three, U+FFFE, U+FFFF) are dropped, and so are the discouraged DEL and C1
  /// controls (U+007F–U+009F). Everything else, including emoji and right-to-left text, is
  /// written as UTF-8.
  public static func escape(_ text: String) -> String {
    var out = ""
    out.reserveCapacity(text.utf8.count)
    for scalar in text.unicodeScalars {
      switch scalar {
      case "&": out += "&amp;"
      case "<": out += "&lt;"
      case ">": out += "&gt;"
      case "\"": out += "&quot;"
      case "'": out += "&apos;"
      case "\t": out += "&#9;"
      case "\n": out += "&#10;"
      case "\r": out += "&#13;"
      default:
        let v = scalar.value
        if v < 0x20 || (0x7F...0x9F).contains(v) || v == 0xFFFE || v == 0xFFFF { continue }
        out.unicodeScalars.append(scalar)
      }
    }
    return out
  }
}
