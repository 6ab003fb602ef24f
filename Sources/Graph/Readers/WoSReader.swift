import Foundation

/// Reads Web of Science plain text (`savedrecs.txt`, `.isi`): an `FN`/`VR` header, records
/// from `PT` to `ER`, two-character tags, continuation lines indented by three spaces, `EF`.
///
/// Authors come from AF (full names, split "Last, First") with AU as the raw name when AF is
/// absent; CA/GP group authors follow them as group entries. TI title, PY year, DI doi,
/// UT record key and "wos" id (without the `WOS:` prefix), PM "pmid" id, SO venue, VL, IS,
/// BP-EP (or AR) pages. C1 `[Author A; Author B] Address` lines give per-author
/// affiliations (an address without names goes to a sole author only). OI/RI `Name/ID;`
/// lists give "orcid" / "researcherid" ids to the author whose name matches. Each CR line is
/// a reference (`Surname I, year, SOURCE, Vvol, Ppage, DOI 10.x`).
///
/// Malformed records are skipped: a line inside a record that is neither a tag nor a
/// continuation, a tag repeated within one record (WoS never repeats one), a record not
/// closed by ER before the next PT or the end of the file, and tags outside any record.
enum WoSReader: RecordReader {
  static func recognizes(prefix: String) -> Bool {
    let lines = prefix.split(whereSeparator: \.isNewline).prefix(20).map {
      $0.drop { $0 == "\u{FEFF}" }
    }.filter { !$0.allSatisfy(\.isWhitespace) }
    guard let first = lines.first else { return false }
    if first.hasPrefix("FN ") && lines.dropFirst().first?.hasPrefix("VR ") == true { return true }
    // Without the header: PT then other two-letter tags.
    return first.hasPrefix("PT ") && lines.count > 1 && lines.dropFirst().allSatisfy { line in
      line.hasPrefix("   ") || tagged(String(line)) != nil
    }
  }

  /// `XX value` (or a bare `XX`): the tag and value, else nil.
  static func tagged(_ line: String) -> (tag: String, value: String)? {
    let bytes = Array(line.utf8.prefix(3))
    guard bytes.count >= 2, bytes[0] >= 0x41, bytes[0] <= 0x5A,
      (bytes[1] >= 0x41 && bytes[1] <= 0x5A) || (bytes[1] >= 0x30 && bytes[1] <= 0x39),
      bytes.count == 2 || bytes[2] == 0x20
    else { return nil }
    let tag = String(decoding: bytes[0..<2], as: UTF8.self)
    let value = String(line.utf8.dropFirst(3)).map { $0.trimmed() } ?? ""
    return (tag, value)
  }

  /// Reading state: the open record and its first problem.
  private struct State {
    var record: TaggedRecord?
    var tags: Set<String> = []
    var problem: (line: Int, reason: String)?
    var strayReported = false
  }

  static func read(_ input: RecordInput, into sink: RecordSink) throws(GraphError) {
    var state = State()
    while let rawLine = try input.lines.next() {
      let lineNumber = input.lines.lineNumber
      let line = String(rawLine.drop { $0 == "\u{FEFF}" || $0 == "\r" })
      if line.allSatisfy(\.isWhitespace) { continue }
      if line.hasPrefix("   ") {
        if let last = state.record?.fields.indices.last {
          state.record?.fields[last].values.append(line.trimmed())
        }
        continue
      }
      guard let (tag, value) = tagged(line) else {
        if state.record != nil {
          if state.problem == nil {
            state.problem = (lineNumber, "line is neither a tag nor a continuation: \(line.prefix(40))")
          }
        } else if !state.strayReported {
          try sink.skip(line: lineNumber, reason: "text outside a record: \(line.prefix(40))")
          state.strayReported = true
        }
        continue
      }
      try handle(tag: tag, value: value, line: lineNumber, state: &state, sink: sink)
    }
    if let open = state.record {
      try sink.skip(line: open.line, reason: "record not closed by ER at the end of the file")
    }
  }

  private static func handle(
    tag: String, value: String, line: Int, state: inout State, sink: RecordSink
  ) throws(GraphError) {
    switch tag {
    case "PT":
      if let open = state.record {
        try sink.skip(line: open.line, reason: "record not closed by ER before the next PT")
      }
      state = State(record: TaggedRecord(line: line))
      state.record?.fields.append(.init(tag: tag, values: [value], line: line))
      state.tags = [tag]
    case "ER":
      guard let record = state.record else { return }
      if let problem = state.problem ?? misplacedReference(in: record) {
        try sink.skip(line: problem.line, reason: problem.reason + " (record at line \(record.line))")
      } else {
        try sink.emit(parsed(record))
      }
      state = State()
    default:
      if state.record == nil, ["FN", "VR", "EF"].contains(tag) { return }
      guard state.record != nil else {
        if !state.strayReported {
          try sink.skip(line: line, reason: "tag \(tag) outside a record (missing PT)")
          state.strayReported = true
        }
        return
      }
      if state.tags.contains(tag), state.problem == nil {
        state.problem = (line, "tag \(tag) repeated within one record")
      }
      state.tags.insert(tag)
      state.record?.fields.append(.init(tag: tag, values: [value], line: line))
    }
  }

  /// A C1 (address) line shaped like a cited reference (`Name, YYYY, SOURCE, ...`): the CR
  /// tag was lost and the citations ran into the addresses (as in metaknowledge's badFile).
  static func misplacedReference(in r: TaggedRecord) -> (line: Int, reason: String)? {
    for line in lines(of: "C1", in: r) {
      let parts = line.text.components(separatedBy: ", ")
      if parts.count >= 3, parts[1].count == 4, parts[1].allSatisfy(\.isNumber) {
        return (line.line, "cited reference inside the C1 addresses (missing CR tag?)")
      }
    }
    return nil
  }

  /// The record of one PT…ER block.
  static func parsed(_ r: TaggedRecord) -> ParsedRecord {
    var record = ParsedRecord(line: r.line, title: r.first("TI") ?? "")
    record.year = Normalize.year(r.first("PY"))
    record.doi = Normalize.doi(r.first("DI"))
    if let ut = r.first("UT") {
      record.recordKey = ut
      let bare = ut.uppercased().hasPrefix("WOS:") ? String(ut.dropFirst(4)) : ut
      record.ids.append(Identifier("wos", bare.uppercased()))
    }
    if let pmid = r.first("PM") { record.ids.append(Identifier("pmid", pmid)) }
    record.venue = r.first("SO")
    record.volume = r.first("VL")
    record.issue = r.first("IS")
    if let begin = r.first("BP") {
      record.pages = r.first("EP").map { $0 == begin ? begin : "\(begin)-\($0)" } ?? begin
    } else {
      record.pages = r.first("AR")
    }
    record.authors = WoSAuthors.authors(of: r)
    record.references = lines(of: "CR", in: r).map { WoSFields.reference($0.text) }
    return record
  }

  /// Each value line of the field `tag` with its line number.
  static func lines(of tag: String, in r: TaggedRecord) -> [(text: String, line: Int)] {
    guard let field = r.fields.first(where: { $0.tag == tag }) else { return [] }
    return field.values.enumerated().compactMap { offset, text in
      text.isEmpty ? nil : (text, field.line + offset)
    }
  }
}
