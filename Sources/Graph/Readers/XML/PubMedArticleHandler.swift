/// Turns the SAX events of a PubMed file into records, one `PubmedArticle` at a time.
///
/// Inside an article only the containers that hold wanted fields are walked (`containers`);
/// any other subtree (abstracts, MeSH headings, chemicals, history) is passed over by
/// counting its depth. A field's text is every text run inside it, inline markup (`<i>`,
/// `<sup>`) dropped but its text kept, whitespace runs collapsed (`TextCollector`).
final class PubMedArticleHandler: XMLPushHandler {
  /// The element names told apart (their positions are the codes `XMLPushParser` sends).
  enum Name: String, CaseIterable {
    case pubmedArticle = "PubmedArticle", medlineCitation = "MedlineCitation"
    case article = "Article", journal = "Journal", journalIssue = "JournalIssue"
    case pubDate = "PubDate", pagination = "Pagination", pubmedData = "PubmedData"
    case articleIdList = "ArticleIdList", referenceList = "ReferenceList"
    case articleDate = "ArticleDate", pmid = "PMID", articleTitle = "ArticleTitle"
    case vernacularTitle = "VernacularTitle", title = "Title", volume = "Volume"
    case issue = "Issue", year = "Year", medlineDate = "MedlineDate"
    case medlinePgn = "MedlinePgn", startPage = "StartPage", endPage = "EndPage"
    case elocationID = "ELocationID", articleId = "ArticleId", authorList = "AuthorList"
    case author = "Author", reference = "Reference", lastName = "LastName"
    case foreName = "ForeName", initials = "Initials", suffix = "Suffix"
    case collectiveName = "CollectiveName", identifier = "Identifier"
    case affiliationInfo = "AffiliationInfo", affiliation = "Affiliation"
    case citation = "Citation"

    static let byPosition = Array(allCases)
  }

  /// Containers walked into; every other element not handled as a field is passed over.
  private static let containers: Set<Name> = [
    .medlineCitation, .article, .journal, .journalIssue, .pubDate, .pagination, .pubmedData,
    .articleIdList, .referenceList, .articleDate,
  ]

  /// Where a field's text goes when its element ends.
  private enum Field {
    case pmid, title, vernacularTitle, venue, volume, issue, pubDateYear, articleDateYear
    case pages, startPage, endPage
    case elocation(type: String?, valid: Bool)
    case articleID(type: String?)
    case lastName, foreName, initials, suffix, collectiveName, affiliation
    case authorIdentifier(source: String?)
    case citation
    case referenceID(type: String?)
  }

  /// What the walked elements belong to.
  private enum Scope {
    case article, author, reference
  }

  let elementNames = Name.byPosition.map(\.rawValue)
  private let sink: RecordSink
  private var article: PubMedArticleFields?
  /// The walked elements, the article first.
  private var path: [Name] = []
  /// Depth of the passed-over subtree being skipped (0: none).
  private var skipDepth = 0
  /// The field being collected and the depth of markup inside it.
  private var field: Field?
  private var fieldDepth = 0
  private var collector = TextCollector()
  private var scope = Scope.article
  private var author = PubMedAuthorFields(line: 0)
  private var reference = ParsedReference()

  init(sink: RecordSink) { self.sink = sink }

  func start(_ element: Int?, attributes: XMLAttributes, line: Int) throws(GraphError) {
    if skipDepth > 0 {
      skipDepth += 1
      return
    }
    if field != nil {
      fieldDepth += 1
      return
    }
    let name = element.map { Name.byPosition[$0] }
    guard article != nil else {
      if name == .pubmedArticle {
        article = PubMedArticleFields(line: line)
        path = [.pubmedArticle]
        scope = .article
      }
      return
    }
    guard let name, let parent = path.last else {
      skipDepth = 1
      return
    }
    switch scope {
    case .article: startInArticle(name, parent: parent, attributes: attributes, line: line)
    case .author: startInAuthor(name, attributes: attributes)
    case .reference: startInReference(name, attributes: attributes)
    }
  }

  private func startInArticle(_ name: Name, parent: Name, attributes: XMLAttributes, line: Int) {
    switch (parent, name) {
    case (.medlineCitation, .pmid): collect(.pmid)
    case (.article, .articleTitle): collect(.title)
    case (.article, .vernacularTitle): collect(.vernacularTitle)
    case (.journal, .title): collect(.venue)
    case (.journalIssue, .volume): collect(.volume)
    case (.journalIssue, .issue): collect(.issue)
    case (.pubDate, .year), (.pubDate, .medlineDate): collect(.pubDateYear)
    case (.articleDate, .year): collect(.articleDateYear)
    case (.pagination, .medlinePgn): collect(.pages)
    case (.pagination, .startPage): collect(.startPage)
    case (.pagination, .endPage): collect(.endPage)
    case (.article, .elocationID):
      collect(
        .elocation(
          type: attributes.value("EIdType"), valid: attributes.value("ValidYN") != "N"))
    case (.articleIdList, .articleId) where path.dropLast().last == .pubmedData:
      collect(.articleID(type: attributes.value("IdType")))
    case (.article, .authorList):
      if attributes.value("Type") == "editors" { skipDepth = 1 } else { path.append(name) }
    case (.authorList, .author):
      author = PubMedAuthorFields(line: line)
      scope = .author
      path.append(name)
    case (.referenceList, .reference):
      reference = ParsedReference()
      scope = .reference
      path.append(name)
    default:
      if Self.containers.contains(name) { path.append(name) } else { skipDepth = 1 }
    }
  }

  private func startInAuthor(_ name: Name, attributes: XMLAttributes) {
    switch name {
    case .lastName: collect(.lastName)
    case .foreName: collect(.foreName)
    case .initials: collect(.initials)
    case .suffix: collect(.suffix)
    case .collectiveName: collect(.collectiveName)
    case .identifier: collect(.authorIdentifier(source: attributes.value("Source")))
    case .affiliationInfo: path.append(name)  // its Affiliation child is read next
    case .affiliation: collect(.affiliation)
    default: skipDepth = 1
    }
  }

  private func startInReference(_ name: Name, attributes: XMLAttributes) {
    switch name {
    case .citation: collect(.citation)
    case .articleIdList: path.append(name)
    case .articleId: collect(.referenceID(type: attributes.value("IdType")))
    default: skipDepth = 1
    }
  }

  private func collect(_ target: Field) {
    field = target
    fieldDepth = 0
    collector.reset()
  }

  func text(_ bytes: UnsafeBufferPointer<UInt8>) {
    if field != nil && skipDepth == 0 { collector.append(bytes) }
  }

  func end(_ element: Int?) throws(GraphError) {
    if skipDepth > 0 {
      skipDepth -= 1
      return
    }
    if let target = field {
      if fieldDepth > 0 {
        fieldDepth -= 1
      } else {
        field = nil
        store(collector.text, in: target)
      }
      return
    }
    guard article != nil, let closed = path.popLast() else { return }
    switch closed {
    case .author where scope == .author:
      if let parsed = author.parsed() { article?.authors.append(parsed) }
      scope = .article
    case .reference where scope == .reference:
      article?.references.append(reference)
      scope = .article
    case .pubmedArticle where path.isEmpty:
      try finishArticle()
    default:
      break
    }
  }

  private func finishArticle() throws(GraphError) {
    guard let fields = article else { return }
    article = nil
    guard let record = fields.record() else {
      try sink.skip(line: fields.line, reason: "PubmedArticle without PMID or title")
      return
    }
    try sink.emit(record)
  }

  private func store(_ text: String, in target: Field) {
    func nonEmpty(_ text: String) -> String? { text.isEmpty ? nil : text }
    switch target {
    case .pmid: if article?.pmid == nil, !text.isEmpty { article?.pmid = text }
    case .title: article?.title = text
    case .vernacularTitle: article?.vernacularTitle = text
    case .venue: article?.venue = nonEmpty(text)
    case .volume: article?.volume = nonEmpty(text)
    case .issue: article?.issue = nonEmpty(text)
    case .pubDateYear: if article?.year == nil { article?.year = Normalize.year(text) }
    case .articleDateYear: article?.articleDateYear = Normalize.year(text)
    case .pages: article?.pages = nonEmpty(text)
    case .startPage: article?.startPage = nonEmpty(text)
    case .endPage: article?.endPage = nonEmpty(text)
    case .elocation(let type, let valid):
      if type == "doi", valid, article?.elocationDOI == nil {
        article?.elocationDOI = Normalize.doi(text)
      }
    case .articleID(let type):
      if let id = PubMedIDs.identifier(type: type, text: text) { article?.articleIDs.append(id) }
    case .lastName: author.last = nonEmpty(text)
    case .foreName: author.fore = nonEmpty(text)
    case .initials: author.initials = nonEmpty(text)
    case .suffix: author.suffix = nonEmpty(text)
    case .collectiveName: author.collective = nonEmpty(text)
    case .affiliation: if !text.isEmpty { author.affiliations.append(text) }
    case .authorIdentifier(let source):
      if source?.uppercased() == "ORCID", let orcid = Normalize.orcid(text) {
        author.ids.append(Identifier("orcid", orcid))
      }
    case .citation: if !text.isEmpty { reference.raw = text }
    case .referenceID(let type):
      if let id = PubMedIDs.identifier(type: type, text: text),
        !reference.ids.contains(where: { $0.scheme == id.scheme })
      {
        reference.ids.append(id)
      }
    }
  }
}
