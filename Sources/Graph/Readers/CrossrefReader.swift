/// Reads Crossref works: a single-work API response (`{"status":"ok","message-type":"work",
/// "message":{…}}`), a list response (`message.items`), a bare work object or array of them,
/// and JSONL of any of these (including recorded `{"request_uri":…,"response":{…}}` lines).
/// See `JSONRecordStream` for layout detection; a one-line API response is parsed whole.
///
/// Per work: `DOI` (record key and DOI), `title[0]`, the year of `issued` (else
/// `published`, `published-print`, `published-online`; never `created`, a deposit date)
/// `date-parts`,
/// `container-title[0]` as venue, `volume`, `issue`, `page`; `author[]` in order (`given`,
/// `family`; `name` alone → a group author; `ORCID` URL → "orcid"; `affiliation[].name`);
/// `reference[]` (`DOI` → id "doi", `unstructured` → raw, `author`, `year`, `article-title`,
/// `journal-title`). A work with neither DOI nor title is skipped with its line.
enum CrossrefReader: RecordReader {
  static func recognizes(prefix: String) -> Bool {
    guard let first = prefix.first(where: { !$0.isWhitespace }), first == "{" || first == "["
    else { return false }
    if prefix.contains("\"message-type\"") && prefix.contains("\"work") { return true }
    return prefix.contains("\"DOI\"")
      && (prefix.contains("\"container-title\"") || prefix.contains("\"reference-count\"")
        || prefix.contains("\"is-referenced-by-count\""))
  }

  static func read(_ input: RecordInput, into sink: RecordSink) throws(GraphError) {
    let stream = JSONRecordStream(
      layout: .init(recordArrays: ["items"], wrappers: ["message", "response"]),
      convert: convert)
    try stream.read(input, into: sink)
  }

  /// Date fields searched for the year, in order.
  private static let dateFields = [
    "issued", "published", "published-print", "published-online",
  ]

  /// One Crossref work object as a record.
  static func convert(_ work: JSONValue, line: Int) -> JSONRecordStream.Outcome {
    let doiText = work["DOI"]?.text
    let doi = Normalize.doi(doiText)
    let title = work["title"]?.firstText
    guard doi != nil || title != nil else { return .skip("Crossref work without DOI or title") }
    var record = ParsedRecord(recordKey: doiText, line: line, title: title ?? "", doi: doi)
    record.year = dateFields.lazy.compactMap { year(of: work[$0]) }.first
    record.venue = work["container-title"]?.firstText
    record.volume = work["volume"]?.text
    record.issue = work["issue"]?.text
    record.pages = work["page"]?.text
    for entry in work["author"]?.array ?? [] {
      if let author = author(entry, line: line) { record.authors.append(author) }
    }
    for entry in work["reference"]?.array ?? [] {
      record.references.append(reference(entry))
    }
    return .record(record)
  }

  /// The first year of a Crossref date (`{"date-parts": [[2014, 12, 1]]}`).
  static func year(of date: JSONValue?) -> Int? {
    guard let first = date?["date-parts"]?.array?.first?.array?.first else { return nil }
    return first.int ?? Normalize.year(first.text)
  }

  /// One `author` entry; a `name` without `family` is a group author.
  static func author(_ entry: JSONValue, line: Int) -> ParsedAuthor? {
    let given = entry["given"]?.text
    let family = entry["family"]?.text
    let affiliations = (entry["affiliation"]?.array ?? []).compactMap { $0["name"]?.text }
    var ids: [Identifier] = []
    if let orcid = Normalize.orcid(entry["ORCID"]?.text) { ids.append(Identifier("orcid", orcid)) }
    if let family {
      let raw = [given, family].compactMap { $0 }.joined(separator: " ")
      return ParsedAuthor(
        raw: raw, line: line, given: given, family: family, ids: ids, affiliations: affiliations)
    }
    if let name = entry["name"]?.text {
      return ParsedAuthor(raw: name, line: line, isGroup: true, ids: ids, affiliations: affiliations)
    }
    if let given {
      return ParsedAuthor(raw: given, line: line, ids: ids, affiliations: affiliations)
    }
    return nil
  }

  /// One `reference` entry; kept even when it holds only its `key` (it is still a citation).
  static func reference(_ entry: JSONValue) -> ParsedReference {
    var reference = ParsedReference(
      raw: entry["unstructured"]?.text, firstAuthor: entry["author"]?.text,
      year: entry["year"].flatMap { $0.int ?? Normalize.year($0.text) },
      title: entry["article-title"]?.text,
      venue: entry["journal-title"]?.text ?? entry["volume-title"]?.text
        ?? entry["series-title"]?.text)
    if let doi = Normalize.doi(entry["DOI"]?.text) { reference.ids.append(Identifier("doi", doi)) }
    return reference
  }
}
