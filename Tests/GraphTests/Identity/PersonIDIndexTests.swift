import GraphTestSupport
import Testing

@testable import Graph

/// `PersonIDIndex` keys ORCIDs and OpenAlex author ids by number: it must answer exactly as
/// a dictionary of identifiers does, and no two ids may share a number.
@Suite struct PersonIDIndexTests {
  @Test func numbersAreTakenOnlyFromWellFormedIDs() {
    #expect(PersonIDIndex.numberKey(Identifier("openalex", "A5023888391")) == 5_023_888_391 * 4)
    #expect(PersonIDIndex.numberKey(Identifier("orcid", "0000-0000-0000-000X")) == 10 * 4 + 1)
    // A check symbol X is ten, not a digit shifted: "…0010" is eleven.
    #expect(PersonIDIndex.numberKey(Identifier("orcid", "0000-0000-0000-0010")) == 11 * 4 + 1)
    for text in ["A0123", "A", "W123", "A12x", "A123456789012345678", "a123"] {
      #expect(PersonIDIndex.numberKey(Identifier("openalex", text)) == nil, "\(text)")
    }
    for text in ["0000-0002-1825-009", "0000-0002-1825-00970", "0000 0002 1825 0097",
      "0000-0002-1825-X097", "0000-0002-1825-009x"]
    {
      #expect(PersonIDIndex.numberKey(Identifier("orcid", text)) == nil, "\(text)")
    }
    #expect(PersonIDIndex.numberKey(Identifier("scopus", "57190000000")) == nil)
    #expect(PersonIDIndex.isLinking("orcid") && PersonIDIndex.isLinking("dblp"))
    #expect(!PersonIDIndex.isLinking("doi") && !PersonIDIndex.isLinking("pmid-author"))
  }

  /// Seeded ids of every shape, many repeated, some sharing a value across schemes: the
  /// first position found for each equals a dictionary's, and numbered keys never collide.
  @Test func agreesWithADictionary() {
    var random = SplitMix64(seed: 11)
    func digits(_ count: Int) -> String {
      String((0..<count).map { _ in "0123456789".randomElement(using: &random)! })
    }
    var ids: [Identifier] = []
    for _ in 0..<20_000 {
      let value: Identifier
      switch Int.random(in: 0..<5, using: &random) {
      case 0:
        value = Identifier("openalex", "A" + String(Int.random(in: 1...3_000, using: &random)))
      case 1: value = Identifier("openalex", "A0" + digits(2))
      case 2:
        let check = Bool.random(using: &random) ? "X" : digits(1)
        value = Identifier("orcid", "0000-000\(digits(1))-\(digits(4))-\(digits(3))" + check)
      case 3: value = Identifier("scopus", digits(3))
      default: value = Identifier("dblp", "A" + String(Int.random(in: 1...3_000, using: &random)))
      }
      ids.append(value)
    }
    var index = PersonIDIndex()
    var model: [Identifier: Int] = [:]
    var owner: [Int: Identifier] = [:]
    for (position, id) in ids.enumerated() {
      let expected = model[id]
      if expected == nil { model[id] = position }
      #expect(index.first(id, else: position) == expected, "\(id)")
      if let key = PersonIDIndex.numberKey(id) {
        #expect(owner[key, default: id] == id, "\(id) shares \(key)")
        owner[key] = id
      }
    }
    #expect(model.count > 1_000 && model.count < ids.count)
  }
}
