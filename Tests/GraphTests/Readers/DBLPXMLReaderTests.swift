import Foundation
import GraphTestSupport
import Testing

@testable import Graph

/// DBLP XML: the shared excerpts, DTD entities without the DTD, homonym numbers, person pages.
@Suite struct DBLPXMLReaderTests {
  static let evelasquez = "data/dblp-xml-samples/evelasquez_dblp.xml"
  static let liopei = "data/dblp-xml-samples/liopei_dblp.xml"

  @Test(.enabled(if: ReaderTestSupport.has(evelasquez))) func evelasquezExcerpt() throws {
    #expect(try ReaderTestSupport.detected(Self.evelasquez) == .dblp)
    let s = try ReaderTestSupport.ingestShared(Self.evelasquez)
    // xmllint --loaddtd --noent --xpath
    //   'count(/dblp/*[@key][not(self::www and title="Home Page")])' evelasquez_dblp.xml → 15
    // (23 records with a key, 8 of them person pages: www titled "Home Page")
    #expect(s.recordsRead == 15)
    // … 'count(/dblp/*[@key][not(self::www and title="Home Page")]/author)' → 36
    #expect(s.mentions == 36)
    // … 'count(/dblp/*[@key]/cite[.!="..."])' → 0
    #expect(s.references == 0)
    #expect(s.skipped.isEmpty)
  }

  @Test(.enabled(if: ReaderTestSupport.has(liopei))) func liopeiExcerpt() throws {
    #expect(try ReaderTestSupport.detected(Self.liopei) == .dblp)
    let s = try ReaderTestSupport.ingestShared(Self.liopei)
    // xmllint … 'count(/dblp/*[@key][not(self::www and title="Home Page")])' liopei_dblp.xml → 10
    #expect(s.recordsRead == 10)
    // … '…/author)' → 15
    #expect(s.mentions == 15)
    #expect(s.references == 0)
    #expect(s.skipped.isEmpty)
  }

  @Test(.enabled(if: ReaderTestSupport.has(evelasquez))) func sharedEntitiesAndHomonyms() throws {
    let url = try #require(RepositoryPaths.shared(Self.evelasquez))
    var authors: [ParsedAuthor] = []
    var dois: [String] = []
    try ReaderRun.file(url.path, DBLPXMLReader.self) { record in
      authors += record.authors
      if let doi = record.doi { dois.append(doi) }
    }
    // grep -o '&[A-Za-z]*;' evelasquez_dblp.xml: &Ouml; &eacute; &oslash; &ouml; &uuml; — none
    // may survive as text.
    #expect(!authors.contains { $0.raw.contains("&") })
    #expect(authors.contains { $0.raw == "Michael Schwarz" && $0.ids == [Identifier("dblp", "Michael Schwarz 0001")] })
    #expect(!authors.contains { $0.raw.hasSuffix("0001") || $0.raw.hasSuffix("0002") })
  }

  static let sample = """
    <?xml version="1.0" encoding="ISO-8859-1"?>
    <!DOCTYPE dblp SYSTEM "dblp.dtd">
    <dblp>
    <article mdate="2020-01-01" key="journals/x/A20">
    <author orcid="0000-0002-1825-0097">J&uuml;rgen M&uuml;ller 0003</author>
    <author>Ren&eacute;e O&apos;Brien</author>
    <title>On <i>Things</i> &amp; T&eacute;chniques.</title>
    <pages>1-10</pages><year>2020</year><volume>4</volume><journal>J. X</journal><number>2</number>
    <ee>https://arxiv.org/abs/1</ee>
    <ee type="oa">https://doi.org/10.1000/XY.2</ee>
    <cite>journals/y/B19</cite><cite>...</cite>
    </article>
    <www mdate="2020-01-01" key="homepages/1/2">
    <author>J&uuml;rgen M&uuml;ller 0003</author>
    <title>Home Page</title>
    </www>
    <inproceedings key="conf/z/C21"><author>Ann Lee</author><booktitle>Conf Z</booktitle><year>2021</year></inproceedings>
    <proceedings key="conf/z/2021"><editor>Ed Itor</editor><title>Proc. Z</title><year>2021</year></proceedings>
    </dblp>
    """

  @Test func entitiesHomonymsOrcidsAndPersonPages() throws {
    let bytes = Array(Self.sample.utf8).map { $0 }  // ASCII only: valid ISO-8859-1 too
    let (records, skipped) = try ReaderRun.bytes(bytes, DBLPXMLReader.self)
    #expect(records.map(\.recordKey) == ["journals/x/A20", "conf/z/2021"])
    #expect(skipped == [SkippedRecord(line: 17, reason: "dblp record conf/z/C21 has no title")])
    let r = try #require(records.first)
    #expect(r.title == "On Things & Téchniques.")
    #expect(r.ids == [Identifier("dblp", "journals/x/A20")])
    #expect(r.year == 2020 && r.pages == "1-10" && r.volume == "4" && r.issue == "2")
    #expect(r.venue == "J. X" && r.doi == "10.1000/xy.2" && r.line == 4)
    #expect(r.authors.map(\.raw) == ["Jürgen Müller", "Renée O'Brien"])
    #expect(
      r.authors[0].ids == [
        Identifier("dblp", "Jürgen Müller 0003"), Identifier("orcid", "0000-0002-1825-0097"),
      ])
    #expect(r.authors[0].line == 5 && r.authors[1].line == 6)
    #expect(r.references == [ParsedReference(ids: [Identifier("dblp", "journals/y/B19")])])
    let proceedings = try #require(records.last)
    #expect(proceedings.authors.isEmpty && proceedings.title == "Proc. Z")
  }

  @Test func latin1BytesAndUnknownEntities() throws {
    // "Gödel" in ISO-8859-1 (0xF6), plus an entity no table knows.
    var bytes = Array("<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?>\n<!DOCTYPE dblp SYSTEM \"dblp.dtd\">\n<dblp><article key=\"k\"><author>G".utf8)
    bytes.append(0xF6)
    bytes += Array("del</author><title>T &zzzz; x</title></article></dblp>\n".utf8)
    let (records, _) = try ReaderRun.bytes(bytes, DBLPXMLReader.self)
    #expect(records.first?.authors.first?.raw == "Gödel")
    #expect(records.count == 1)
  }

  @Test func entityFilterHandlesReferencesCutByChunkBoundaries() {
    let filter = XMLEntityFilter(table: XMLEntityFilter.latin1)
    var out: [UInt8] = []
    out += filter.process(Array("M&u".utf8), atEnd: false)
    out += filter.process(Array("uml;ller &amp; &".utf8), atEnd: false)
    out += filter.process(Array("szlig; &Ouml".utf8), atEnd: false)
    out += filter.process([], atEnd: true)
    #expect(String(decoding: out, as: UTF8.self) == "M&#252;ller &amp; &#223; &Ouml")
  }

  @Test func homonymNumbers() {
    #expect(DBLPXMLReader.stripHomonymNumber("Wei Wang 0001") == "Wei Wang")
    #expect(DBLPXMLReader.stripHomonymNumber("Wei Wang") == "Wei Wang")
    #expect(DBLPXMLReader.stripHomonymNumber("Agent 007") == "Agent 007")
    #expect(DBLPXMLReader.stripHomonymNumber("2001") == "2001")
  }

  @Test func arbitraryBytesNeverCrash() throws {
    var rng = SplitMix64(seed: 3)
    let base = Array(Self.sample.utf8)
    for _ in 0..<200 {
      var bytes = base
      for _ in 0..<Int.random(in: 1...8, using: &rng) {
        bytes[Int.random(in: 0..<bytes.count, using: &rng)] = UInt8.random(in: 0...255, using: &rng)
      }
      _ = try? ReaderRun.bytes(bytes, DBLPXMLReader.self)
    }
  }
}
