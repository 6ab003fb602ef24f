/// Reads BibTeX and biblatex files (`@article{key, ...}`).
///
/// - `@string` macros (and the predefined month names) expand, `#` concatenates pieces;
///   `@preamble`, `@comment`, and the biblatex containers `@set` and `@xdata` are not works.
/// - Values are converted from TeX to Unicode (`TeX.plain`); names are split by
///   `BibTeXNames` (both name orders, `{Braced Corporate}` group authors, `and others`).
/// - Fields: key → recordKey; title; year (or biblatex `date`); doi (or a doi.org `url`);
///   journaltitle/journal/booktitle → venue; volume; number → issue; pages; eprint with
///   eprinttype/archiveprefix arXiv → "arxiv" id; pmid, pmcid. Editors are not authors.
/// - `crossref`: a child inherits every field it lacks from its parent, except the parent's
///   ids, key and title (the parent's title becomes the child's `booktitle` when missing).
///   BibTeX puts parents after children, so a child whose parent has not been read yet waits
///   (at most `maxPendingChildren` of them) and is emitted when the parent arrives, or
///   unresolved at the end. Parents are looked up among the last `maxRememberedEntries`
///   entries read (memory stays bounded). Keys match case-insensitively.
/// - An unterminated brace skips that entry (reported at its first line); reading resumes at
///   the next line starting with `@type{`. A body that does not parse skips the entry.
enum BibTeXReader: RecordReader {
  /// Entries kept as possible crossref parents.
  static let maxRememberedEntries = 5_000
  /// Children kept waiting for a parent that comes later.
  static let maxPendingChildren = 5_000

  /// Entry types that describe no work.
  static let nonWorkTypes: Set<String> = ["string", "preamble", "comment", "set", "xdata"]

  static func recognizes(prefix: String) -> Bool {
    for line in prefix.split(whereSeparator: \.isNewline).prefix(2_000) {
      let chars = Array(line.drop { $0 == " " || $0 == "\t" || $0 == "\u{FEFF}" })
      guard let first = chars.first else { continue }
      if first == "{" || first == "[" || first == "<" { return false }  // JSON or XML
      if first == "@", let header = BibTeXScanner.header(chars, from: 0) {
        return header.type.count >= 3
      }
    }
    return false
  }

  static func read(_ input: RecordInput, into sink: RecordSink) throws(GraphError) {
    var scanner = BibTeXScanner(lines: input.lines)
    var macros: [String: String] = [:]
    var crossrefs = CrossrefResolver()
    while let event = try scanner.next() {
      switch event {
      case .malformed(let line, let reason):
        try sink.skip(line: line, reason: reason)
      case .entry(let type, let body, let line):
        if type == "string" {
          do {
            try BibTeXEntry.parseMacro(body: body, line: line, macros: &macros)
          } catch {
            try sink.skip(line: error.line, reason: error.reason)
          }
          continue
        }
        if nonWorkTypes.contains(type) { continue }
        let entry: BibTeXEntry
        do {
          entry = try BibTeXEntry.parse(type: type, body: body, line: line, macros: macros)
        } catch {
          try sink.skip(line: error.line, reason: error.reason)
          continue
        }
        for ready in crossrefs.add(entry) { try sink.emit(record(from: ready)) }
      }
    }
    for ready in crossrefs.finish() { try sink.emit(record(from: ready)) }
  }

  /// The record of one entry (crossref already applied).
  static func record(from entry: BibTeXEntry) -> ParsedRecord {
    func plain(_ name: String) -> String? { entry.value(name).map(TeX.plain)?.nonEmpty }
    var record = ParsedRecord(
      recordKey: entry.key.isEmpty ? nil : entry.key, line: entry.line,
      title: plain("title") ?? "")
    record.year = Normalize.year(plain("year")) ?? Normalize.year(plain("date"))
    record.doi = Normalize.doi(plain("doi"))
    if record.doi == nil, let url = plain("url"), url.lowercased().contains("doi.org/") {
      record.doi = Normalize.doi(url)
    }
    record.venue = plain("journaltitle") ?? plain("journal") ?? plain("booktitle")
    record.volume = plain("volume")
    record.issue = plain("number") ?? plain("issue")
    record.pages = plain("pages")?.replacingOccurrences(of: "–", with: "-")
    let eprintType = (plain("eprinttype") ?? plain("archiveprefix"))?.lowercased()
    if let eprint = plain("eprint"), eprintType == "arxiv" {
      var value = eprint
      if value.lowercased().hasPrefix("arxiv:") { value = String(value.dropFirst(6)) }
      record.ids.append(Identifier("arxiv", value))
    }
    if let pmid = plain("pmid") { record.ids.append(Identifier("pmid", pmid)) }
    if let pmcid = plain("pmcid") { record.ids.append(Identifier("pmcid", pmcid.uppercased())) }
    if let author = entry.fields["author"] {
      let names = BibTeXNames.parse(author.value, line: author.line)
      record.authors = names.authors
      record.hiddenAuthorCount = names.hidden
    }
    return record
  }
}
