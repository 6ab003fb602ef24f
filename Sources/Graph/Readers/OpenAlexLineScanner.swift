/// Reads one OpenAlex JSONL line (one work object) straight into the members
/// `OpenAlexReader.record` uses, without building the line's value tree: member names are
/// compared as bytes, members nobody reads are skipped, `referenced_works` entries become
/// references from their bytes, and authorships are walked member by member.
///
/// The result is the record `OpenAlexReader.convert` makes of the parsed line (the
/// definition; `OpenAlexLineScannerTests` compares the two on real and generated lines). A
/// line this walk does not take (an API response with `results`, an escaped member name, a
/// syntax error, …) gives nil and is parsed the general way.
///
/// Issue 8: the reader thread spent most of a million-work ingest building values (strings,
/// member lists, arrays) that the conversion then read once.
enum OpenAlexLineScanner {
  /// The record of the work on `text` (line `line`), or nil when the line is left to the
  /// general parser.
  static func outcome(of text: String, line: Int) -> JSONRecordStream.Outcome? {
    let scanner = JSONScanner(text: text, line: line)
    do {
      guard try scanner.peek() == UInt8(ascii: "{") else { return nil }
      let fields = try work(scanner, line: line)
      guard try scanner.peek() == nil else { return nil }
      return OpenAlexReader.record(fields, line: line)
    } catch {
      return nil
    }
  }

  /// The fields of the work object starting here.
  private static func work(_ scanner: JSONScanner, line: Int) throws
    -> OpenAlexReader.WorkFields
  {
    var fields = OpenAlexReader.WorkFields()
    try scanner.forEachMemberName(depth: 0) { name in
      if scanner.bytes(name, are: "authorships") {
        fields.authors = []
        guard try scanner.peekRequired() == UInt8(ascii: "[") else {
          try scanner.skipInLine(depth: 1)
          return
        }
        try scanner.forEachElement(depth: 1) {
          if let author = try authorship(scanner, line: line) { fields.authors.append(author) }
        }
      } else if scanner.bytes(name, are: "referenced_works") {
        fields.references = []
        guard try scanner.peekRequired() == UInt8(ascii: "[") else {
          try scanner.skipInLine(depth: 1)
          return
        }
        try scanner.forEachElement(depth: 1) {
          if let reference = try citedWork(scanner) { fields.references.append(reference) }
        }
      } else if let member = valueMembers.first(where: { scanner.bytes(name, are: $0.name) }) {
        fields[keyPath: member.field] = try scanner.parseValue(depth: 1)
      } else if scanner.bytes(name, are: "results") {
        throw JSONScanner.LeftToGeneralPath()  // an API response, not a work
      } else {
        try scanner.skipInLine(depth: 1)
      }
    }
    return fields
  }

  /// The work members kept as parsed values (small ones), and where each goes. A constant
  /// (key paths are not marked Sendable in this toolchain, hence `nonisolated(unsafe)`).
  nonisolated(unsafe) private static let valueMembers:
    [(name: StaticString, field: WritableKeyPath<OpenAlexReader.WorkFields, JSONValue?>)] = [
      ("id", \.id), ("ids", \.ids), ("doi", \.doi), ("title", \.title),
      ("display_name", \.displayName), ("publication_year", \.publicationYear),
      ("primary_location", \.primaryLocation), ("host_venue", \.hostVenue), ("biblio", \.biblio),
    ]

  /// A `referenced_works` entry as a reference: read in place when it is a plain string
  /// without whitespace (collapsing would leave it as it is), else through its value.
  private static func citedWork(_ scanner: JSONScanner) throws -> ParsedReference? {
    if try scanner.peekRequired() == UInt8(ascii: "\""), let range = scanner.plainString() {
      let text = scanner.bytes[range]
      if !text.isEmpty, !text.contains(where: { $0 == 0x20 || $0 == 0x09 || $0 == 0x0A || $0 == 0x0D })
      {
        return OpenAlexReader.reference(citing: String(decoding: text, as: UTF8.self))
      }
      return OpenAlexReader.reference(
        citing: JSONValue.string(String(decoding: text, as: UTF8.self)).text)
    }
    return OpenAlexReader.reference(citing: try scanner.parseValue(depth: 2).text)
  }

  /// One authorship as `OpenAlexReader.author` makes it from the parsed object: the last
  /// `author` member's `display_name`, `id` and `orcid`, `raw_author_name`, the
  /// `display_name`s of `institutions`, else `raw_affiliation_strings` or
  /// `raw_affiliation_string`. Nil when it names nobody (or is not an object).
  private static func authorship(_ scanner: JSONScanner, line: Int) throws -> ParsedAuthor? {
    guard try scanner.peekRequired() == UInt8(ascii: "{") else {
      try scanner.skipInLine(depth: 2)
      return nil
    }
    var person: (name: JSONValue?, id: JSONValue?, orcid: JSONValue?)?
    var rawName: JSONValue?
    var institutions: [String] = []
    var rawAffiliations: JSONValue?
    var rawAffiliation: JSONValue?
    try scanner.forEachMemberName(depth: 2) { name in
      if scanner.bytes(name, are: "author") {
        person = nil
        guard try scanner.peekRequired() == UInt8(ascii: "{") else {
          try scanner.skipInLine(depth: 3)
          return
        }
        var found: (name: JSONValue?, id: JSONValue?, orcid: JSONValue?) = (nil, nil, nil)
        try scanner.forEachMemberName(depth: 3) { member in
          if scanner.bytes(member, are: "display_name") {
            found.name = try scanner.parseValue(depth: 4)
          } else if scanner.bytes(member, are: "id") {
            found.id = try scanner.parseValue(depth: 4)
          } else if scanner.bytes(member, are: "orcid") {
            found.orcid = try scanner.parseValue(depth: 4)
          } else {
            try scanner.skipInLine(depth: 4)
          }
        }
        person = found
      } else if scanner.bytes(name, are: "institutions") {
        institutions = []
        guard try scanner.peekRequired() == UInt8(ascii: "[") else {
          try scanner.skipInLine(depth: 3)
          return
        }
        try scanner.forEachElement(depth: 3) {
          guard try scanner.peekRequired() == UInt8(ascii: "{") else {
            try scanner.skipInLine(depth: 4)
            return
          }
          var displayName: JSONValue?
          try scanner.forEachMemberName(depth: 4) { member in
            if scanner.bytes(member, are: "display_name") {
              displayName = try scanner.parseValue(depth: 5)
            } else {
              try scanner.skipInLine(depth: 5)
            }
          }
          if let text = displayName?.text { institutions.append(text) }
        }
      } else if scanner.bytes(name, are: "raw_author_name") {
        rawName = try scanner.parseValue(depth: 3)
      } else if scanner.bytes(name, are: "raw_affiliation_strings") {
        rawAffiliations = try scanner.parseValue(depth: 3)
      } else if scanner.bytes(name, are: "raw_affiliation_string") {
        rawAffiliation = try scanner.parseValue(depth: 3)
      } else {
        try scanner.skipInLine(depth: 3)
      }
    }
    guard let name = person?.name?.text ?? rawName?.text else { return nil }
    var ids: [Identifier] = []
    if let id = Normalize.openAlexID(person?.id?.text) { ids.append(Identifier("openalex", id)) }
    if let orcid = Normalize.orcid(person?.orcid?.text) { ids.append(Identifier("orcid", orcid)) }
    var affiliations = institutions
    if affiliations.isEmpty {
      affiliations = (rawAffiliations?.array ?? []).compactMap(\.text)
      if affiliations.isEmpty, let single = rawAffiliation?.text { affiliations = [single] }
    }
    return ParsedAuthor(raw: name, line: line, ids: ids, affiliations: affiliations)
  }
}
