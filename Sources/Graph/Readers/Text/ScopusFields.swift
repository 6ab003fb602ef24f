import Foundation

/// Field parsers for Scopus CSV exports: author lists, full names with ids, affiliations,
/// and reference strings.
enum ScopusFields {
  /// "Phillips J.C., Braun R." (older exports) or "Hao J.; High R." (newer ones) → names.
  /// "[No author name available]" → none.
  static func authorNames(_ field: String) -> [String] {
    let text = field.trimmed()
    if text.isEmpty || text.hasPrefix("[No author") { return [] }
    let separator = text.contains(";") ? ";" : ","
    return text.components(separatedBy: separator).map { $0.trimmed() }.filter { !$0.isEmpty }
  }

  /// "Surname, Given (57221302630); ..." → (name, scopus id) pairs.
  static func fullNames(_ field: String) -> [(name: String, id: String?)] {
    field.components(separatedBy: ";").map { $0.trimmed() }.filter { !$0.isEmpty }.map { item in
      if item.hasSuffix(")"), let open = item.lastIndex(of: "(") {
        let id = item[item.index(after: open)..<item.index(before: item.endIndex)]
        if !id.isEmpty, id.allSatisfy(\.isNumber) {
          return (String(item[..<open]).trimmed(), String(id))
        }
      }
      return (item, nil)
    }
  }

  /// "57202138757;7402220509;" → ids (blank ones dropped at the end only, to keep alignment).
  static func authorIDs(_ field: String) -> [String] {
    var ids = field.components(separatedBy: ";").map { $0.trimmed() }
    while ids.last == "" { ids.removeLast() }
    return ids
  }

  /// The affiliation part of each "Authors with affiliations" entry, aligned with `names`:
  /// entries ("Name, Address; Name, Address") are matched to authors by position when the
  /// counts agree, else by the name they start with.
  static func affiliations(_ field: String, names: [String]) -> [[String]] {
    var result = Array(repeating: [String](), count: names.count)
    let entries = field.components(separatedBy: "; ").map { $0.trimmed() }.filter { !$0.isEmpty }
    guard !entries.isEmpty else { return result }
    for (offset, entry) in entries.enumerated() {
      if entries.count == names.count, let address = strip(name: names[offset], from: entry) {
        if !address.isEmpty { result[offset].append(address) }
        continue
      }
      for (index, name) in names.enumerated() {
        if let address = strip(name: name, from: entry) {
          if !address.isEmpty, !result[index].contains(address) { result[index].append(address) }
          break
        }
      }
    }
    return result
  }

  /// `entry` without its leading author name in either printed form ("Hao J., …" or
  /// "Phillips, J.C., …"); nil when the entry does not start with that name.
  static func strip(name: String, from entry: String) -> String? {
    var forms = [name + ","]
    let split = NameSplitter.initialsLast(name)
    if let family = split.family, let given = split.given { forms.append("\(family), \(given),") }
    for form in forms where entry.hasPrefix(form) {
      return String(entry.dropFirst(form.count)).trimmed()
    }
    if entry == name { return "" }
    return nil
  }

  /// One reference string → a reference with year (a parenthesised year, else the last
  /// plausible year) and DOI when present; the first author is the text before the first comma.
  static func reference(_ text: String) -> ParsedReference {
    var reference = ParsedReference(raw: text)
    if let comma = text.firstIndex(of: ",") {
      let first = String(text[..<comma]).trimmed()
      if !first.isEmpty, first.count <= 60 { reference.firstAuthor = first }
    }
    reference.year = parenthesisedYear(text) ?? Normalize.year(text)
    if let range = text.range(of: "10.", options: []),
      text[..<range.lowerBound].lowercased().contains("doi")
    {
      let tail = text[range.lowerBound...].prefix { !$0.isWhitespace && $0 != ";" }
      reference.ids.append(Identifier("doi", Normalize.doi(String(tail)) ?? String(tail).lowercased()))
    }
    return reference
  }

  /// The year of a "(1999)" group, if any.
  private static func parenthesisedYear(_ text: String) -> Int? {
    let chars = Array(text)
    var i = 0
    while i + 5 < chars.count {
      if chars[i] == "(", chars[i + 5] == ")", chars[(i + 1)...(i + 4)].allSatisfy(\.isNumber),
        let year = Int(String(chars[(i + 1)...(i + 4)])), (1000...2999).contains(year)
      {
        return year
      }
      i += 1
    }
    return nil
  }
}
