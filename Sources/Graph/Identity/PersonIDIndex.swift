/// The first mention position noted under each linking person id (ORCID, OpenAlex author,
/// Scopus, DBLP): the id-linking rule of `IdentityClustering` and the evidence scope of
/// `IdentityEvidenceLoader.evidenceNeeded` look up every id of every mention.
///
/// At a million works every mention carries an OpenAlex author id, and hashing three million
/// `Identifier`s (two strings each) in a `Dictionary`, twice, was about 3.5 s of the
/// identity clustering. OpenAlex author ids (`A` and digits) and ORCIDs are keyed by their
/// number in an `IntegerTable`, like `SessionWorkIndex` keys works; other values by text.
struct PersonIDIndex {
  private var numbered = IntegerTable()
  private var texts: [Identifier: Int] = [:]

  /// True for the person id schemes that make two mentions one person (rule 1 of
  /// `IdentityClustering`), compared without hashing the scheme.
  static func isLinking(_ scheme: String) -> Bool {
    switch scheme {
    case "orcid", "openalex", "scopus", "dblp": true
    default: false
    }
  }

  /// The position first noted under `id`; when there is none, notes `position` and returns
  /// nil.
  mutating func first(_ id: Identifier, else position: Int) -> Int? {
    if let key = Self.numberKey(id) {
      if let first = numbered[key] { return Int(first) }
      numbered.insertIfAbsent(key, Int64(position))
      return nil
    }
    if let first = texts[id] { return first }
    texts[id] = position
    return nil
  }

  /// A number that no other id shares: an OpenAlex author id's digits times four, or an
  /// ORCID's sixteen symbols (digits, a final X as ten) read in base 11, times four, plus
  /// one; nil for other schemes and other shapes (leading zeros, more than 17 digits, a
  /// malformed ORCID).
  static func numberKey(_ id: Identifier) -> Int? {
    switch id.scheme {
    case "openalex":
      let digits = id.value.utf8[...]
      guard digits.first == UInt8(ascii: "A"),
        let number = SessionWorkIndex.decimalNumber(digits.dropFirst())
      else { return nil }
      return number * 4
    case "orcid":
      guard id.value.utf8.count == 19 else { return nil }
      var number = 0
      for (index, byte) in id.value.utf8.enumerated() {
        if index % 5 == 4 {
          guard byte == UInt8(ascii: "-") else { return nil }
          continue
        }
        let symbol: Int
        if byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9") {
          symbol = Int(byte - UInt8(ascii: "0"))
        } else if byte == UInt8(ascii: "X") && index == 18 {
          symbol = 10
        } else {
          return nil
        }
        number = number * 11 + symbol
      }
      return number * 4 + 1
    default:
      return nil
    }
  }
}
