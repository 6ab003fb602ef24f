import Graph

/// A word and how many works use it.
public struct TermCount: Sendable, Equatable, Codable {
  /// The lower-cased word.
  public var term: String
  /// Number of distinct works whose title contains it.
  public var count: Int

  /// Creates a term count.
  public init(term: String, count: Int) {
    self.term = term
    self.count = count
  }
}

/// The most frequent words of a set of titles, for describing communities.
public enum TitleTerms {
  /// A small English stopword list (articles, pronouns, prepositions, conjunctions, auxiliaries
  /// and a few words every paper title uses).
  public static let stopwords: Set<String> = [
    "about", "above", "after", "again", "against", "all", "also", "among", "and", "any", "are",
    "based", "because", "been", "before", "being", "below", "between", "both", "but", "can",
    "could", "did", "does", "doing", "down", "during", "each", "few", "for", "from", "further",
    "had", "has", "have", "having", "her", "here", "hers", "him", "his", "how", "into", "its",
    "itself", "just", "more", "most", "new", "nor", "not", "now", "off", "once", "only", "other",
    "our", "ours", "out", "over", "own", "same", "she", "should", "some", "such", "than", "that",
    "the", "their", "them", "then", "there", "these", "they", "this", "those", "through", "too",
    "under", "until", "use", "using", "very", "via", "was", "were", "what", "when", "where",
    "which", "while", "who", "whom", "why", "will", "with", "within", "without", "would", "you",
    "your",
  ]

  /// The distinct terms of one title: lower-cased runs of letters and digits, at least three
  /// characters, not a stopword, not a pure number.
  ///
  /// - Complexity: O(length of the title).
  public static func terms(in title: String) -> Set<String> {
    asciiTerms(in: title) ?? unicodeTerms(in: title)
  }

  /// `terms(in:)` for any text, by Character properties.
  static func unicodeTerms(in title: String) -> Set<String> {
    var result = Set<String>()
    var word = ""
    func flush() {
      if word.count >= 3, !stopwords.contains(word), !word.allSatisfy(\.isNumber) {
        result.insert(word)
      }
      word = ""
    }
    for character in title.lowercased() {
      if character.isLetter || character.isNumber { word.append(character) } else { flush() }
    }
    flush()
    return result
  }

  /// `terms(in:)` for an all-ASCII title, on bytes (letters and digits are [a-z0-9] after
  /// lower-casing there); nil for any other title.
  static func asciiTerms(in title: String) -> Set<String>? {
    var result = Set<String>()
    var word: [UInt8] = []
    var allDigits = true
    func flush() {
      if word.count >= 3, !allDigits {
        let text = String(decoding: word, as: UTF8.self)
        if !stopwords.contains(text) { result.insert(text) }
      }
      word.removeAll(keepingCapacity: true)
      allDigits = true
    }
    for byte in title.utf8 {
      guard byte < 0x80 else { return nil }
      let lower = byte >= 0x41 && byte <= 0x5A ? byte + 0x20 : byte
      let isDigit = lower >= 0x30 && lower <= 0x39
      if isDigit || (lower >= 0x61 && lower <= 0x7A) {
        word.append(lower)
        allDigits = allDigits && isDigit
      } else {
        flush()
      }
    }
    flush()
    return result
  }

  /// The `limit` most frequent terms over `titles` (work id → title), each counted once per
  /// work; ties are broken alphabetically.
  ///
  /// - Complexity: O(total title length + T log T) for T distinct terms.
  public static func top(_ titles: [Int64: String], limit: Int = 5) -> [TermCount] {
    var counts: [String: Int] = [:]
    for title in titles.values {
      for term in terms(in: title) { counts[term, default: 0] += 1 }
    }
    return counts.map { TermCount(term: $0.key, count: $0.value) }
      .sorted { ($1.count, $0.term) < ($0.count, $1.term) }
      .prefix(max(limit, 0)).map { $0 }
  }
}
