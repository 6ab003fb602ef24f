import Foundation

/// Turns BibTeX field text into plain Unicode: TeX accents (`{\"u}`, `\'{e}`, `\c{c}`,
/// `\v s`), special letters (`{\ss}`, `{\o}`, `\aa`, dotless `\i`), escaped characters
/// (`\&`, `\%`), ties (`~`) and dashes (`--`, `---`); braces and math `$` are removed, and
/// other commands (`\emph`, `\mbox`, `\noopsort`) are dropped while their arguments stay.
enum TeX {
  /// Combining marks for accent commands.
  private static let accents: [Character: Unicode.Scalar] = [
    "\"": "\u{0308}", "'": "\u{0301}", "`": "\u{0300}", "^": "\u{0302}", "~": "\u{0303}",
    "=": "\u{0304}", ".": "\u{0307}", "u": "\u{0306}", "v": "\u{030C}", "H": "\u{030B}",
    "c": "\u{0327}", "k": "\u{0328}", "r": "\u{030A}", "d": "\u{0323}", "b": "\u{0331}",
    "t": "\u{0361}",
  ]

  /// Letter commands that stand for one character.
  private static let letters: [String: String] = [
    "ss": "ß", "o": "ø", "O": "Ø", "aa": "å", "AA": "Å", "ae": "æ", "AE": "Æ", "oe": "œ",
    "OE": "Œ", "l": "ł", "L": "Ł", "i": "ı", "j": "ȷ", "dh": "ð", "DH": "Ð", "th": "þ",
    "TH": "Þ", "dj": "đ", "DJ": "Đ", "ng": "ŋ", "NG": "Ŋ", "SS": "SS", "textendash": "–",
    "textemdash": "—", "textquoteright": "’", "textquoteleft": "‘", "ldots": "…",
    "dots": "…", "textregistered": "®", "texttrademark": "™", "copyright": "©",
    "textasciitilde": "~", "textunderscore": "_", "textbackslash": "\\", "slash": "/",
    "S": "§", "P": "¶", "hyp": "-",
  ]

  /// Plain Unicode text of a TeX field value, whitespace collapsed.
  static func plain(_ text: String) -> String {
    guard text.contains(where: { "\\{}~$-".contains($0) }) else { return text.collapsingSpaces() }
    var out = String.UnicodeScalarView()
    let chars = Array(text)
    var i = 0
    while i < chars.count {
      let c = chars[i]
      switch c {
      case "\\":
        i = command(chars, at: i, into: &out)
        continue
      case "{", "}", "$":
        break
      case "~":
        out.append(" ")
      case "-":
        if i + 2 < chars.count, chars[i + 1] == "-", chars[i + 2] == "-" {
          out.append("—")
          i += 3
          continue
        } else if i + 1 < chars.count, chars[i + 1] == "-" {
          out.append("–")
          i += 2
          continue
        }
        out.append("-")
      default:
        out.append(contentsOf: c.unicodeScalars)
      }
      i += 1
    }
    return String(out).precomposedStringWithCanonicalMapping.collapsingSpaces()
  }

  /// Handles the command starting at `chars[start] == "\\"`; returns the index after it.
  private static func command(
    _ chars: [Character], at start: Int, into out: inout String.UnicodeScalarView
  ) -> Int {
    var i = start + 1
    guard i < chars.count else { return i }
    let first = chars[i]
    if !first.isLetter || !first.isASCII {
      // Non-letter accent (\" \' \^ ...) or an escaped character (\& \% \{ \\).
      if let mark = accents[first], !first.isLetter {
        return accented(chars, from: i + 1, mark: mark, into: &out)
      }
      switch first {
      case "\\", " ": out.append(" ")
      case "-": break  // discretionary hyphen
      default: out.append(contentsOf: first.unicodeScalars)
      }
      return i + 1
    }
    var name = ""
    while i < chars.count, chars[i].isASCII, chars[i].isLetter {
      name.append(chars[i])
      i += 1
    }
    if name.count == 1, let letter = name.first, let mark = accents[letter],
      i < chars.count, chars[i] == "{" || chars[i] == " "
    {
      return accented(chars, from: i, mark: mark, into: &out)
    }
    if let replacement = letters[name] {
      out.append(contentsOf: replacement.unicodeScalars)
    }
    // TeX swallows spaces after a letter command.
    while i < chars.count, chars[i] == " " { i += 1 }
    return i
  }

  /// Applies `mark` to the next argument (`{x}`, `{\i}`, or one character).
  private static func accented(
    _ chars: [Character], from start: Int, mark: Unicode.Scalar,
    into out: inout String.UnicodeScalarView
  ) -> Int {
    var i = start
    while i < chars.count, chars[i] == " " { i += 1 }
    guard i < chars.count else { return i }
    var base = ""
    if chars[i] == "{" {
      i += 1
      var depth = 1
      var inner: [Character] = []
      while i < chars.count {
        if chars[i] == "{" { depth += 1 }
        if chars[i] == "}" {
          depth -= 1
          if depth == 0 { break }
        }
        inner.append(chars[i])
        i += 1
      }
      i += 1  // past the closing brace
      base = plain(String(inner))
    } else if chars[i] == "\\" {
      var name = ""
      i += 1
      while i < chars.count, chars[i].isASCII, chars[i].isLetter {
        name.append(chars[i])
        i += 1
      }
      base = letters[name] ?? name
    } else {
      base = String(chars[i])
      i += 1
    }
    // Accents over dotless i/j apply to the ordinary letter.
    if base == "ı" { base = "i" }
    if base == "ȷ" { base = "j" }
    guard let firstScalar = base.unicodeScalars.first else {
      out.append(mark)
      return i
    }
    out.append(firstScalar)
    out.append(mark)
    out.append(contentsOf: base.unicodeScalars.dropFirst())
    return i
  }
}
