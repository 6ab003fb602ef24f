import Foundation
import GraphTestSupport
import Testing

@testable import Graph

/// PubMed/MEDLINE XML: the shared NLM files, field mapping, group authors, bad XML, JATS.
@Suite struct PubMedXMLReaderTests {
  static let single = "data/pubmed-medline-xml/pubmed-29768149.xml"
  static let first5000 = "data/pubmed-medline-xml/pubmed20n0014.first5000.xml.gz"
  static let half = "data/pubmed-medline-xml/pubmed21n1298.even-records.xml.gz"
  static let jats = "data/pubmed-medline-xml/mds526.nxml"

  @Test(.enabled(if: ReaderTestSupport.has(single))) func singleEfetchRecord() throws {
    #expect(try ReaderTestSupport.detected(Self.single) == .pubmed)
    let s = try ReaderTestSupport.ingestShared(Self.single)
    // grep -c '<PubmedArticle>' pubmed-29768149.xml → 1
    #expect(s.recordsRead == 1)
    // xmllint --xpath 'count(//PubmedArticle/MedlineCitation/Article/AuthorList/Author)' → 10
    #expect(s.mentions == 10)
    // xmllint --xpath 'count(//PubmedArticle/PubmedData//ReferenceList/Reference)' → 0
    #expect(s.references == 0)
    #expect(s.skipped.isEmpty)
  }

  @Test(.enabled(if: ReaderTestSupport.has(first5000))) func baselineSlice() throws {
    #expect(try ReaderTestSupport.detected(Self.first5000) == .pubmed)
    let s = try ReaderTestSupport.ingestShared(Self.first5000)
    // zcat pubmed20n0014.first5000.xml.gz | grep -c '<PubmedArticle>' → 5000
    #expect(s.recordsRead == 5000)
    // zcat … > x.xml; xmllint --xpath
    //   'count(//PubmedArticle/MedlineCitation/Article/AuthorList/Author)' x.xml → 13085
    // (every Author there has LastName or CollectiveName; PROVENANCE.md: 13,085 authors)
    #expect(s.mentions == 13085)
    // xmllint --xpath 'count(//PubmedArticle/PubmedData//ReferenceList/Reference)' x.xml → 7482
    #expect(s.references == 7482)
    #expect(s.skipped.isEmpty)
  }

  @Test(.enabled(if: ReaderTestSupport.has(half))) func updateFileEvenHalf() throws {
    #expect(try ReaderTestSupport.detected(Self.half) == .pubmed)
    let s = try ReaderTestSupport.ingestShared(Self.half)
    // zcat pubmed21n1298.even-records.xml.gz | grep -c '<PubmedArticle>' → 10394
    #expect(s.recordsRead == 10394)
    // xmllint --xpath 'count(//PubmedArticle/MedlineCitation/Article/AuthorList/Author)' → 67481
    // (161 of them CollectiveName group authors; all have LastName or CollectiveName)
    #expect(s.mentions == 67481)
    // xmllint --xpath 'count(//PubmedArticle/PubmedData//ReferenceList/Reference)' → 111454
    // (110856 direct children of ReferenceList + 598 in nested ReferenceLists)
    #expect(s.references == 111454)
    #expect(s.skipped.isEmpty)
  }

  @Test(.enabled(if: ReaderTestSupport.has(half))) func largeFileFieldsAndLineNumbers() throws {
    let url = try #require(RepositoryPaths.shared(Self.half))
    var orcids = 0
    var groups = 0
    var last: ParsedRecord?
    try ReaderRun.file(url.path, PubMedXMLReader.self) { record in
      orcids += record.authors.filter { $0.ids.contains { $0.scheme == "orcid" } }.count
      groups += record.authors.filter(\.isGroup).count
      last = record
    }
    // xmllint --xpath 'count(//Author/Identifier[@Source="ORCID"])' → 7460 (PROVENANCE: 7,460),
    // of which 3 have 15 digits only (xmllint --xpath '//Author/Identifier[@Source="ORCID"]/text()'
    // | grep -vcE '^(https?://orcid.org/)?[0-9]{4}-?[0-9]{4}-?[0-9]{4}-?[0-9]{3}[0-9Xx]$' → 3)
    // and are dropped as malformed: 7457.
    #expect(orcids == 7457)
    // xmllint --xpath 'count(//AuthorList/Author[CollectiveName])' → 161
    #expect(groups == 161)
    // zcat … | grep -n '<PubmedArticle>' | tail -1 → 2192092 (beyond 65,535: big line numbers)
    #expect(last?.line == 2_192_092)
  }

  static let sample = """
    <?xml version="1.0" ?>
    <!DOCTYPE PubmedArticleSet PUBLIC "-//NLM//DTD PubMedArticle, 1st January 2019//EN" "https://dtd.nlm.nih.gov/ncbi/pubmed/out/pubmed_190101.dtd">
    <PubmedArticleSet>
    <PubmedArticle>
      <MedlineCitation Status="MEDLINE" Owner="NLM">
        <PMID Version="1">111</PMID>
        <Article PubModel="Print">
          <Journal>
            <JournalIssue CitedMedium="Print">
              <Volume>12</Volume><Issue>3</Issue>
              <PubDate><MedlineDate>1998 Nov-Dec</MedlineDate></PubDate>
            </JournalIssue>
            <Title>Journal of Things</Title>
          </Journal>
          <ArticleTitle>Effects of <i>Escherichia coli</i> on H<sub>2</sub>O
            uptake.</ArticleTitle>
          <Pagination><MedlinePgn>100-9</MedlinePgn></Pagination>
          <ELocationID EIdType="doi" ValidYN="Y">10.1000/ABC.1</ELocationID>
          <AuthorList CompleteYN="Y">
            <Author ValidYN="Y">
              <LastName>Olteanu</LastName><ForeName>Alexandra R</ForeName><Initials>AR</Initials>
              <Identifier Source="ORCID">https://orcid.org/0000-0002-1825-009x</Identifier>
              <AffiliationInfo><Affiliation>Dept A, Univ X.</Affiliation></AffiliationInfo>
              <AffiliationInfo><Affiliation>Inst B.</Affiliation></AffiliationInfo>
            </Author>
            <Author ValidYN="Y"><CollectiveName>The ATLAS Collaboration</CollectiveName></Author>
            <Author ValidYN="Y">
              <LastName>Smith</LastName><Initials>J</Initials><Suffix>Jr</Suffix>
              <Identifier Source="ORCID">000000021825009X</Identifier>
            </Author>
          </AuthorList>
        </Article>
        <CommentsCorrectionsList>
          <CommentsCorrections RefType="Cites"><RefSource>x</RefSource><PMID>999</PMID></CommentsCorrections>
        </CommentsCorrectionsList>
      </MedlineCitation>
      <PubmedData>
        <ArticleIdList>
          <ArticleId IdType="pubmed">111</ArticleId>
          <ArticleId IdType="pmc">PMC42</ArticleId>
          <ArticleId IdType="doi">10.1000/other</ArticleId>
        </ArticleIdList>
        <ReferenceList>
          <Reference><Citation>Doe J. A cited work. Nature. 2001;1:2.</Citation>
            <ArticleIdList><ArticleId IdType="pubmed">222</ArticleId><ArticleId IdType="doi">10.1/XY</ArticleId></ArticleIdList>
          </Reference>
          <Reference><Citation>Unlinked citation.</Citation></Reference>
        </ReferenceList>
      </PubmedData>
    </PubmedArticle>
    <PubmedArticle>
      <MedlineCitation><Article><Journal/><AuthorList/></Article></MedlineCitation>
    </PubmedArticle>
    <PubmedArticle>
      <MedlineCitation><PMID>333</PMID><Article><ArticleTitle>Second</ArticleTitle>
      <ArticleDate><Year>2020</Year></ArticleDate></Article></MedlineCitation>
    </PubmedArticle>
    <DeleteCitation><PMID>444</PMID></DeleteCitation>
    </PubmedArticleSet>
    """

  @Test func fieldsAuthorsAndReferences() throws {
    let (records, skipped) = try ReaderTestSupport.read(PubMedXMLReader.self, Self.sample)
    #expect(records.count == 2)
    #expect(skipped == [SkippedRecord(line: 51, reason: "PubmedArticle without PMID or title")])
    let r = try #require(records.first)
    #expect(r.recordKey == "111" && r.line == 4)
    #expect(r.title == "Effects of Escherichia coli on H2O uptake.")
    #expect(r.year == 1998 && r.volume == "12" && r.issue == "3" && r.pages == "100-9")
    #expect(r.venue == "Journal of Things")
    #expect(r.doi == "10.1000/abc.1")  // ELocationID wins over ArticleIdList
    #expect(r.ids == [Identifier("pmid", "111"), Identifier("pmcid", "PMC42")])
    #expect(r.authors.map(\.raw) == ["Alexandra R Olteanu", "The ATLAS Collaboration", "J Smith Jr"])
    #expect(r.authors.map(\.isGroup) == [false, true, false])
    #expect(r.authors[0].given == "Alexandra R" && r.authors[0].family == "Olteanu")
    #expect(r.authors[0].ids == [Identifier("orcid", "0000-0002-1825-009X")])
    #expect(r.authors[2].ids == [Identifier("orcid", "0000-0002-1825-009X")])
    #expect(r.authors[0].affiliations == ["Dept A, Univ X.", "Inst B."])
    #expect(r.authors[2].given == "J")
    #expect(r.references.count == 2)
    #expect(r.references[0].raw == "Doe J. A cited work. Nature. 2001;1:2.")
    #expect(r.references[0].ids == [Identifier("pmid", "222"), Identifier("doi", "10.1/xy")])
    #expect(r.references[1].ids.isEmpty)
    let second = try #require(records.last)
    #expect(second.recordKey == "333" && second.year == 2020 && second.authors.isEmpty)
  }

  @Test func strictMakesTheRecordWithoutPMIDOrTitleFatal() throws {
    #expect(
      throws: GraphError.badInput(
        file: "inline", line: 51, reason: "PubmedArticle without PMID or title")
    ) {
      _ = try ReaderTestSupport.read(PubMedXMLReader.self, Self.sample, strict: true)
    }
  }

  @Test func malformedXMLEndsTheIngestWithItsLineAndStoresNothing() throws {
    let broken = """
      <?xml version="1.0"?>
      <PubmedArticleSet>
      <PubmedArticle><MedlineCitation><PMID>1</PMID><Article><ArticleTitle>Fine</ArticleTitle></Article></MedlineCitation></PubmedArticle>
      <PubmedArticle><MedlineCitation><PMID>2</PMID><Article><ArticleTitle>Broken</Title>
      </Article></MedlineCitation></PubmedArticle>
      </PubmedArticleSet>
      """
    let store = try GraphStore()
    do {
      _ = try store.ingest(data: Data(broken.utf8), name: "bad.xml")
      Issue.record("malformed XML was accepted")
    } catch {
      guard case .badInput(let file, let line, let reason) = error else {
        Issue.record("unexpected error \(error)")
        return
      }
      #expect(file == "bad.xml")
      #expect(line == 4)
      #expect(reason.hasPrefix("malformed XML"))
    }
    #expect(try store.counts().works == 0)
    #expect(try store.counts().sources == 0)
  }

  @Test func gzipInputAndExternalDTDIsNeverFetched() throws {
    // The DOCTYPE names an https DTD: the parser must not load it (XML_PARSE_NONET, no
    // DTDLOAD) and must still read the records.
    let (records, _) = try ReaderTestSupport.read(PubMedXMLReader.self, Self.sample)
    #expect(records.count == 2)
    let gzip = try #require(Data(base64Encoded: Self.gzippedMinimal))
    let store = try GraphStore()
    let summary = try store.ingest(data: gzip, name: "min.xml.gz")
    #expect(summary.format == "pubmed" && summary.recordsRead == 1 && summary.mentions == 1)
  }

  /// `printf '<PubmedArticleSet><PubmedArticle><MedlineCitation><PMID>7</PMID><Article>`
  /// `<ArticleTitle>T</ArticleTitle><AuthorList><Author><LastName>Lee</LastName></Author>`
  /// `</AuthorList></Article></MedlineCitation></PubmedArticle></PubmedArticleSet>' | gzip -n | base64 -w0`
  static let gzippedMinimal =
    "H4sIAAAAAAAAA2VPSwqFQAw7UpduQkF0I4wi6AVGLVjwA1rv7yA6PJ+rJm1CUtRHN8uQbqb9JI0Y47VhlDJMukim5k3XJdzLIucEdE1E3Q1atcBa0IsjPWxcN6e7PZjh/G6Vn4WdCCiyYL0F9OuimESfSvTXmT5fncFG3LPoAAAA"

  @Test(.enabled(if: ReaderTestSupport.has(jats))) func pmcJATSIsRefusedNamingTheFormatsTried() throws {
    // The .nxml files are PMC JATS full text (<article>), not PubmedArticleSet: not supported.
    do {
      _ = try ReaderTestSupport.detected(Self.jats)
      Issue.record("JATS was detected as a known format")
    } catch {
      guard case .badInput(_, nil, let reason)? = error as? GraphError else {
        Issue.record("unexpected error \(error)")
        return
      }
      #expect(reason.hasPrefix("not in a known format (tried: "))
      #expect(reason.contains("pubmed"))
    }
  }

  @Test func arbitraryBytesNeverCrash() throws {
    var rng = SplitMix64(seed: 7)
    let base = Array(Self.sample.utf8)
    for _ in 0..<200 {
      var bytes = base
      for _ in 0..<Int.random(in: 1...8, using: &rng) {
        let at = Int.random(in: 0..<bytes.count, using: &rng)
        bytes[at] = UInt8.random(in: 0...255, using: &rng)
      }
      if Bool.random(using: &rng) { bytes = Array(bytes.prefix(Int.random(in: 0..<bytes.count, using: &rng))) }
      _ = try? ReaderRun.bytes(bytes, PubMedXMLReader.self)
    }
  }
}

/// Runs a reader over bytes or a file without a store (fast reader-level checks).
enum ReaderRun {
  /// Every record of `path`, passed to `body`; returns the skips.
  @discardableResult
  static func file(
    _ path: String, _ reader: any RecordReader.Type, strict: Bool = false,
    _ body: @escaping (ParsedRecord) -> Void
  ) throws -> [SkippedRecord] {
    try run(try ByteSource(path: path), reader, strict: strict, body)
  }

  /// The records and skips of `bytes`.
  static func bytes(_ bytes: [UInt8], _ reader: any RecordReader.Type, strict: Bool = false)
    throws -> (records: [ParsedRecord], skipped: [SkippedRecord])
  {
    var records: [ParsedRecord] = []
    let skipped = try run(
      try ByteSource(data: Data(bytes), name: "inline"), reader, strict: strict
    ) { records.append($0) }
    return (records, skipped)
  }

  private static func run(
    _ source: ByteSource, _ reader: any RecordReader.Type, strict: Bool,
    _ body: @escaping (ParsedRecord) -> Void
  ) throws -> [SkippedRecord] {
    let input = RecordInput(source: source)
    let sink = RecordSink(name: source.name, strict: strict) { body($0) }
    try reader.read(input, into: sink)
    return sink.skipped
  }
}
