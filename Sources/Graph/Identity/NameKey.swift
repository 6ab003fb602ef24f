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
    // Most names have no comma: a byte scan says so without splitting by Character
    // (about 7,000 instructions a name, 2.5% of a 10k-work ingest, issue 8).
    guard raw.utf8.contains(UInt8(ascii: ",")) else { return fold(raw) }
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
    return foldLatin(text) ?? foldUnicode(text)
  }

  /// The words of a folded text; an ASCII one is split at its space bytes (the same words:
  /// a byte is a character there), others by `split`.
  ///
  /// The bytes are scanned in place (walking `String.UTF8View` indexes cost about 5,000
  /// instructions a name, issue 8).
  static func words(of folded: String) -> [Substring] {
    var text = folded
    text.makeContiguousUTF8()  // already so for every string a reader makes
    let utf8 = text.utf8
    let ascii = utf8.withContiguousStorageIfAvailable { bytes -> [Substring]? in
      guard !bytes.contains(where: { $0 >= 0x80 }) else { return nil }
      func index(_ offset: Int) -> String.Index { utf8.index(utf8.startIndex, offsetBy: offset) }
      var words: [Substring] = []
      var start = 0
      for offset in bytes.indices where bytes[offset] == UInt8(ascii: " ") {
        if start < offset { words.append(text[index(start)..<index(offset)]) }
        start = offset + 1
      }
      if start < bytes.count { words.append(text[index(start)...]) }
      return words
    }
    return (ascii ?? nil) ?? folded.split(separator: " ")
  }

  /// The fold through NFKC, case, NFD and the Unicode categories: the definition `fold`
  /// must agree with on any text (`fold` calls it on space-free non-ASCII pieces only).
  static func foldUnicode(_ text: String) -> String {
    var out = FoldOutput(capacity: text.utf8.count)
    for token in unicodeTokens(text) { out.append(token) }
    return out.text
  }

  /// The letters and word breaks (nil) the Unicode fold makes of `text`, before spaces are
  /// collapsed.
  private static func unicodeTokens(_ text: String) -> [Unicode.Scalar?] {
    var tokens: [Unicode.Scalar?] = []
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
        if let replacement = foldedLetters[Character(scalar)] {
          tokens.append(contentsOf: replacement.unicodeScalars.map { $0 })
        } else {
          tokens.append(scalar)
        }
      } else {
        tokens.append(nil)
      }
    }
    return tokens
  }

  /// The scalars `foldLatin` folds from a table: Latin-1 Supplement through Latin Extended-B
  /// and Latin Extended Additional (accented European and Vietnamese letters).
  private static let latinRanges: [ClosedRange<UInt32>] = [0x80...0x24F, 0x1E00...0x1EFF]

  /// The Unicode fold's tokens of each scalar of `latinRanges` on its own, made once by
  /// `unicodeTokens` itself, by offset into the concatenated ranges.
  private static let latinTokens: [[Unicode.Scalar?]] = latinRanges.flatMap { range in
    range.map { unicodeTokens(String(Character(Unicode.Scalar($0)!))) }
  }

  /// `foldUnicode(text)` from the table when every scalar is ASCII or in `latinRanges`, else
  /// nil. None of those scalars is a combining mark or composes with its neighbour, so the
  /// whole text's normalization is that of each scalar alone, in order
  /// (`NameFoldTests.latinTableAgreesWithTheUnicodeFold` checks it).
  /// - Complexity: O(n) without Foundation's normalization, which was the most costly
  ///   function of its own in a PubMed ingest (3% of all samples).
  private static func foldLatin(_ text: String) -> String? {
    var out = FoldOutput(capacity: text.utf8.count)
    for scalar in text.unicodeScalars {
      let value = scalar.value
      if value < 0x80 {
        out.append(asciiLetter(UInt8(value)).map(Unicode.Scalar.init))
        continue
      }
      var offset = 0
      var tokens: [Unicode.Scalar?]?
      for range in latinRanges {
        if range.contains(value) {
          tokens = latinTokens[offset + Int(value - range.lowerBound)]
          break
        }
        offset += range.count
      }
      guard let tokens else { return nil }
      for token in tokens { out.append(token) }
    }
    return out.text
  }

  /// An ASCII byte as the fold keeps it: a letter lower-cased, a digit as is; nil for the
  /// rest, which breaks words.
  private static func asciiLetter(_ byte: UInt8) -> UInt8? {
    let lower = byte >= 0x41 && byte <= 0x5A ? byte + 0x20 : byte
    let isWord = (lower >= 0x61 && lower <= 0x7A) || (lower >= 0x30 && lower <= 0x39)
    return isWord ? lower : nil
  }

  /// The fold of an all-ASCII string without Unicode tables, or nil when it is not ASCII.
  private static func foldASCII(_ text: String) -> String? {
    var contiguous = text
    contiguous.makeContiguousUTF8()
    let folded = contiguous.utf8.withContiguousStorageIfAvailable { bytes -> String? in
      guard !bytes.contains(where: { $0 >= 0x80 }) else { return nil }
      // Written straight into the string (no byte array between): the key is never longer
      // than the text, and keys of up to 15 bytes need no allocation at all.
      return String(unsafeUninitializedCapacity: bytes.count) { out in
        var count = 0
        var pendingSpace = false
        for byte in bytes {
          if let letter = asciiLetter(byte) {
            if pendingSpace && count > 0 {
              out[count] = 0x20
              count += 1
            }
            pendingSpace = false
            out[count] = letter
            count += 1
          } else {
            pendingSpace = true
          }
        }
        return count
      }
    }
    return folded ?? nil
  }
}

/// Folded text being assembled: letters appended, word breaks collapsed to one space, none
/// at either end.
private struct FoldOutput {
  private(set) var text = ""
  private var pendingSpace = false

  init(capacity: Int) { text.reserveCapacity(capacity) }

  /// Appends a letter, or notes a word break (nil).
  mutating func append(_ token: Unicode.Scalar?) {
    guard let token else {
      pendingSpace = true
      return
    }
    if pendingSpace && !text.isEmpty { text.unicodeScalars.append(" ") }
    pendingSpace = false
    text.unicodeScalars.append(token)
  }
}
