/// Reads CSV with a column mapping: `--columns` (see `CSVMapping`) or a built-in preset
/// recognised from the header (IEEE Xplore, SpringerLink).
///
/// Authors are split by the mapping's separator; a name with a comma is "Last, First",
/// else "First Last". IEEE `Author Affiliations` are aligned with the authors by position
/// when the counts agree. Pages come from `pages`, or `first_page`-`last_page`. The record
/// key is the `id` column, else the DOI. A header lacking a mapped column (for a preset, its title
/// column) is an error naming the column and the columns present; a row with an empty title is
/// skipped with its line.
enum MappedCSVReader: RecordReader {
  static func recognizes(prefix: String) -> Bool {
    guard let header = prefix.split(whereSeparator: \.isNewline).first else { return false }
    return CSVMapping.preset(forHeader: CSVRows.fields(of: String(header)).map { $0.trimmed() }) != nil
  }

  static func read(_ input: RecordInput, into sink: RecordSink) throws(GraphError) {
    var rows = CSVRows(lines: input.lines)
    var context: (header: CSVHeader, mapping: CSVMapping)?
    while let next = try rows.next() {
      switch next {
      case .malformed(let line, let reason):
        try sink.skip(line: line, reason: reason)
      case .row(let row):
        guard let (header, mapping) = context else {
          context = try start(header: CSVHeader(row.fields), line: row.line, input: input)
          continue
        }
        guard let title = value("title", row, header, mapping) else {
          try sink.skip(line: row.line, reason: "row without a title (column \(mapping.columns["title"] ?? "title"))")
          continue
        }
        try sink.emit(record(row, title: title, header: header, mapping: mapping))
      }
    }
  }

  /// Chooses the mapping for `header` and checks that every mapped column exists.
  static func start(header: CSVHeader, line: Int, input: RecordInput) throws(GraphError)
    -> (CSVHeader, CSVMapping)
  {
    let mapping: CSVMapping
    if let text = input.options.csvColumns {
      switch CSVMapping.parse(text) {
      case .success(let parsed): mapping = parsed
      case .failure(let error): throw .badInput(file: input.name, line: nil, reason: error.reason)
      }
    } else if let preset = CSVMapping.preset(forHeader: header.names) {
      mapping = preset
    } else {
      throw .badInput(
        file: input.name, line: line,
        reason: "no column mapping for this CSV: pass --columns \"title=...;authors=...\" (columns present: \(header.names.joined(separator: ", ")))")
    }
    // A preset needs only its title column; an explicit mapping needs every column it names.
    let isPreset = CSVMapping.presets.contains(mapping)
    for (field, column) in mapping.columns.sorted(by: { $0.key < $1.key })
    where !header.has(column) && (!isPreset || field == "title") {
      throw .badInput(
        file: input.name, line: line,
        reason: "column \"\(column)\" (mapped as \(field)) is not in the header; columns present: \(header.names.joined(separator: ", "))")
    }
    return (header, mapping)
  }

  private static func value(
    _ field: String, _ row: CSVRows.Row, _ header: CSVHeader, _ mapping: CSVMapping
  ) -> String? {
    guard let column = mapping.columns[field] else { return nil }
    return header.value(column, in: row)?.nonEmpty
  }

  /// The record of one row.
  static func record(
    _ row: CSVRows.Row, title: String, header: CSVHeader, mapping: CSVMapping
  ) -> ParsedRecord {
    func v(_ field: String) -> String? { value(field, row, header, mapping) }
    var record = ParsedRecord(line: row.line, title: title)
    record.year = Normalize.year(v("year"))
    record.doi = Normalize.doi(v("doi"))
    record.recordKey = v("id") ?? record.doi
    record.venue = v("venue")
    record.volume = v("volume")
    record.issue = v("issue")
    if let pages = v("pages") {
      record.pages = pages
    } else if let first = v("first_page") {
      record.pages = v("last_page").map { $0 == first ? first : "\(first)-\($0)" } ?? first
    }
    let names = CSVMapping.split(v("authors") ?? "", by: mapping.authorsSeparator)
    let affiliations = CSVMapping.split(v("affiliations") ?? "", by: mapping.affiliationsSeparator)
    for (index, name) in names.enumerated() {
      let split = name.contains(",") ? NameSplitter.inverted(name) : NameSplitter.displayOrder(name)
      var author = ParsedAuthor(raw: name, line: row.line, given: split.given, family: split.family)
      if affiliations.count == names.count { author.affiliations = [affiliations[index]] }
      record.authors.append(author)
    }
    return record
  }
}
