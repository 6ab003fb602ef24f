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
      layout: .init(recordArrays: ["results"], wrappers: []), convert: convert,
      convertLine: OpenAlexLineScanner.outcome)
    try stream.read(input, into: sink)
  }

  /// One OpenAlex work object as a record.
  static func convert(_ work: JSONValue, line: Int) -> JSONRecordStream.Outcome {
    var fields = WorkFields()
    fields.id = work["id"]
    fields.ids = work["ids"]
    fields.doi = work["doi"]
    fields.title = work["title"]
    fields.displayName = work["display_name"]
    fields.publicationYear = work["publication_year"]
    fields.primaryLocation = work["primary_location"]
    fields.hostVenue = work["host_venue"]
    fields.biblio = work["biblio"]
    fields.authors = (work["authorships"]?.array ?? []).compactMap { author($0, line: line) }
    fields.references = (work["referenced_works"]?.array ?? []).compactMap {
      reference(citing: $0.text)
    }
    return record(fields, line: line)
  }

  /// The members of a work that make its record, as read (a member given twice: its last
  /// value), with authorships and references already converted. Filled from a parsed value by
  /// `convert`, or while scanning a JSONL line by `OpenAlexLineScanner`.
  struct WorkFields {
    var id: JSONValue?
    var ids: JSONValue?
    var doi: JSONValue?
    var title: JSONValue?
    var displayName: JSONValue?
    var publicationYear: JSONValue?
    var primaryLocation: JSONValue?
    var hostVenue: JSONValue?
    var biblio: JSONValue?
    var authors: [ParsedAuthor] = []
    var references: [ParsedReference] = []
  }

  /// The record of a work's fields (see the type's documentation for the mapping).
  static func record(_ work: WorkFields, line: Int) -> JSONRecordStream.Outcome {
    let key = Normalize.openAlexID(work.id?.text ?? work.ids?["openalex"]?.text)
    let title = work.title?.text ?? work.displayName?.text
    guard key != nil || title != nil else {
      return .skip("OpenAlex work without id or title")
    }
    var record = ParsedRecord(recordKey: key, line: line, title: title ?? "")
    if let key { record.ids.append(Identifier("openalex", key)) }
    record.doi = Normalize.doi(work.doi?.text ?? work.ids?["doi"]?.text)
    record.year = work.publicationYear?.int
    if let pmid = lastPathComponent(work.ids?["pmid"]?.text) {
      record.ids.append(Identifier("pmid", pmid))
    }
    if let pmcid = lastPathComponent(work.ids?["pmcid"]?.text) {
      let value = pmcid.uppercased()
      record.ids.append(Identifier("pmcid", value.hasPrefix("PMC") ? value : "PMC" + value))
    }
    if let mag = work.ids?["mag"]?.text { record.ids.append(Identifier("mag", mag)) }
    record.venue =
      work.primaryLocation?["source"]?["display_name"]?.text
      ?? work.hostVenue?["display_name"]?.text
    if let biblio = work.biblio {
      record.volume = biblio["volume"]?.text
      record.issue = biblio["issue"]?.text
      record.pages = pageRange(biblio["first_page"]?.text, biblio["last_page"]?.text)
    }
    record.authors = work.authors
    record.references = work.references
    return .record(record)
  }

  /// A `referenced_works` entry (its text) as a reference with an OpenAlex id; nil when the
  /// entry has none.
  static func reference(citing text: String?) -> ParsedReference? {
    Normalize.openAlexID(text).map { ParsedReference(ids: [Identifier("openalex", $0)]) }
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
