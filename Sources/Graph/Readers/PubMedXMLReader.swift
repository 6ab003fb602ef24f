/// Reads PubMed/MEDLINE XML (`PubmedArticleSet` of `PubmedArticle`, as in the NLM baseline
/// and update files and efetch answers), streaming with libxml2's pull parser: one article in
/// memory at a time.
///
/// Per article: `PMID` (record key and id "pmid"), `ArticleTitle` (inline `<i>`, `<sup>` …
/// text kept; `VernacularTitle` when empty), `Journal/Title` (venue), `JournalIssue`
/// `Volume`, `Issue`, `PubDate/Year` or the year of `MedlineDate` (else `ArticleDate`),
/// `Pagination/MedlinePgn` (else `StartPage-EndPage`), the DOI from `ELocationID
/// EIdType="doi"` or `PubmedData/ArticleIdList`, `ArticleId IdType="pmc"` → "pmcid";
/// `Article/AuthorList/Author` in order (see `PubMedAuthorParser`), and
/// `PubmedData/ReferenceList/Reference` (`Citation` as raw text, `ArticleId` pubmed → "pmid",
/// doi → "doi", pmc → "pmcid").
///
/// `DeleteCitation` blocks of update files are not records and are passed over. An article
/// with neither PMID nor title is skipped with its start line. Malformed XML cannot be
/// resynchronised by a streaming parser: it ends the ingest with the file and line (one file
/// is one transaction, so nothing of it is stored). PMC full-text JATS (`.nxml`,
/// `<article>`) is a different format and is not recognised.
enum PubMedXMLReader: RecordReader {
  static func recognizes(prefix: String) -> Bool {
    prefix.contains("<PubmedArticleSet") || prefix.contains("<!DOCTYPE PubmedArticleSet")
      || prefix.contains("<PubmedArticle>")
  }

  static func read(_ input: RecordInput, into sink: RecordSink) throws(GraphError) {
    let xml = try XMLPullReader(source: input.bytes)
    while try xml.read() {
      guard xml.kind == .startElement, !xml.isEmptyElement, xml.localName == "PubmedArticle"
      else { continue }
      let line = xml.line
      var article = PubMedArticleParser(line: line)
      try article.read(xml)
      guard let record = article.record() else {
        try sink.skip(line: line, reason: "PubmedArticle without PMID or title")
        continue
      }
      try sink.emit(record)
    }
  }
}

/// Collects the fields of one `PubmedArticle`, walking only the containers that hold them
/// (other subtrees — abstracts, MeSH, history — are skipped unread).
struct PubMedArticleParser {
  /// Containers walked into; every other element not handled as a field is skipped.
  private static let containers: Set<String> = [
    "MedlineCitation", "Article", "Journal", "JournalIssue", "PubDate", "Pagination",
    "PubmedData", "ArticleIdList", "ReferenceList", "ArticleDate",
  ]

  private let line: Int
  private var pmid: String?
  private var title = ""
  private var vernacularTitle = ""
  private var venue: String?
  private var volume: String?
  private var issue: String?
  private var year: Int?
  private var articleDateYear: Int?
  private var pages: String?
  private var startPage: String?
  private var endPage: String?
  private var elocationDOI: String?
  private var articleIDs: [Identifier] = []
  private var authors: [ParsedAuthor] = []
  private var references: [ParsedReference] = []

  init(line: Int) { self.line = line }

  /// Reads from the `PubmedArticle` start element to its end.
  mutating func read(_ xml: XMLPullReader) throws(GraphError) {
    var path: [String] = []
    let recordDepth = xml.depth
    while try xml.read() {
      switch xml.kind {
      case .endElement:
        if xml.depth == recordDepth { return }
        if !path.isEmpty { path.removeLast() }
      case .startElement:
        try element(xml, parent: path.last ?? "PubmedArticle", path: &path)
      default:
        continue
      }
    }
  }

  private mutating func element(_ xml: XMLPullReader, parent: String, path: inout [String])
    throws(GraphError)
  {
    let name = xml.localName
    switch (parent, name) {
    case ("MedlineCitation", "PMID"):
      let text = try xml.readElementText()
      if pmid == nil, !text.isEmpty { pmid = text }
    case ("Article", "ArticleTitle"): title = try xml.readElementText()
    case ("Article", "VernacularTitle"): vernacularTitle = try xml.readElementText()
    case ("Journal", "Title"): venue = nonEmpty(try xml.readElementText())
    case ("JournalIssue", "Volume"): volume = nonEmpty(try xml.readElementText())
    case ("JournalIssue", "Issue"): issue = nonEmpty(try xml.readElementText())
    case ("PubDate", "Year"), ("PubDate", "MedlineDate"):
      let text = try xml.readElementText()
      if year == nil { year = Normalize.year(text) }
    case ("ArticleDate", "Year"): articleDateYear = Normalize.year(try xml.readElementText())
    case ("Pagination", "MedlinePgn"): pages = nonEmpty(try xml.readElementText())
    case ("Pagination", "StartPage"): startPage = nonEmpty(try xml.readElementText())
    case ("Pagination", "EndPage"): endPage = nonEmpty(try xml.readElementText())
    case ("Article", "ELocationID"):
      let type = xml.attribute("EIdType")
      let valid = xml.attribute("ValidYN") != "N"
      let text = try xml.readElementText()
      if type == "doi", valid, elocationDOI == nil { elocationDOI = Normalize.doi(text) }
    case ("ArticleIdList", "ArticleId") where path.dropLast().last == "PubmedData":
      let type = xml.attribute("IdType")
      if let id = PubMedIDs.identifier(type: type, text: try xml.readElementText()) {
        articleIDs.append(id)
      }
    case ("Article", "AuthorList"):
      if xml.attribute("Type") == "editors" {
        try xml.skipElement()
      } else if !xml.isEmptyElement {
        path.append(name)
      }
    case ("AuthorList", "Author"):
      if let author = try PubMedAuthorParser.read(xml) { authors.append(author) }
    case ("ReferenceList", "Reference"):
      references.append(try PubMedIDs.reference(xml))
    default:
      if Self.containers.contains(name) {
        if !xml.isEmptyElement { path.append(name) }
      } else {
        try xml.skipElement()
      }
    }
  }

  /// The record, or nil when the article has neither PMID nor title.
  func record() -> ParsedRecord? {
    let text = title.isEmpty ? vernacularTitle : title
    guard pmid != nil || !text.isEmpty else { return nil }
    var ids: [Identifier] = []
    if let pmid { ids.append(Identifier("pmid", pmid)) }
    let doi = elocationDOI ?? articleIDs.first { $0.scheme == "doi" }?.value
    for id in articleIDs where id.scheme != "doi" && id.scheme != "pmid" && !ids.contains(id) {
      ids.append(id)
    }
    var pageText = pages
    if pageText == nil, let startPage {
      pageText = endPage.map { "\(startPage)-\($0)" } ?? startPage
    }
    return ParsedRecord(
      recordKey: pmid, line: line, title: text, year: year ?? articleDateYear, doi: doi,
      ids: ids, venue: venue, volume: volume, issue: issue, pages: pageText, authors: authors,
      references: references)
  }

  private func nonEmpty(_ text: String) -> String? { text.isEmpty ? nil : text }
}
