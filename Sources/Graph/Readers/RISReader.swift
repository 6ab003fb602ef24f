/// Reads RIS (`TY  - JOUR` … `ER  - `).
///
/// Tags: TY starts a record and ER ends it; AU/A1 are authors ("Last, First" or
/// "First Last"); A2/A3/A4/ED (editors, series editors, translators) are not authors;
/// TI/T1 (then CT, BT) title; PY/Y1/DA year; DO doi (else a UR/L3 link through doi.org);
/// JF/JO/T2/JA/J2 venue; VL (or VO), IS, SP/EP pages; ID/AN record key (else the DOI); AN
/// values `WOS:…` also give a "wos" id. A line without a tag continues the previous field.
/// A record not closed by ER before the next TY or the end, a tag before any TY, and a
/// record without any field but TY are skipped with their line.
enum RISReader: RecordReader {
  static func recognizes(prefix: String) -> Bool {
    for line in prefix.split(whereSeparator: \.isNewline).prefix(50) {
      let text = line.drop { $0 == "\u{FEFF}" || $0 == " " }
      if text.isEmpty { continue }
      return text.hasPrefix("TY  -")
    }
    return false
  }

  /// A `XX  - value` line: the tag and its value, else nil.
  static func tagged(_ line: String) -> (tag: String, value: String)? {
    let chars = Array(line.utf8.prefix(6))
    guard chars.count >= 5, isTagChar(chars[0], letter: true), isTagChar(chars[1], letter: false),
      chars[2] == 0x20, chars[3] == 0x20, chars[4] == 0x2D
    else { return nil }
    let tag = String(decoding: chars[0..<2], as: UTF8.self)
    let value = String(line.utf8.dropFirst(5)).map { $0.trimmed() } ?? ""
    return (tag, value)
  }

  private static func isTagChar(_ byte: UInt8, letter: Bool) -> Bool {
    (byte >= 0x41 && byte <= 0x5A) || (!letter && byte >= 0x30 && byte <= 0x39)
  }

  static func read(_ input: RecordInput, into sink: RecordSink) throws(GraphError) {
    var current: TaggedRecord?
    var strayReported = false
    while let rawLine = try input.lines.next() {
      let lineNumber = input.lines.lineNumber
      let line = String(rawLine.drop { $0 == "\u{FEFF}" || $0 == "\r" })
      guard let (tag, value) = tagged(line) else {
        let text = line.trimmed()
        if !text.isEmpty, let last = current?.fields.indices.last {
          current?.fields[last].values.append(text)
        }
        continue
      }
      switch tag {
      case "TY":
        if let open = current {
          try sink.skip(line: open.line, reason: "RIS record not closed by ER before the next TY")
        }
        current = TaggedRecord(line: lineNumber)
        current?.fields.append(.init(tag: tag, values: [value], line: lineNumber))
        strayReported = false
      case "ER":
        guard let record = current else { continue }
        current = nil
        if record.fields.count <= 1 {
          try sink.skip(line: record.line, reason: "RIS record without fields")
        } else {
          try sink.emit(parsed(record))
        }
      default:
        if current == nil {
          if !strayReported {
            try sink.skip(line: lineNumber, reason: "RIS tag \(tag) outside a record (missing TY)")
            strayReported = true
          }
        } else {
          current?.fields.append(.init(tag: tag, values: [value], line: lineNumber))
        }
      }
    }
    if let open = current {
      try sink.skip(line: open.line, reason: "RIS record not closed by ER at the end of the file")
    }
  }

  /// The record of one TY…ER block.
  static func parsed(_ r: TaggedRecord) -> ParsedRecord {
    var record = ParsedRecord(line: r.line, title: r.first("TI", "T1", "CT", "BT") ?? "")
    record.year = Normalize.year(r.first("PY", "Y1", "DA"))
    record.doi = Normalize.doi(r.first("DO"))
    if record.doi == nil {
      let links = r.joined("UR") + r.joined("L3")
      record.doi = links.first { $0.lowercased().contains("doi.org/") }.flatMap(Normalize.doi)
    }
    record.venue = r.first("JF", "JO", "T2", "JA", "J2")
    record.volume = r.first("VL", "VO")
    record.issue = r.first("IS")
    if let start = r.first("SP") {
      record.pages = r.first("EP").map { $0 == start ? start : "\(start)-\($0)" } ?? start
    }
    record.recordKey = r.first("ID", "AN") ?? record.doi
    if let accession = r.first("AN"), accession.uppercased().hasPrefix("WOS:") {
      record.ids.append(Identifier("wos", String(accession.dropFirst(4)).uppercased()))
    }
    for field in r.fields where field.tag == "AU" || field.tag == "A1" {
      let name = field.values.joined(separator: " ").collapsingSpaces()
      guard !name.isEmpty else { continue }
      let split = name.contains(",") ? NameSplitter.inverted(name) : NameSplitter.displayOrder(name)
      record.authors.append(
        ParsedAuthor(raw: name, line: field.line, given: split.given, family: split.family))
    }
    return record
  }
}
