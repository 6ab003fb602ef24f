import Foundation

/// Field parsers for Web of Science plain text: C1 addresses, OI/RI person ids and CR cited
/// references.
enum WoSFields {
  /// One C1 line: the bracketed author names (empty for old records without names) and the
  /// address.
  static func address(_ line: String) -> (names: [String], address: String) {
    let text = line.trimmed()
    guard text.hasPrefix("["), let close = text.firstIndex(of: "]") else { return ([], text) }
    let names = text[text.index(after: text.startIndex)..<close].split(separator: ";").map {
      String($0).trimmed()
    }
    let address = String(text[text.index(after: close)...]).trimmed()
    return (names.filter { !$0.isEmpty }, address)
  }

  /// `Name, Surname/ID; Name2/ID2` (OI or RI, continuation lines already joined) → pairs.
  static func personIDs(_ text: String) -> [(name: String, id: String)] {
    text.split(separator: ";").compactMap { part in
      let item = String(part).trimmed()
      guard let slash = item.lastIndex(of: "/") else { return nil }
      let name = String(item[..<slash]).trimmed()
      let id = String(item[item.index(after: slash)...]).trimmed()
      return name.isEmpty || id.isEmpty ? nil : (name, id)
    }
  }

  /// A matching key for a name: folded, without punctuation ("kaiser robin").
  static func nameKey(_ name: String) -> String { NameKey.fold(name) }

  /// `Surname I, year, SOURCE, Vvol, Ppage, DOI 10.x` → a reference; `raw` is the line.
  static func reference(_ line: String) -> ParsedReference {
    let raw = line.trimmed()
    var reference = ParsedReference(raw: raw)
    let parts = raw.components(separatedBy: ", ").map { $0.trimmed() }
    var index = 0
    if let first = parts.first, !isYear(first) {
      let author = first.stripping(["[", "]"])
      if !author.isEmpty, author.uppercased() != "ANONYMOUS" { reference.firstAuthor = first }
      index = 1
    }
    if index < parts.count, isYear(parts[index]) {
      reference.year = Int(parts[index])
      index += 1
    }
    if index < parts.count, !isLocator(parts[index]) {
      reference.venue = parts[index]
    }
    for part in parts where part.hasPrefix("DOI ") {
      let value = part.dropFirst(4).stripping(["[", "]", " "])
      let first = value.split(separator: ",").first.map(String.init) ?? value
      if let doi = Normalize.doi(first) {
        reference.ids.append(Identifier("doi", doi))
        break
      }
    }
    return reference
  }

  private static func isYear(_ text: String) -> Bool {
    text.count == 4 && text.allSatisfy(\.isNumber)
  }

  /// "V28", "P1", "DOI ..." parts that follow the source.
  private static func isLocator(_ text: String) -> Bool {
    if text.hasPrefix("DOI ") { return true }
    guard let first = text.first, first == "V" || first == "P" else { return false }
    return text.dropFirst().first?.isNumber ?? false
  }
}

extension String {
  /// The string without any of `characters` at either end.
  func stripping(_ characters: Set<Character>) -> String {
    var s = self[...]
    while let f = s.first, characters.contains(f) { s = s.dropFirst() }
    while let l = s.last, characters.contains(l) { s = s.dropLast() }
    return String(s)
  }
}

extension Substring {
  /// The substring without any of `characters` at either end.
  func stripping(_ characters: Set<Character>) -> String {
    String(self).stripping(characters)
  }
}
