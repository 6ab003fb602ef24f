/// Chooses the name an identity is shown under (PRODUCT.md §5 rule 5).
public enum DisplayName {
  /// The most complete, best-cased variant: mixed case beats ALL CAPS or all lower case,
  /// then more letters (full given names beat initials), then more non-ASCII letters (kept
  /// diacritics), then the lexicographically smallest for determinism. When every variant
  /// is in one case, the winner is title-cased ("LARA THURNHERR" → "Lara Thurnherr").
  /// Each distinct variant is ranked once (a cluster repeats the same spelling on most of
  /// its mentions): O(n) set lookups plus one rank per spelling; one spelling throughout
  /// (most identities) is neither ranked nor hashed.
  public static func best<C: Collection>(of variants: C) -> String? where C.Element == String {
    guard let first = variants.first else { return nil }
    if variants.allSatisfy({ $0 == first }) { return shown(first) }
    var seen: Set<String> = []
    var best: (name: String, rank: Rank)?
    for name in variants where seen.insert(name).inserted {
      let candidate = rank(name)
      if let current = best, !(current.rank < candidate) { continue }
      best = (name, candidate)
    }
    guard let best = best?.name else { return nil }
    return shown(best)
  }

  /// The winning variant as shown: title-cased when it is in one case.
  private static func shown(_ best: String) -> String {
    isSingleCase(best) ? titleCased(best) : best
  }

  struct Rank: Comparable {
    var mixedCase: Int
    var letters: Int
    var nonASCII: Int
    var reversed: [UInt8]
    static func < (a: Rank, b: Rank) -> Bool {
      (a.mixedCase, a.letters, a.nonASCII) < (b.mixedCase, b.letters, b.nonASCII)
        || ((a.mixedCase, a.letters, a.nonASCII) == (b.mixedCase, b.letters, b.nonASCII)
          && a.reversed.lexicographicallyPrecedes(b.reversed))
    }
  }

  /// The rank of `name`; ASCII names are ranked on bytes, equal to `rankUnicode` for them
  /// (`DisplayNameTests`).
  static func rank(_ name: String) -> Rank {
    var letters = 0
    for byte in name.utf8 {
      if byte >= 0x80 { return rankUnicode(name) }
      if (byte | 0x20) >= 0x61 && (byte | 0x20) <= 0x7A { letters += 1 }
    }
    return Rank(
      mixedCase: isSingleCase(name) ? 0 : 1, letters: letters, nonASCII: 0,
      reversed: name.utf8.map { 255 - $0 })
  }

  /// The rank of any name, on Characters.
  static func rankUnicode(_ name: String) -> Rank {
    Rank(
      mixedCase: isSingleCase(name) ? 0 : 1,
      letters: name.filter(\.isLetter).count,
      nonASCII: name.unicodeScalars.filter { !$0.isASCII }.count,
      // Larger rank wins, so invert bytes to prefer the lexicographically smallest name.
      reversed: name.utf8.map { 255 - $0 })
  }

  /// True when the name's letters are all upper case or all lower case (and it has some).
  /// ASCII names are checked on bytes (issue 8: the Character path was a third of storing
  /// identities); for them the two paths agree (`DisplayNameTests`).
  static func isSingleCase(_ name: String) -> Bool {
    var upper = false
    var lower = false
    for byte in name.utf8 {
      if byte >= 0x80 { return isSingleCaseUnicode(name) }
      if byte >= 0x41 && byte <= 0x5A { upper = true }
      if byte >= 0x61 && byte <= 0x7A { lower = true }
    }
    return (upper || lower) && !(upper && lower)
  }

  /// `isSingleCase` on Characters, for any name.
  static func isSingleCaseUnicode(_ name: String) -> Bool {
    let letters = name.filter(\.isLetter)
    return !letters.isEmpty
      && (letters.allSatisfy { !$0.isLowercase } || letters.allSatisfy { !$0.isUppercase })
  }

  private static func titleCased(_ name: String) -> String {
    var out = ""
    var startOfWord = true
    for character in name {
      out += startOfWord ? character.uppercased() : character.lowercased()
      startOfWord = !character.isLetter && character != "'" && character != "’"
    }
    return out
  }
}
