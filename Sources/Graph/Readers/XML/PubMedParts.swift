/// Reads one PubMed `Author` element: `LastName`, `ForeName` (else `Initials`), `Suffix`,
/// `CollectiveName` (a group author), `Identifier Source="ORCID"` (normalized), and
/// `AffiliationInfo/Affiliation` (each kept).
///
/// The raw name is written "ForeName LastName Suffix" (PubMed XML prints no single name
/// string); given = ForeName (or Initials), family = LastName.
enum PubMedAuthorParser {
  /// Reads from the `Author` start element to its end; nil for an author with no name.
  static func read(_ xml: XMLPullReader) throws(GraphError) -> ParsedAuthor? {
    let line = xml.line
    guard !xml.isEmptyElement else { return nil }
    let depth = xml.depth
    var last: String?
    var fore: String?
    var initials: String?
    var suffix: String?
    var collective: String?
    var ids: [Identifier] = []
    var affiliations: [String] = []
    while try xml.read() {
      if xml.kind == .endElement && xml.depth == depth { break }
      guard xml.kind == .startElement else { continue }
      switch xml.localName {
      case "LastName": last = nonEmpty(try xml.readElementText())
      case "ForeName": fore = nonEmpty(try xml.readElementText())
      case "Initials": initials = nonEmpty(try xml.readElementText())
      case "Suffix": suffix = nonEmpty(try xml.readElementText())
      case "CollectiveName": collective = nonEmpty(try xml.readElementText())
      case "Identifier":
        let source = xml.attribute("Source")?.uppercased()
        let text = try xml.readElementText()
        if source == "ORCID", let orcid = Normalize.orcid(text) {
          ids.append(Identifier("orcid", orcid))
        }
      case "AffiliationInfo":
        continue  // descend: its Affiliation child is read next
      case "Affiliation":
        if let text = nonEmpty(try xml.readElementText()) { affiliations.append(text) }
      default:
        try xml.skipElement()
      }
    }
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

  private static func nonEmpty(_ text: String) -> String? { text.isEmpty ? nil : text }
}

/// PubMed article ids and references.
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

  /// Reads one `Reference` element (`Citation`, `ArticleIdList/ArticleId`); an empty one is
  /// still a citation and is kept.
  static func reference(_ xml: XMLPullReader) throws(GraphError) -> ParsedReference {
    guard !xml.isEmptyElement else { return ParsedReference() }
    let depth = xml.depth
    var reference = ParsedReference()
    while try xml.read() {
      if xml.kind == .endElement && xml.depth == depth { break }
      guard xml.kind == .startElement else { continue }
      switch xml.localName {
      case "Citation":
        let text = try xml.readElementText()
        if !text.isEmpty { reference.raw = text }
      case "ArticleIdList": continue
      case "ArticleId":
        let type = xml.attribute("IdType")
        if let id = identifier(type: type, text: try xml.readElementText()),
          !reference.ids.contains(where: { $0.scheme == id.scheme })
        {
          reference.ids.append(id)
        }
      default: try xml.skipElement()
      }
    }
    return reference
  }
}
