/// Normalized keys for names and titles (PRODUCT.md §5 rule 2).
///
/// The key folds case and diacritics, turns punctuation into spaces (so initials "A.R." and
/// "A R" agree), reorders "Last, First" into "first last", and collapses white space.
/// Particles (van, de) are kept. Two mentions with equal keys are one identity in v1.
public enum NameKey {
  /// Letters that Unicode does not decompose into a base letter plus a mark.
  private static let foldedLetters: [Character: String] = [
    "ø": "o", "ß": "ss", "ł": "l", "æ": "ae", "œ": "oe", "đ": "d", "ð": "d", "þ": "th",
    "ı": "i", "ħ": "h",
  ]

  /// The identity key of a personal name, e.g. "BEN BUCKNALL" and "Ben Bucknall" → "ben bucknall".
  public static func person(_ raw: String) -> String {
    var name = raw
    let commaParts = raw.split(separator: ",", maxSplits: 1)
    if commaParts.count == 2 {
      name = "\(commaParts[1]) \(commaParts[0])"  // "Last, First" → "First Last"
    }
    return fold(name)
  }

  /// The matching key of a title: folded like names, trailing punctuation ignored.
  public static func title(_ raw: String) -> String { fold(raw) }

  /// NFKC, case fold, diacritic fold, punctuation → space, collapsed spaces.
  ///
  /// - Complexity: O(n); ASCII text takes a byte-level fast path (most names and titles).
  public static func fold(_ text: String) -> String {
    if let ascii = foldASCII(text) { return ascii }
    // A space folds to a word break, so pieces between spaces fold on their own: the ASCII
    // ones by the fast path, only the others through the Unicode tables.
    if text.utf8.contains(UInt8(ascii: " ")) {
      var out = ""
      out.reserveCapacity(text.utf8.count)
      for piece in text.utf8.split(separator: UInt8(ascii: " ")) {
        let folded = fold(String(decoding: piece, as: UTF8.self))
        guard !folded.isEmpty else { continue }
        if !out.isEmpty { out.append(" ") }
        out.append(folded)
      }
      return out
    }
    return foldUnicode(text)
  }

  /// The fold through NFKC, case, NFD and the Unicode categories: the definition `fold`
  /// must agree with on any text (`fold` calls it on space-free non-ASCII pieces only).
  static func foldUnicode(_ text: String) -> String {
    var out = ""
    out.reserveCapacity(text.utf8.count)
    var pendingSpace = false
    for scalar in text.precomposedStringWithCompatibilityMapping.lowercased()
      .decomposedStringWithCanonicalMapping.unicodeScalars
    {
      let properties = scalar.properties
      if properties.generalCategory == .nonspacingMark
        || properties.generalCategory == .enclosingMark
      {
        continue
      }
      if properties.isAlphabetic || properties.numericType != nil {
        if pendingSpace && !out.isEmpty { out.append(" ") }
        pendingSpace = false
        let character = Character(scalar)
        if let replacement = foldedLetters[character] {
          out.append(replacement)
        } else {
          out.unicodeScalars.append(scalar)
        }
      } else {
        pendingSpace = true
      }
    }
    return out
  }

  /// The fold of an all-ASCII string without Unicode tables, or nil when it is not ASCII.
  private static func foldASCII(_ text: String) -> String? {
    var contiguous = text
    contiguous.makeContiguousUTF8()
    let folded = contiguous.utf8.withContiguousStorageIfAvailable { bytes -> String? in
      var out = [UInt8]()
      out.reserveCapacity(bytes.count)
      var pendingSpace = false
      for byte in bytes {
        if byte >= 0x80 { return nil }
        let lower = byte >= 0x41 && byte <= 0x5A ? byte + 0x20 : byte
        let isWord = (lower >= 0x61 && lower <= 0x7A) || (lower >= 0x30 && lower <= 0x39)
        if isWord {
          if pendingSpace && !out.isEmpty { out.append(0x20) }
          pendingSpace = false
          out.append(lower)
        } else {
          pendingSpace = true
        }
      }
      return String(decoding: out, as: UTF8.self)
    }
    return folded ?? nil
  }
}
