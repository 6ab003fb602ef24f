import Foundation
import GraphTestSupport
import Testing

@testable import Graph

/// Reference resolution (issue 7): every path, unresolved references kept, incremental
/// re-checks, per-source shares.
@Suite struct ReferenceResolutionTests {
  @Test func everyResolutionPathIsUsedAndOneReferenceStaysUnresolved() throws {
    let store = try CitationCorpus.store()
    let counts = try store.referenceCounts()
    // W1: 2 (W2, W99), W3: 1, C1: 5, P1: 1
    #expect(counts.references == 9)
    #expect(counts.resolved == 6)
    #expect(counts.unresolved == 3)  // W99, 10.1/d (not yet), "Nobody X 1999"
    #expect(counts.resolvedBy == ["openalex": 2, "doi": 1, "key": 2, "pmid": 1])
    #expect(
      counts.bySource.map { "\($0.path) \($0.format) \($0.references) \($0.resolved)" } == [
        "works.jsonl openalex 3 2", "crossref.jsonl crossref 5 3", "pubmed.xml pubmed 1 1",
      ])
  }

  @Test func citationArcsFollowTheResolvedReferences() throws {
    let store = try CitationCorpus.store()
    let network = try store.citationNetwork()
    #expect(network.kind == .citation && network.isDirected)
    #expect(network.nodes.count == 5)
    func id(_ title: String) throws -> Int64 { try #require(CitationCorpus.id(title, in: network)) }
    let (w1, w2, w3) = (
      try id("Alpha paper on graphs"), try id("Beta study of citations in networks"),
      try id("Gamma methods for counting things")
    )
    let c1 = try id("Citing everything")
    let p1 = try id("Pubmed paper citing alpha.")
    let arcs = Set(network.edges.map { "\($0.source)>\($0.target)" })
    #expect(
      arcs == [
        "\(w1)>\(w2)", "\(w3)>\(w1)", "\(c1)>\(w1)", "\(c1)>\(w3)", "\(c1)>\(w2)", "\(p1)>\(w1)",
      ])
  }

  @Test func aLaterFileResolvesEarlierReferences() throws {
    let store = try CitationCorpus.store()
    _ = try store.ingest(data: Data(CitationCorpus.lateCrossref.utf8), name: "late.jsonl")
    let counts = try store.referenceCounts()
    #expect(counts.resolved == 7)
    #expect(counts.unresolved == 2)
    #expect(counts.resolvedBy["doi"] == 2)
    #expect(counts.bySource.first { $0.path == "crossref.jsonl" }?.resolved == 4)
  }

  @Test func replacingTheCitedFileUnresolvesThenResolvesAgain() throws {
    let store = try CitationCorpus.store()
    // A changed works file without W2: the references to W2 lose their work.
    let changed = CitationCorpus.openAlex.split(separator: "\n").enumerated()
      .filter { $0.offset != 1 }.map(\.element).joined(separator: "\n") + "\n"
    _ = try store.ingest(data: Data(changed.utf8), name: "works.jsonl")
    let counts = try store.referenceCounts()
    #expect(counts.references == 9)
    #expect(counts.resolved == 4)  // W1→W2 and C1's key reference to W2 are unresolved now
    #expect(try store.integrityCheck() == "ok")
    _ = try store.ingest(data: Data(CitationCorpus.openAlex.utf8), name: "works.jsonl")
    #expect(try store.referenceCounts().resolved == 6)
  }

  @Test func matchKeysFoldNamesAndSkipParticles() {
    #expect(CitationMatchKey.referenceBlock(firstAuthor: "van der Berg J", year: 2001, raw: nil) == "berg 2001")
    #expect(
      CitationMatchKey.referenceBlock(firstAuthor: nil, year: nil, raw: "[3] Müller K, 1999. Title")
        == "muller 1999")
    #expect(
      CitationMatchKey.workBlock(rawName: "Jan van der Berg", given: "Jan", family: "van der Berg", year: 2001)
        == "berg 2001")
    #expect(CitationMatchKey.titleWords("The Cat: sat on the mat, again and again") == "the cat sat on the mat")
    #expect(CitationMatchKey.text("x the cat sat on the mat y", contains: "the cat sat on the mat"))
    #expect(!CitationMatchKey.text("the cats sat on the mat", contains: "the cat sat"))
    #expect(CitationMatchKey.referenceBlock(firstAuthor: "Smith J", year: nil, raw: nil) == nil)
  }

  /// `leadingSurname` and `NameKey.fold` work piece by piece; they must give what the
  /// whole-string Unicode fold gives, on the real citation strings of a PubMed file and on
  /// awkward spacing and scripts.
  @Test func leadingSurnameEqualsTheWholeStringFold() throws {
    func wholeFold(_ text: String) -> String? {
      for word in NameKey.foldUnicode(text).split(separator: " ").prefix(8) {
        let token = String(word)
        if token.count < 2 || token.allSatisfy(\.isNumber)
          || CitationMatchKey.particles.contains(token)
        {
          continue
        }
        return token
      }
      return nil
    }
    var samples = [
      "", " ", "  1.  ", "[12]  van  der Berg J.", "1 2 3 4 5 6 7 8 Smith", "1 2 3 4 5 6 7 Smith",
      "Müller\u{00A0}K,", "O'Neil  A-B", "Ø. Øvergård 2001", "e\u{0301}tienne", " \u{0301}Zed", "ﬁsher R",
      "李 王 2019", "А. Иванов", "de la Cruz\tM\n1999", "12. St. John P",
    ]
    // Real strings from ../shared when it is there (the hand-made ones above always run).
    if let url = RepositoryPaths.shared("data/pubmed-medline-xml/pubmed20n0014.first5000.xml.gz") {
      let lines = LineReader(try ByteSource(path: url.path))
      while let line = try lines.next(), samples.count < 6000 {
        for tag in ["Citation", "Affiliation", "ArticleTitle"] {
          guard let open = line.range(of: "<\(tag)>"), let close = line.range(of: "</\(tag)>")
          else { continue }
          samples.append(String(line[open.upperBound..<close.lowerBound]))
        }
      }
      #expect(samples.count > 1000)
    }
    for sample in samples {
      #expect(CitationMatchKey.leadingSurname(sample) == wholeFold(sample), "\(sample)")
      // `fold` itself works piece by piece; the Unicode definition is the reference.
      #expect(NameKey.fold(sample) == NameKey.foldUnicode(sample), "\(sample)")
    }
  }

  @Test func ambiguousKeysStayUnresolved() throws {
    let store = try GraphStore()
    let twins = """
      {"reference-count": 0, "DOI": "10.2/a", "title": ["Same words here"], "issued": {"date-parts": [[2010]]}, "author": [{"given": "A", "family": "Twin"}]}
      {"reference-count": 0, "DOI": "10.2/b", "title": ["Same words here again"], "issued": {"date-parts": [[2010]]}, "author": [{"given": "B", "family": "Twin"}]}
      {"reference-count": 0, "DOI": "10.2/c", "title": ["Citer"], "issued": {"date-parts": [[2011]]}, "author": [{"given": "C", "family": "Other"}], "reference": [{"key": "1", "unstructured": "Twin A, 2010. Same words here again. J 1"}]}

      """
    _ = try store.ingest(data: Data(twins.utf8), name: "twins.jsonl")
    // "same words here" and "same words here again" both occur in the string: ambiguous.
    #expect(try store.referenceCounts().resolved == 0)
  }
}
