/// The fields of one PubMed `Author` as they are read: `LastName`, `ForeName` (else
/// `Initials`), `Suffix`, `CollectiveName` (a group author), ORCIDs from `Identifier
/// Source="ORCID"` (normalized), and every `AffiliationInfo/Affiliation`.
///
/// The raw name is written "ForeName LastName Suffix" (PubMed XML prints no single name
/// string); given = ForeName (or Initials), family = LastName.
struct PubMedAuthorFields {
  let line: Int
  var last: String?
  var fore: String?
  var initials: String?
  var suffix: String?
  var collective: String?
  var ids: [Identifier] = []
  var affiliations: [String] = []

  init(line: Int) { self.line = line }

  /// The author, or nil when it has no name.
  func parsed() -> ParsedAuthor? {
    if let last {
      let given = fore ?? initials
      let raw = [given, last, suffix].compactMap { $0 }.joined(separator: " ")
      return ParsedAuthor(
        raw: raw, line: line, given: given, family: last, ids: ids, affiliations: affiliations)
    }
    if let collective {
      return ParsedAuthor(
        raw: collective, line: line, isGroup: true, ids: ids, affiliations: affiliations)
    }
    return nil
  }
}

/// The fields of one `PubmedArticle` as they are read (see `PubMedXMLReader` for which).
struct PubMedArticleFields {
  let line: Int
  var pmid: String?
  var title = ""
  var vernacularTitle = ""
  var venue: String?
  var volume: String?
  var issue: String?
  var year: Int?
  var articleDateYear: Int?
  var pages: String?
  var startPage: String?
  var endPage: String?
  var elocationDOI: String?
  var articleIDs: [Identifier] = []
  var authors: [ParsedAuthor] = []
  var references: [ParsedReference] = []

  init(line: Int) { self.line = line }

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
}

/// PubMed article ids.
enum PubMedIDs {
  /// An `ArticleId` as an identifier: doi → "doi", pubmed → "pmid", pmc → "pmcid".
  static func identifier(type: String?, text: String) -> Identifier? {
    guard !text.isEmpty else { return nil }
    switch type?.lowercased() {
    case "doi": return Normalize.doi(text).map { Identifier("doi", $0) }
    case "pubmed": return Identifier("pmid", text)
    case "pmc": return Identifier("pmcid", text.uppercased())
    default: return nil
    }
  }
}
