/// Reads PubMed/MEDLINE tagged text (`PMID- ` starts a record; `XXXX- ` tags padded to four
/// characters; continuation lines indented by six spaces; blank lines between records).
///
/// PMID → record key and "pmid" id; PMC → "pmcid" id; TI title (BTI for books); DP year;
/// LID/AID values marked `[doi]` → doi; JT venue (TA when JT is absent); VI volume, IP issue,
/// PG pages. Authors in source order: FAU starts a person ("Last, First" → family/given, the
/// raw name); an AU right after its FAU is that person's short form, an AU alone is a person
/// ("Gadzalski M"); CN is a collective (group) author; AUID `ORCID: …` gives the preceding
/// author an ORCID and AD lines are that author's affiliations. IR/FIR (investigators) are
/// not authors. A line inside a record that is neither a tag nor a continuation skips the
/// record; tags before the first PMID are reported once.
enum MedlineReader: RecordReader {
  static func recognizes(prefix: String) -> Bool {
    for line in prefix.split(whereSeparator: \.isNewline).prefix(50) {
      let text = line.drop { $0 == "\u{FEFF}" }
      if text.allSatisfy(\.isWhitespace) { continue }
      return text.hasPrefix("PMID- ") || text.hasPrefix("PMID-")
    }
    return false
  }

  /// `TAG - value`: the (trimmed) tag and value, else nil.
  static func tagged(_ line: String) -> (tag: String, value: String)? {
    let bytes = Array(line.utf8.prefix(6))
    guard bytes.count >= 5, bytes[4] == 0x2D, bytes[0] >= 0x41, bytes[0] <= 0x5A,
      bytes.count == 5 || bytes[5] == 0x20,
      bytes[1..<4].allSatisfy({ ($0 >= 0x41 && $0 <= 0x5A) || ($0 >= 0x30 && $0 <= 0x39) || $0 == 0x20 })
    else { return nil }
    let tag = String(decoding: bytes[0..<4], as: UTF8.self).trimmed()
    let value = String(line.utf8.dropFirst(6)).map { $0.trimmed() } ?? ""
    return (tag, value)
  }

  static func read(_ input: RecordInput, into sink: RecordSink) throws(GraphError) {
    var current: TaggedRecord?
    var problem: (line: Int, reason: String)?
    var strayReported = false
    func finish() throws(GraphError) {
      guard let record = current else { return }
      if let problem {
        try sink.skip(line: problem.line, reason: problem.reason + " (record at line \(record.line))")
      } else {
        try sink.emit(parsed(record))
      }
    }
    while let rawLine = try input.lines.next() {
      let lineNumber = input.lines.lineNumber
      let line = String(rawLine.drop { $0 == "\u{FEFF}" || $0 == "\r" })
      if line.allSatisfy(\.isWhitespace) { continue }
      if line.first == " " || line.first == "\t" {
        if let last = current?.fields.indices.last {
          current?.fields[last].values.append(line.trimmed())
        }
        continue
      }
      guard let (tag, value) = tagged(line) else {
        if current != nil {
          if problem == nil { problem = (lineNumber, "line is neither a tag nor a continuation: \(line.prefix(40))") }
        } else if !strayReported {
          try sink.skip(line: lineNumber, reason: "text before the first PMID: \(line.prefix(40))")
          strayReported = true
        }
        continue
      }
      if tag == "PMID" {
        try finish()
        current = TaggedRecord(line: lineNumber)
        problem = nil
      } else if current == nil {
        if !strayReported {
          try sink.skip(line: lineNumber, reason: "tag \(tag) before the first PMID")
          strayReported = true
        }
        continue
      }
      current?.fields.append(.init(tag: tag, values: [value], line: lineNumber))
    }
    try finish()
  }

  /// The record of one PMID block.
  static func parsed(_ r: TaggedRecord) -> ParsedRecord {
    var record = ParsedRecord(line: r.line, title: r.first("TI", "BTI") ?? "")
    if let pmid = r.first("PMID") {
      record.recordKey = pmid
      record.ids.append(Identifier("pmid", pmid))
    }
    if let pmc = r.first("PMC") { record.ids.append(Identifier("pmcid", pmc.uppercased())) }
    record.year = Normalize.year(r.first("DP"))
    let located = r.joined("LID") + r.joined("AID")
    record.doi = located.first { $0.hasSuffix("[doi]") }.flatMap {
      Normalize.doi(String($0.dropLast(5)))
    }
    record.venue = r.first("JT", "TA")
    record.volume = r.first("VI")
    record.issue = r.first("IP")
    record.pages = r.first("PG")
    record.authors = authors(of: r)
    return record
  }

  /// Author entries in source order with their AUID ORCIDs and AD affiliations.
  static func authors(of r: TaggedRecord) -> [ParsedAuthor] {
    var authors: [ParsedAuthor] = []
    var lastWasFullName = false
    for field in r.fields {
      let value = field.values.joined(separator: " ").collapsingSpaces()
      switch field.tag {
      case "FAU":
        let split = NameSplitter.inverted(value)
        authors.append(ParsedAuthor(raw: value, line: field.line, given: split.given, family: split.family))
        lastWasFullName = true
        continue
      case "AU":
        if !lastWasFullName {
          let split = NameSplitter.initialsLast(value)
          authors.append(
            ParsedAuthor(raw: value, line: field.line, given: split.given, family: split.family))
        }
      case "CN":
        authors.append(ParsedAuthor(raw: value, line: field.line, isGroup: true))
      case "AD":
        if let last = authors.indices.last, !value.isEmpty, !authors[last].affiliations.contains(value) {
          authors[last].affiliations.append(value)
        }
      case "AUID":
        if let last = authors.indices.last, value.uppercased().hasPrefix("ORCID"),
          let orcid = Normalize.orcid(String(value.dropFirst(5))),
          !authors[last].ids.contains(Identifier("orcid", orcid))
        {
          authors[last].ids.append(Identifier("orcid", orcid))
        }
      default:
        break
      }
      lastWasFullName = false
    }
    return authors
  }
}
