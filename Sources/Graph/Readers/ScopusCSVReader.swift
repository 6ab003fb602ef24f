/// Reads Scopus CSV exports, both layouts: `Authors` + `Author(s) ID` (older: names
/// separated by commas, ids by `;`), and the newer layout adding `Author full names`
/// ("Surname, Given (id); …"), whose names give given/family and whose ids the "scopus"
/// person ids.
///
/// Title, Year, Source title (venue), Volume, Issue, Page start-Page end (or Art. No.), DOI,
/// EID (record key and "scopus" work id), PubMed ID ("pmid"), `Authors with affiliations`
/// (per-author affiliations), `References` (`;`-separated strings → references with year
/// and DOI when present). A row without a title, or with fewer fields than the header
/// names the title in, is skipped with its line.
enum ScopusCSVReader: RecordReader {
  static func recognizes(prefix: String) -> Bool {
    guard let header = prefix.split(whereSeparator: \.isNewline).first else { return false }
    let columns = Set(CSVRows.fields(of: String(header)).map { $0.trimmed() })
    return columns.contains("Authors") && (columns.contains("EID") || columns.contains("Source title"))
  }

  static func read(_ input: RecordInput, into sink: RecordSink) throws(GraphError) {
    var rows = CSVRows(lines: input.lines)
    var header: CSVHeader?
    while let next = try rows.next() {
      switch next {
      case .malformed(let line, let reason):
        try sink.skip(line: line, reason: reason)
      case .row(let row):
        guard let columns = header else {
          header = CSVHeader(row.fields)
          continue
        }
        guard let title = columns.value("Title", in: row)?.nonEmpty else {
          try sink.skip(line: row.line, reason: "row without a Title")
          continue
        }
        try sink.emit(record(row, title: title, columns: columns))
      }
    }
  }

  /// The record of one row.
  static func record(_ row: CSVRows.Row, title: String, columns: CSVHeader) -> ParsedRecord {
    func value(_ name: String) -> String? { columns.value(name, in: row)?.nonEmpty }
    var record = ParsedRecord(line: row.line, title: title)
    record.year = Normalize.year(value("Year"))
    record.doi = Normalize.doi(value("DOI"))
    if let eid = value("EID") {
      record.recordKey = eid
      record.ids.append(Identifier("scopus", eid))
    }
    if let pmid = value("PubMed ID"), pmid != "0" { record.ids.append(Identifier("pmid", pmid)) }
    record.venue = value("Source title")
    record.volume = value("Volume")
    record.issue = value("Issue")
    if let start = value("Page start") {
      record.pages = value("Page end").map { $0 == start ? start : "\(start)-\($0)" } ?? start
    } else {
      record.pages = value("Art. No.")
    }
    record.authors = authors(row, columns: columns)
    if let references = value("References") {
      record.references = references.components(separatedBy: "; ").map { $0.trimmed() }
        .filter { !$0.isEmpty }.map(ScopusFields.reference)
    }
    return record
  }

  /// Author entries from Authors / Author full names / Author(s) ID / Authors with
  /// affiliations.
  static func authors(_ row: CSVRows.Row, columns: CSVHeader) -> [ParsedAuthor] {
    let names = ScopusFields.authorNames(columns.value("Authors", in: row) ?? "")
    let full = ScopusFields.fullNames(columns.value("Author full names", in: row) ?? "")
    let ids = ScopusFields.authorIDs(columns.value("Author(s) ID", in: row) ?? "")
    let affiliations = ScopusFields.affiliations(
      columns.value("Authors with affiliations", in: row) ?? "", names: names)
    let useFull = !full.isEmpty && full.count == names.count
    return names.enumerated().map { index, name in
      var author: ParsedAuthor
      if useFull {
        let split = NameSplitter.inverted(full[index].name)
        author = ParsedAuthor(raw: full[index].name, line: row.line, given: split.given, family: split.family)
      } else {
        let split = NameSplitter.initialsLast(name)
        author = ParsedAuthor(raw: name, line: row.line, given: split.given, family: split.family)
      }
      let id = useFull ? full[index].id : nil
      if let scopus = id ?? (ids.count == names.count ? ids[index].nonEmpty : nil) {
        author.ids.append(Identifier("scopus", scopus))
      }
      author.affiliations = affiliations[index]
      return author
    }
  }
}

/// A CSV header: column positions by name (first occurrence wins).
struct CSVHeader {
  /// Column names as printed.
  let names: [String]
  private let positions: [String: Int]

  init(_ fields: [String]) {
    names = fields.map { $0.trimmed() }
    var positions: [String: Int] = [:]
    for (index, name) in names.enumerated() where positions[name] == nil {
      positions[name] = index
    }
    self.positions = positions
  }

  /// True when the header has a column `name`.
  func has(_ name: String) -> Bool { positions[name] != nil }

  /// The value of column `name` in `row`, or nil when the column or the field is missing.
  func value(_ name: String, in row: CSVRows.Row) -> String? {
    guard let index = positions[name], index < row.fields.count else { return nil }
    return row.fields[index]
  }
}
