/// Builds a Web of Science record's author entries: AF/AU names, CA/GP groups, C1
/// affiliations and OI/RI identifiers matched to authors by name.
enum WoSAuthors {
  /// The author entries of `r`, in source order.
  static func authors(of r: TaggedRecord) -> [ParsedAuthor] {
    let short = WoSReader.lines(of: "AU", in: r)
    let full = WoSReader.lines(of: "AF", in: r)
    var authors: [ParsedAuthor] = []
    var shortKeys: [String] = []
    for index in 0..<max(short.count, full.count) {
      let entry = index < full.count ? full[index] : short[index]
      let split = NameSplitter.inverted(entry.text)
      authors.append(
        ParsedAuthor(raw: entry.text, line: entry.line, given: split.given, family: split.family))
      shortKeys.append(index < short.count ? WoSFields.nameKey(short[index].text) : "")
    }
    for tag in ["CA", "GP"] {
      for group in WoSReader.lines(of: tag, in: r) {
        authors.append(ParsedAuthor(raw: group.text, line: group.line, isGroup: true))
        shortKeys.append("")
      }
    }
    attachAffiliations(r, to: &authors, shortKeys: shortKeys)
    attachIDs(r.joined("OI"), scheme: "orcid", to: &authors, shortKeys: shortKeys)
    attachIDs(r.joined("RI"), scheme: "researcherid", to: &authors, shortKeys: shortKeys)
    return authors
  }

  /// Index of the person whose name matches `name` (full name, short name, or surname plus
  /// first initial), or nil.
  static func match(_ name: String, in authors: [ParsedAuthor], shortKeys: [String]) -> Int? {
    let key = WoSFields.nameKey(name)
    guard !key.isEmpty else { return nil }
    if let exact = authors.indices.first(where: {
      !authors[$0].isGroup && (WoSFields.nameKey(authors[$0].raw) == key || shortKeys[$0] == key)
    }) {
      return exact
    }
    let split = NameSplitter.inverted(name)
    guard let family = split.family.map(WoSFields.nameKey), let initial = split.given.map(WoSFields.nameKey)?.first
    else { return nil }
    let candidates = authors.indices.filter { index in
      let author = authors[index]
      guard !author.isGroup, let f = author.family.map(WoSFields.nameKey), f == family else {
        return false
      }
      return author.given.map(WoSFields.nameKey)?.first == initial
    }
    return candidates.count == 1 ? candidates.first : nil
  }

  private static func attachAffiliations(
    _ r: TaggedRecord, to authors: inout [ParsedAuthor], shortKeys: [String]
  ) {
    let persons = authors.indices.filter { !authors[$0].isGroup }
    for line in WoSReader.lines(of: "C1", in: r) {
      let (names, address) = WoSFields.address(line.text)
      guard !address.isEmpty else { continue }
      var targets: [Int] = []
      if names.isEmpty {
        if persons.count == 1, let only = persons.first { targets = [only] }
      } else {
        targets = names.compactMap { match($0, in: authors, shortKeys: shortKeys) }
      }
      for index in targets where !authors[index].affiliations.contains(address) {
        authors[index].affiliations.append(address)
      }
    }
  }

  private static func attachIDs(
    _ values: [String], scheme: String, to authors: inout [ParsedAuthor], shortKeys: [String]
  ) {
    for value in values {
      for (name, rawID) in WoSFields.personIDs(value) {
        let id = scheme == "orcid" ? Normalize.orcid(rawID) : rawID.trimmed()
        guard let id, !id.isEmpty, let index = match(name, in: authors, shortKeys: shortKeys),
          !authors[index].ids.contains(where: { $0.scheme == scheme })
        else { continue }
        authors[index].ids.append(Identifier(scheme, id))
      }
    }
  }
}
