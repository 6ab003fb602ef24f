/// Graphviz DOT quoting.
public enum DOT {
  /// Returns `text` as a double-quoted DOT string, safe as an id, attribute name or value.
  ///
  /// Always quotes, so DOT keywords (`graph`, `node`, `edge`, `strict`, `subgraph`, `digraph`),
  /// the empty string, braces, non-ASCII letters, emoji and right-to-left text stay plain ids.
  /// `"` becomes `\"` and `\` becomes `\\` (so a label shows the backslash instead of starting
  /// a Graphviz escape such as `\N`); a line break (`\n`, `\r\n` or `\r`) becomes the two
  /// characters `\n`; a tab becomes a space; other control characters (Unicode category Cc,
  /// including DEL and C1) are dropped. The input is otherwise kept byte for byte (UTF-8).
  public static func quote(_ text: String) -> String {
    BackslashQuoting.quote(text, lineBreak: "\\n")
  }
}

/// The double-quoting DOT and Pajek share: `"` → `\"`, `\` → `\\`, a line break (`\n`,
/// `\r\n` or `\r`) → `lineBreak`, a tab → a space, other control characters dropped.
enum BackslashQuoting {
  static func quote(_ text: String, lineBreak: String) -> String {
    var out = "\""
    var afterCR = false
    for scalar in text.unicodeScalars {
      defer { afterCR = scalar == "\r" }
      switch scalar {
      case "\"": out += "\\\""
      case "\\": out += "\\\\"
      case "\r": out += lineBreak
      case "\n": if !afterCR { out += lineBreak }
      case "\t": out += " "
      default:
        if scalar.properties.generalCategory == .control { continue }
        out.unicodeScalars.append(scalar)
      }
    }
    out += "\""
    return out
  }
}
