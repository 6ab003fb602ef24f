/// Rewrites named character entities (`&uuml;`) to numeric references (`&#252;`) in a byte
/// stream, before libxml2 parses it.
///
/// DBLP files declare their character entities in `dblp.dtd`. Loading that DTD would need the
/// file beside the input (impossible for standard input or a downloaded `.gz`) and would let
/// the parser open files named by the document; a built-in table is robust and safe, and a
/// numeric reference means the same character whatever the document's declared encoding
/// (DBLP files are ISO-8859-1). The five XML entities and unknown names pass through
/// unchanged. A reference cut by a chunk boundary is carried to the next chunk.
final class XMLEntityFilter {
  private let table: [String: UInt32]
  private var carry: [UInt8] = []
  /// The longest entity name looked for (longer `&…;` runs are left alone).
  private let maxNameLength: Int

  init(table: [String: UInt32]) {
    self.table = table
    maxNameLength = table.keys.map(\.utf8.count).max() ?? 0
  }

  /// The filtered bytes of `chunk`; bytes of a possibly unfinished reference at the end are
  /// held back until the next call (or released when `atEnd`).
  func process(_ chunk: [UInt8], atEnd: Bool) -> [UInt8] {
    let input = carry.isEmpty ? chunk : carry + chunk
    carry = []
    var out: [UInt8] = []
    out.reserveCapacity(input.count + 16)
    var i = 0
    let count = input.count
    while i < count {
      let byte = input[i]
      guard byte == UInt8(ascii: "&") else {
        out.append(byte)
        i += 1
        continue
      }
      var j = i + 1
      while j < count, j - i - 1 <= maxNameLength, Self.isNameByte(input[j]) { j += 1 }
      if j == count && !atEnd && j - i - 1 <= maxNameLength {
        carry = Array(input[i...])  // the reference may continue in the next chunk
        break
      }
      if j < count, input[j] == UInt8(ascii: ";"), j > i + 1,
        let scalar = table[String(decoding: input[(i + 1)..<j], as: UTF8.self)]
      {
        out += Array("&#\(scalar);".utf8)
        i = j + 1
      } else {
        out.append(byte)
        i += 1
      }
    }
    return out
  }

  private static func isNameByte(_ byte: UInt8) -> Bool {
    (byte >= 0x41 && byte <= 0x5A) || (byte >= 0x61 && byte <= 0x7A) || (byte >= 0x30 && byte <= 0x39)
  }

  /// HTML 4 Latin-1 entity names (U+00A0–U+00FF), a superset of the character entities
  /// `dblp.dtd` declares (its 62 Latin-1 letters plus `reg`, `micro`, `times`), with a few
  /// common HTML symbol entities.
  static let latin1: [String: UInt32] = {
    let names = [
      "nbsp", "iexcl", "cent", "pound", "curren", "yen", "brvbar", "sect", "uml", "copy", "ordf",
      "laquo", "not", "shy", "reg", "macr", "deg", "plusmn", "sup2", "sup3", "acute", "micro",
      "para", "middot", "cedil", "sup1", "ordm", "raquo", "frac14", "frac12", "frac34", "iquest",
      "Agrave", "Aacute", "Acirc", "Atilde", "Auml", "Aring", "AElig", "Ccedil", "Egrave",
      "Eacute", "Ecirc", "Euml", "Igrave", "Iacute", "Icirc", "Iuml", "ETH", "Ntilde", "Ograve",
      "Oacute", "Ocirc", "Otilde", "Ouml", "times", "Oslash", "Ugrave", "Uacute", "Ucirc",
      "Uuml", "Yacute", "THORN", "szlig", "agrave", "aacute", "acirc", "atilde", "auml", "aring",
      "aelig", "ccedil", "egrave", "eacute", "ecirc", "euml", "igrave", "iacute", "icirc",
      "iuml", "eth", "ntilde", "ograve", "oacute", "ocirc", "otilde", "ouml", "divide", "oslash",
      "ugrave", "uacute", "ucirc", "uuml", "yacute", "thorn", "yuml",
    ]
    var table: [String: UInt32] = [:]
    for (offset, name) in names.enumerated() { table[name] = 0xA0 + UInt32(offset) }
    let symbols: [(String, UInt32)] = [
      ("ndash", 0x2013), ("mdash", 0x2014), ("lsquo", 0x2018), ("rsquo", 0x2019),
      ("ldquo", 0x201C), ("rdquo", 0x201D), ("hellip", 0x2026), ("euro", 0x20AC),
      ("trade", 0x2122), ("OElig", 0x152), ("oelig", 0x153), ("Scaron", 0x160),
      ("scaron", 0x161), ("Yuml", 0x178),
    ]
    for (name, scalar) in symbols { table[name] = scalar }
    return table
  }()
}
