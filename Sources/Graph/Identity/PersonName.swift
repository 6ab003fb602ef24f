/// A person as a name key plus an optional ORCID, for deciding "same person on the same work".
struct PersonName {
  /// `NameKey.person` of the name: "given … family".
  var key: String
  /// ORCID, when the source gave one.
  var orcid: String?

  /// The surname key (last word of the folded name, or of the family field).
  static func surname(of author: ParsedAuthor) -> String? {
    if let family = author.family {
      return NameKey.fold(family).split(separator: " ").last.map(String.init)
    }
    return NameKey.person(author.raw).split(separator: " ").last.map(String.init)
  }

  /// True when both name the same person on one work: equal ORCIDs; or no conflicting ORCIDs,
  /// the same surname and compatible given names ("a r" ~ "alexandra", "euan a" ~ "euan").
  func isSamePerson(as other: PersonName) -> Bool {
    if let a = orcid, let b = other.orcid { return a == b }
    let mine = key.split(separator: " ")
    let theirs = other.key.split(separator: " ")
    guard let surname = mine.last, surname == theirs.last else { return false }
    return Self.givenNamesCompatible(Array(mine.dropLast()), Array(theirs.dropLast()))
  }

  /// Given-name tokens agree: each aligned pair is equal, or one is the other's initial.
  /// A missing middle name is allowed; different first initials are not.
  static func givenNamesCompatible(_ a: [Substring], _ b: [Substring]) -> Bool {
    guard let firstA = a.first, let firstB = b.first else { return true }
    guard tokensCompatible(firstA, firstB) else { return false }
    for (x, y) in zip(a.dropFirst(), b.dropFirst()) where !tokensCompatible(x, y) { return false }
    return true
  }

  private static func tokensCompatible(_ x: Substring, _ y: Substring) -> Bool {
    if x == y { return true }
    if x.count == 1 || y.count == 1 { return x.first == y.first }
    return false
  }
}
