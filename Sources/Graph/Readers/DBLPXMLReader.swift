/// Reads DBLP XML (the `dblp.xml` dump or excerpts of it, and `dblpperson` pages), streaming
/// with libxml2's pull parser.
///
/// Records are the elements `article`, `inproceedings`, `proceedings`, `book`, `incollection`,
/// `phdthesis`, `mastersthesis` and `www`, at any depth, with their `key` attribute as record
/// key and work id "dblp". Taken: `author` (in order; `orcid` attribute → "orcid"; the text may
/// end in a dblp homonym number such as `Wei Wang 0001`, which is kept in the person id "dblp"
/// — the full dblp name — and dropped from the displayed name), `title` (inline `<i>`,
/// `<sub>` … text kept), `year`, `journal` or `booktitle` (venue), `volume`, `number`,
/// `pages`, the first `ee` on doi.org (DOI), and `cite` (references with dblp keys; `...`
/// placeholders ignored). Editors are not authors and are not taken.
///
/// `www` records titled "Home Page" are dblp person pages, not works: they are passed over
/// silently (not counted as skips). A record without a title is skipped with its start line.
///
/// Entities: dblp files use the character entities of `dblp.dtd` (`&uuml;`). The DTD is not
/// loaded; a built-in table (`XMLEntityFilter.latin1`, a superset of the DTD's) rewrites them
/// to numeric references before parsing, so stdin and gzip inputs work without the DTD.
enum DBLPXMLReader: RecordReader {
  /// Element names of dblp records.
  static let recordElements: Set<String> = [
    "article", "inproceedings", "proceedings", "book", "incollection", "phdthesis",
    "mastersthesis", "www",
  ]

  static func recognizes(prefix: String) -> Bool {
    guard prefix.contains("<?xml") || prefix.hasPrefix("<") else { return false }
    return prefix.contains("<!DOCTYPE dblp") || prefix.contains("<dblp>")
      || prefix.contains("<dblpperson ") || prefix.contains("dblp.dtd")
  }

  static func read(_ input: RecordInput, into sink: RecordSink) throws(GraphError) {
    let xml = try XMLPullReader(source: input.bytes, entities: XMLEntityFilter.latin1)
    while try xml.read() {
      guard xml.kind == .startElement, !xml.isEmptyElement else { continue }
      let name = xml.localName
      guard recordElements.contains(name), let key = xml.attribute("key") else { continue }
      let line = xml.line
      let parsed = try readRecord(xml, key: key, line: line)
      if parsed.isPersonPage { continue }
      guard let record = parsed.record else {
        try sink.skip(line: line, reason: "dblp record \(key) has no title")
        continue
      }
      try sink.emit(record)
    }
  }

  /// Reads one record's fields up to its end element.
  private static func readRecord(_ xml: XMLPullReader, key: String, line: Int) throws(GraphError)
    -> (record: ParsedRecord?, isPersonPage: Bool)
  {
    let kind = xml.localName
    let recordDepth = xml.depth
    var record = ParsedRecord(recordKey: key, line: line, title: "", ids: [Identifier("dblp", key)])
    var title: String?
    var journal: String?
    var booktitle: String?
    while try xml.read() {
      if xml.kind == .endElement && xml.depth == recordDepth { break }
      guard xml.kind == .startElement else { continue }
      let field = xml.localName
      switch field {
      case "author":
        let orcid = Normalize.orcid(xml.attribute("orcid"))
        let fieldLine = xml.line
        let text = try xml.readElementText()
        if let author = author(text, orcid: orcid, line: fieldLine) { record.authors.append(author) }
      case "title": title = try xml.readElementText()
      case "year": record.year = Normalize.year(try xml.readElementText())
      case "journal": journal = nonEmpty(try xml.readElementText())
      case "booktitle": booktitle = nonEmpty(try xml.readElementText())
      case "volume": record.volume = nonEmpty(try xml.readElementText())
      case "number": record.issue = nonEmpty(try xml.readElementText())
      case "pages": record.pages = nonEmpty(try xml.readElementText())
      case "ee":
        let link = try xml.readElementText()
        if record.doi == nil, link.lowercased().contains("doi.org/") { record.doi = Normalize.doi(link) }
      case "cite":
        let cited = try xml.readElementText()
        if !cited.isEmpty, cited != "..." {
          record.references.append(ParsedReference(ids: [Identifier("dblp", cited)]))
        }
      default:
        try xml.skipElement()
      }
    }
    if kind == "www" && title == "Home Page" { return (nil, true) }
    guard let title, !title.isEmpty else { return (nil, false) }
    record.title = title
    record.venue = journal ?? booktitle
    return (record, false)
  }

  /// An author entry from the element text: `Wei Wang 0001` → raw "Wei Wang", dblp id
  /// "Wei Wang 0001". Every dblp author name is a dblp person label, so each gets the id.
  static func author(_ text: String, orcid: String?, line: Int) -> ParsedAuthor? {
    guard !text.isEmpty else { return nil }
    let display = stripHomonymNumber(text)
    var ids = [Identifier("dblp", text)]
    if let orcid { ids.append(Identifier("orcid", orcid)) }
    return ParsedAuthor(raw: display, line: line, ids: ids)
  }

  /// The name without a trailing dblp homonym number (a space and four digits).
  static func stripHomonymNumber(_ name: String) -> String {
    let scalars = Array(name.unicodeScalars)
    guard scalars.count > 5 else { return name }
    let tail = scalars.suffix(5)
    guard tail.first == " ", tail.dropFirst().allSatisfy({ $0.value >= 0x30 && $0.value <= 0x39 })
    else { return name }
    var view = String.UnicodeScalarView()
    view.append(contentsOf: scalars.dropLast(5))
    return String(view)
  }

  private static func nonEmpty(_ text: String) -> String? { text.isEmpty ? nil : text }
}
