/// Evidence that two mentions with compatible names are one person (PRODUCT.md §5 rule 3):
/// a shared coauthor, similar affiliations, or the same venue.
enum Corroboration {
  /// Affiliation word overlap (Jaccard) at or above which two mentions corroborate. Measured
  /// on ORCID-bearing PubMed mentions: same-person pairs 200/206 ≥ 0.2, homonym pairs 1/33.
  static let affiliationThreshold = 0.2

  /// Words too common in affiliations to mean anything.
  static let stopWords: Set<String> = [
    "of", "the", "and", "for", "in", "de", "la", "du", "des", "der", "und", "di", "department",
    "dept", "university", "universidad", "universite", "universitat", "universita",
    "hospital", "school", "institute", "institut", "instituto", "center", "centre", "college",
    "medical", "medicine", "faculty", "laboratory", "lab", "key", "state", "national",
    "research", "science", "sciences", "email", "mail", "electronic", "address", "road", "street",
  ]

  /// Content words of an affiliation: folded, 3+ letters, not a stop word, not a number.
  /// - Complexity: O(n); an ASCII fold (most affiliations) is split at its space bytes
  ///   (`NameKey.words`) and measured in bytes, not characters (about a quarter of the
  ///   identity clustering of the PubMed half file went to this function before).
  static func words(of affiliation: String) -> Set<String> {
    let folded = NameKey.fold(affiliation)
    let ascii = folded.utf8.allSatisfy { $0 < 0x80 }  // a byte is a character, a digit a number
    var out = Set<String>()
    for word in NameKey.words(of: folded) where (ascii ? word.utf8.count : word.count) > 2 {
      let number =
        ascii
        ? word.utf8.allSatisfy { $0 >= UInt8(ascii: "0") && $0 <= UInt8(ascii: "9") }
        : word.allSatisfy(\.isNumber)
      let text = String(word)
      if !number && !stopWords.contains(text) { out.insert(text) }
    }
    return out
  }

  /// The strongest corroboration between two mentions, as (evidence text, score), or nil.
  /// - Complexity: O(min(|a|, |b|)) set probes; allocates only when corroboration is found
  ///   (most pairs in a block have none, and this runs for every pair).
  static func between(_ a: MentionEvidence, _ b: MentionEvidence) -> (String, Double)? {
    if !a.coauthors.isEmpty, !b.coauthors.isEmpty, !a.coauthors.isDisjoint(with: b.coauthors) {
      let shared = a.coauthors.intersection(b.coauthors)
      let coauthor = shared.min() ?? ""
      return ("shared coauthor \(coauthor)" + (shared.count > 1 ? " (+\(shared.count - 1))" : ""), 0.9)
    }
    if !a.affiliationWords.isEmpty, !b.affiliationWords.isEmpty,
      !a.affiliationWords.isDisjoint(with: b.affiliationWords),
      let similarity = affiliationSimilarity(a, b), similarity >= affiliationThreshold
    {
      let common = a.affiliationWords.intersection(b.affiliationWords).sorted().prefix(4)
      return (
        "affiliation overlap \(String(format: "%.2f", similarity)) (\(common.joined(separator: ", ")))",
        0.7 + 0.2 * similarity
      )
    }
    if let venue = a.venue, !venue.isEmpty, venue == b.venue {
      return ("same venue \(venue)", 0.75)
    }
    return nil
  }

  /// Jaccard similarity of affiliation words, nil when either side has none.
  static func affiliationSimilarity(_ a: MentionEvidence, _ b: MentionEvidence) -> Double? {
    guard !a.affiliationWords.isEmpty, !b.affiliationWords.isEmpty else { return nil }
    let union = a.affiliationWords.union(b.affiliationWords).count
    return Double(a.affiliationWords.intersection(b.affiliationWords).count) / Double(union)
  }
}
