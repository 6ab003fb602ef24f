import Testing

@testable import Graph

/// `SessionWorkIndex`: numeric keys for PMIDs and OpenAlex work ids must never let two
/// different identifiers find each other's work.
@Suite struct SessionWorkIndexTests {
  @Test func numericKeysSeparateSchemesAndRefuseAmbiguousTexts() {
    #expect(SessionWorkIndex.numberKey(scheme: "pmid", value: "123") == 246)
    #expect(SessionWorkIndex.numberKey(scheme: "openalex", value: "W123") == 247)
    for (scheme, value) in [
      ("pmid", "0123"), ("pmid", "12a"), ("pmid", ""), ("openalex", "W"), ("openalex", "W0"),
      ("openalex", "A123"), ("openalex", "123"), ("pmid", "123456789012345678"), ("doi", "10.1/2"),
    ] {
      #expect(SessionWorkIndex.numberKey(scheme: scheme, value: value) == nil, "\(scheme) \(value)")
    }
  }

  @Test func theFirstWorkOfAnIdentifierIsKeptAndNoOtherIdentifierFindsIt() {
    var index = SessionWorkIndex()
    index.noteFirst(scheme: "pmid", value: "123", work: 1)
    index.noteFirst(scheme: "pmid", value: "123", work: 2)  // a later work: ignored
    index.noteFirst(scheme: "openalex", value: "W123", work: 3)
    index.noteFirst(scheme: "pmid", value: "0123", work: 4)
    index.noteFirst(scheme: "doi", value: "10.1/x", work: 5)
    #expect(index.work(scheme: "pmid", value: "123") == 1)
    #expect(index.work(scheme: "openalex", value: "W123") == 3)
    #expect(index.work(scheme: "pmid", value: "0123") == 4)
    #expect(index.work(scheme: "doi", value: "10.1/x") == 5)
    #expect(index.work(scheme: "openalex", value: "W124") == nil)
    #expect(index.work(scheme: "doi", value: "123") == nil)
    #expect(index.work(scheme: "pmid", value: "W123") == nil)
  }
}

/// `IntegerTable` answers as a `Dictionary` keeping the first value of each key does, through
/// growth from its smallest size, for keys that collide in its low and high bits.
@Suite struct IntegerTableTests {
  @Test func agreesWithADictionaryModel() {
    var table = IntegerTable(capacity: 1)
    var model: [Int: Int64] = [:]
    var generator = SystemRandomNumberGenerator()
    let patterned = (0..<2_000).flatMap { [$0, $0 << 32, $0 << 50, Int.max - $0] }
    let random = (0..<20_000).map { _ in Int.random(in: 0...Int.max, using: &generator) }
    for (n, key) in (patterned + random + patterned).enumerated() {
      let stored = table.insertIfAbsent(key, Int64(n))
      #expect(stored == (model[key] == nil))
      if model[key] == nil { model[key] = Int64(n) }
    }
    #expect(table.count == model.count)
    for (key, value) in model { #expect(table[key] == value) }
    for probe in [1 << 40, 3 << 33, Int.max - 5_000] where model[probe] == nil {
      #expect(table[probe] == nil)
    }
    #expect(IntegerTable()[0] == nil)
    #expect(table[-1] == nil)  // -1 marks an empty slot: never a stored key
  }
}
