/// Reads OpenAlex works: an API response (`{"meta": …, "results": [work, …]}`), a JSON array
/// of works, a single work, or JSONL (one work or one API response per line, as in snapshot
/// `part_*.gz` files). See `JSONRecordStream` for how the layout is found; a pretty-printed
/// response is walked work by work, while a response written on one line (the API's own
/// output) is parsed whole — an API page is at most a few hundred works.
///
/// Per work: `id` (record key and id "openalex" `W…`), `doi`, `title` (else `display_name`),
/// `publication_year`, `biblio` (volume, issue, `first_page`-`last_page`),
/// `primary_location.source.display_name` (else `host_venue.display_name`) as venue,
/// `ids.pmid` → "pmid", `ids.pmcid` → "pmcid", `ids.mag` → "mag"; `authorships` in order:
/// `author.display_name` as the name (`raw_author_name` when there is no display name),
/// `author.id` → person id "openalex" `A…`, `author.orcid` → "orcid",
/// `institutions[].display_name` as affiliations (else `raw_affiliation_strings`);
/// `referenced_works` → references with id "openalex". A work with neither id nor title is
/// skipped with its line.
///
/// Other services' JSON is not OpenAlex: a Semantic Scholar response (`paperId`,
/// `externalIds`) is not recognised, so `graph ingest` refuses it naming the formats tried.
enum OpenAlexReader: RecordReader {
  static func recognizes(prefix: String) -> Bool {
    guard let first = prefix.first(where: { !$0.isWhitespace }), first == "{" || first == "["
    else { return false }
    return prefix.contains("\"https://openalex.org/W")
      && (prefix.contains("\"authorships\"") || prefix.contains("\"publication_year\"")
        || prefix.contains("\"display_name\""))
  }

  static func read(_ input: RecordInput, into sink: RecordSink) throws(GraphError) {
    let stream = JSONRecordStream(
      layout: .init(recordArrays: ["results"], wrappers: []), convert: convert)
    try stream.read(input, into: sink)
  }

  /// One OpenAlex work object as a record.
  static func convert(_ work: JSONValue, line: Int) -> JSONRecordStream.Outcome {
    let key = Normalize.openAlexID(work["id"]?.text ?? work["ids"]?["openalex"]?.text)
    let title = work["title"]?.text ?? work["display_name"]?.text
    guard key != nil || title != nil else {
      return .skip("OpenAlex work without id or title")
    }
    var record = ParsedRecord(recordKey: key, line: line, title: title ?? "")
    if let key { record.ids.append(Identifier("openalex", key)) }
    record.doi = Normalize.doi(work["doi"]?.text ?? work["ids"]?["doi"]?.text)
    record.year = work["publication_year"]?.int
    if let pmid = lastPathComponent(work["ids"]?["pmid"]?.text) {
      record.ids.append(Identifier("pmid", pmid))
    }
    if let pmcid = lastPathComponent(work["ids"]?["pmcid"]?.text) {
      let value = pmcid.uppercased()
      record.ids.append(Identifier("pmcid", value.hasPrefix("PMC") ? value : "PMC" + value))
    }
    if let mag = work["ids"]?["mag"]?.text { record.ids.append(Identifier("mag", mag)) }
    record.venue =
      work["primary_location"]?["source"]?["display_name"]?.text
      ?? work["host_venue"]?["display_name"]?.text
    if let biblio = work["biblio"] {
      record.volume = biblio["volume"]?.text
      record.issue = biblio["issue"]?.text
      record.pages = pageRange(biblio["first_page"]?.text, biblio["last_page"]?.text)
    }
    for authorship in work["authorships"]?.array ?? [] {
      if let author = author(authorship, line: line) { record.authors.append(author) }
    }
    for cited in work["referenced_works"]?.array ?? [] {
      if let id = Normalize.openAlexID(cited.text) {
        record.references.append(ParsedReference(ids: [Identifier("openalex", id)]))
      }
    }
    return .record(record)
  }

  /// One authorship as an author entry; nil when it names nobody.
  static func author(_ authorship: JSONValue, line: Int) -> ParsedAuthor? {
    let person = authorship["author"]
    guard let name = person?["display_name"]?.text ?? authorship["raw_author_name"]?.text
    else { return nil }
    var ids: [Identifier] = []
    if let id = Normalize.openAlexID(person?["id"]?.text) { ids.append(Identifier("openalex", id)) }
    if let orcid = Normalize.orcid(person?["orcid"]?.text) { ids.append(Identifier("orcid", orcid)) }
    var affiliations = (authorship["institutions"]?.array ?? []).compactMap {
      $0["display_name"]?.text
    }
    if affiliations.isEmpty {
      affiliations = (authorship["raw_affiliation_strings"]?.array ?? []).compactMap(\.text)
      if affiliations.isEmpty, let single = authorship["raw_affiliation_string"]?.text {
        affiliations = [single]
      }
    }
    return ParsedAuthor(raw: name, line: line, ids: ids, affiliations: affiliations)
  }

  /// "first-last", or the first page alone when there is no distinct last page.
  static func pageRange(_ first: String?, _ last: String?) -> String? {
    guard let first else { return last }
    guard let last, last != first else { return first }
    return "\(first)-\(last)"
  }

  private static func lastPathComponent(_ text: String?) -> String? {
    guard let text else { return nil }
    return text.split(separator: "/").last.map(String.init)
  }
}
