/// Splits personal names as printed by bibliographic formats into given and family parts.
///
/// Three shapes occur: inverted ("Last, First", "von Last, Jr, First"), display order
/// ("First von Last"), and the Scopus/MEDLINE short form with trailing initials
/// ("Phillips J.C.", "Gadzalski M"). Name suffixes (Jr, Sr, II, III, IV) are dropped from
/// given/family (they stay in the raw name).
enum NameSplitter {
  /// Given and family parts of one name; either may be nil when absent.
  struct Split: Equatable {
    var given: String?
    var family: String?
  }

  /// Words that start the family name in display order ("Ludwig van Beethoven").
  static let particles: Set<String> = [
    "van", "von", "de", "der", "den", "da", "di", "du", "del", "della", "la", "le", "dos",
    "das", "ter", "ten", "zu", "zum", "vom", "op", "af", "av", "bin", "ibn", "al", "el",
  ]

  /// Generational suffixes dropped from the split parts.
  static let suffixes: Set<String> = ["jr", "jr.", "sr", "sr.", "ii", "iii", "iv", "v", "2nd", "3rd"]

  /// "Last, First" (or "Last, Jr, First", "Last, First, Jr"): family before the first comma.
  /// Without a comma the name is split in display order.
  static func inverted(_ name: String) -> Split {
    let parts = name.split(separator: ",", omittingEmptySubsequences: false).map {
      String($0).trimmed()
    }
    guard parts.count >= 2 else { return displayOrder(name) }
    let family = parts[0]
    var rest = Array(parts.dropFirst()).filter { !$0.isEmpty }
    rest.removeAll { suffixes.contains($0.lowercased()) }
    let given = rest.joined(separator: " ")
    return Split(given: given.isEmpty ? nil : given, family: family.isEmpty ? nil : family)
  }

  /// "First von Last": the family name is the last word plus any lower-case particles
  /// before it; a single word is a family name alone.
  static func displayOrder(_ name: String) -> Split {
    var words = name.split(whereSeparator: { $0 == " " || $0 == "\t" || $0 == "\n" }).map(
      String.init)
    while let last = words.last, words.count > 1, suffixes.contains(last.lowercased()) {
      words.removeLast()
    }
    if let last = words.last, last.hasSuffix(","), words.count > 1 {
      words[words.count - 1] = String(last.dropLast())
    }
    guard let lastWord = words.last else { return Split() }
    if words.count == 1 { return Split(given: nil, family: lastWord) }
    var familyStart = words.count - 1
    while familyStart > 1, isParticle(words[familyStart - 1]) { familyStart -= 1 }
    // A lower-case word right after the first given name also starts the family ("Jean de la Fontaine").
    var index = 1
    while index < familyStart {
      if isParticle(words[index]) {
        familyStart = index
        break
      }
      index += 1
    }
    let given = words[..<familyStart].joined(separator: " ")
    let family = words[familyStart...].joined(separator: " ")
    return Split(given: given.isEmpty ? nil : given, family: family)
  }

  /// "Phillips J.C.", "Siu K.-C.", "Gadzalski M", "Van Der Berg J.": trailing words made of
  /// initials are the given part. Falls back to display order when no word looks like initials.
  static func initialsLast(_ name: String) -> Split {
    let words = name.split(separator: " ").map(String.init)
    guard words.count >= 2 else { return Split(given: nil, family: words.first) }
    var cut = words.count
    while cut > 1, isInitials(words[cut - 1]) { cut -= 1 }
    guard cut < words.count else { return displayOrder(name) }
    return Split(
      given: words[cut...].joined(separator: " "), family: words[..<cut].joined(separator: " "))
  }

  /// Word of initials: "J.C.", "K.-C.", "M", "JA", "A.R." (upper-case letters, dots, hyphens;
  /// at most three letters when no dot is present).
  static func isInitials(_ word: String) -> Bool {
    let letters = word.filter(\.isLetter)
    guard !letters.isEmpty, letters.allSatisfy(\.isUppercase) else { return false }
    guard word.allSatisfy({ $0.isLetter || $0 == "." || $0 == "-" }) else { return false }
    return word.contains(".") ? true : letters.count <= 3
  }

  /// True for lower-case particles such as "van", "de", "von".
  static func isParticle(_ word: String) -> Bool {
    guard let first = word.first, first.isLowercase else { return false }
    return particles.contains(word.lowercased()) || word.count <= 3
  }
}

extension String {
  /// The string without leading and trailing whitespace (spaces, tabs, newlines).
  func trimmed() -> String {
    var s = self[...]
    while let f = s.first, f.isWhitespace { s = s.dropFirst() }
    while let l = s.last, l.isWhitespace { s = s.dropLast() }
    return String(s)
  }

  /// Nil when the trimmed string is empty, else the trimmed string.
  var nonEmpty: String? {
    let t = trimmed()
    return t.isEmpty ? nil : t
  }

  /// Runs of whitespace collapsed to one space, trimmed.
  func collapsingSpaces() -> String {
    split(whereSeparator: \.isWhitespace).joined(separator: " ")
  }
}
