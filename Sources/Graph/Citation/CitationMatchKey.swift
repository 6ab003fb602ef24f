/// The match key that resolves references without a usable identifier (issue 7).
///
/// A key has two parts:
/// - the **block** `surname year`: the first author's surname, folded like names
///   (`NameKey.fold`: case, diacritics, punctuation), with name particles (van, de, von, …)
///   skipped, and the four-digit year;
/// - the **title words**: the first `titleWordCount` words of the folded title.
///
/// A work's key comes from its first author (mention position 1: the family name when the
/// format gives one, else the last word of the name), its year and its title. A reference's
/// block comes from its `first_author` field, else from the first word of its raw string that
/// is not a number, an initial or a particle; its year from the `year` field, else the first
/// four-digit year of the raw string. A reference matches a work when their blocks are equal
/// and the work's title words occur, as consecutive words, in the reference's text: its
/// title, else its raw string, else its venue. Exactly one matching work resolves the
/// reference; none or several (ambiguous) leave it unresolved.
public enum CitationMatchKey {
  /// Title words kept in a work's key.
  public static let titleWordCount = 6

  /// Surname particles skipped when a reference's surname is read from its first words.
  static let particles: Set<String> = [
    "van", "von", "de", "der", "den", "del", "della", "di", "da", "dos", "du", "la", "le", "st",
    "ten", "ter", "al", "el", "bin", "ibn",
  ]

  /// The block `surname year`, or nil when either part is missing.
  public static func block(surname: String, year: Int?) -> String? {
    guard let year, !surname.isEmpty else { return nil }
    return "\(surname) \(year)"
  }

  /// The title words of a work's key (first `titleWordCount` folded words), or "" when the
  /// title has no words.
  public static func titleWords(_ title: String) -> String {
    titleWords(titleKey: NameKey.title(title))
  }

  /// `titleWords` of a title already folded by `NameKey.title` (an ASCII key is cut at its
  /// space bytes, `NameKey.words`).
  static func titleWords(titleKey: String) -> String {
    NameKey.words(of: titleKey).prefix(titleWordCount).joined(separator: " ")
  }

  /// A work's block from its first author's name parts and year.
  public static func workBlock(
    rawName: String, given: String?, family: String?, year: Int?
  ) -> String? {
    block(surname: NameParts.split(raw: rawName, given: given, family: family).surname, year: year)
  }

  /// A reference's block from its fields, falling back on its raw string.
  public static func referenceBlock(firstAuthor: String?, year: Int?, raw: String?) -> String? {
    let surname = leadingSurname(firstAuthor) ?? leadingSurname(raw) ?? ""
    return block(surname: surname, year: year ?? Normalize.year(raw))
  }

  /// The folded text a work's title words must occur in: title, else raw, else venue.
  public static func referenceText(title: String?, raw: String?, venue: String?) -> String {
    for text in [title, raw, venue] {
      if let text, !text.isEmpty { return NameKey.title(text) }
    }
    return ""
  }

  /// True when `titleWords` occurs as consecutive whole words in the folded `text`.
  public static func text(_ text: String, contains titleWords: String) -> Bool {
    guard !titleWords.isEmpty, !text.isEmpty else { return false }
    let haystack = " \(text) "
    let needle = " \(titleWords) "
    guard haystack.utf8.allSatisfy({ $0 < 0x80 }), needle.utf8.allSatisfy({ $0 < 0x80 }) else {
      return haystack.contains(needle)
    }
    // ASCII (nearly every folded title): a byte search, same answer as Foundation's.
    let h = Array(haystack.utf8)
    let n = Array(needle.utf8)
    guard n.count <= h.count else { return false }
    for start in 0...(h.count - n.count) where h[start] == n[0] {
      if h[start..<start + n.count].elementsEqual(n) { return true }
    }
    return false
  }

  /// The first word of `text` (folded) that can be a surname: at least two letters, not a
  /// number, not a particle.
  ///
  /// - Complexity: folds only the leading space-separated pieces it needs, not the whole
  ///   (often long) raw citation; a space folds to a word break, so the words are those of
  ///   `NameKey.fold(text)`.
  static func leadingSurname(_ text: String?) -> String? {
    guard let text else { return nil }
    let bytes = text.utf8
    var seen = 0
    var pieceStart = bytes.startIndex
    while pieceStart < bytes.endIndex {
      let pieceEnd = bytes[pieceStart...].firstIndex(of: UInt8(ascii: " ")) ?? bytes.endIndex
      let folded = NameKey.fold(String(decoding: bytes[pieceStart..<pieceEnd], as: UTF8.self))
      for word in NameKey.words(of: folded) {
        seen += 1
        if seen > 8 { return nil }
        if word.utf8.count < 2 || word.count < 2 || word.allSatisfy(\.isNumber) {
          continue
        }
        let token = String(word)
        if particles.contains(token) { continue }
        return token
      }
      pieceStart = pieceEnd == bytes.endIndex ? pieceEnd : bytes.index(after: pieceEnd)
    }
    return nil
  }
}
