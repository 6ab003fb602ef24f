import Foundation

/// Which CSV columns hold which record fields, from `--columns` or a built-in preset.
///
/// `--columns` takes `field=Column` pairs separated by `;`: fields `title` (required),
/// `authors`, `year`, `doi`, `id` (record key), `venue`, `volume`, `issue`, `pages`,
/// `first_page`, `last_page`, `affiliations`; and `authors_separator=` /
/// `affiliations_separator=` (a literal such as `,` or `|`, or the words `semicolon`,
/// `comma`, `and`, `concatenated` — `;` cannot be written literally since it separates
/// pairs; the default is `;`). `--columns ieee` / `--columns springer` name a preset.
struct CSVMapping: Equatable {
  /// How an authors cell separates names.
  enum Separator: Equatable {
    case literal(String)
    /// SpringerLink: names glued together without any separator.
    case concatenated
  }

  var name: String
  var columns: [String: String]
  var authorsSeparator: Separator = .literal(";")
  var affiliationsSeparator: Separator = .literal(";")

  /// Record fields a mapping may name.
  static let fields: Set<String> = [
    "title", "authors", "year", "doi", "id", "venue", "volume", "issue", "pages", "first_page",
    "last_page", "affiliations",
  ]

  /// IEEE Xplore export.
  static let ieee = CSVMapping(
    name: "ieee",
    columns: [
      "title": "Document Title", "authors": "Authors", "affiliations": "Author Affiliations",
      "year": "Publication Year", "doi": "DOI", "venue": "Publication Title", "volume": "Volume",
      "issue": "Issue", "first_page": "Start Page", "last_page": "End Page",
    ])

  /// SpringerLink export (its Authors cell glues names together).
  static let springer = CSVMapping(
    name: "springer",
    columns: [
      "title": "Item Title", "authors": "Authors", "year": "Publication Year", "doi": "Item DOI",
      "venue": "Publication Title", "volume": "Journal Volume", "issue": "Journal Issue",
    ], authorsSeparator: .concatenated)

  static let presets = [ieee, springer]

  /// The preset whose identifying columns the header has, if any.
  static func preset(forHeader names: [String]) -> CSVMapping? {
    let set = Set(names)
    if set.isSuperset(of: ["Document Title", "Authors", "Publication Title", "DOI"]) { return ieee }
    if set.isSuperset(of: ["Item Title", "Item DOI", "Authors"]) { return springer }
    return nil
  }

  /// Parses `--columns`; throws a reason for an unknown field or a malformed pair.
  static func parse(_ text: String) -> Result<CSVMapping, MappingError> {
    let trimmed = text.trimmed()
    if let preset = presets.first(where: { $0.name == trimmed.lowercased() }) {
      return .success(preset)
    }
    var mapping = CSVMapping(name: "--columns", columns: [:])
    for pair in trimmed.split(separator: ";") {
      let parts = pair.split(separator: "=", maxSplits: 1).map { String($0).trimmed() }
      guard parts.count == 2, !parts[0].isEmpty, !parts[1].isEmpty else {
        return .failure(MappingError(reason: "--columns: expected field=Column, got \"\(pair)\""))
      }
      let key = parts[0].lowercased()
      switch key {
      case "authors_separator": mapping.authorsSeparator = separator(parts[1])
      case "affiliations_separator": mapping.affiliationsSeparator = separator(parts[1])
      default:
        guard fields.contains(key) else {
          return .failure(
            MappingError(
              reason: "--columns: unknown field \"\(parts[0])\" (known: \(fields.sorted().joined(separator: ", ")), authors_separator, affiliations_separator)"))
        }
        mapping.columns[key] = parts[1]
      }
    }
    guard mapping.columns["title"] != nil else {
      return .failure(MappingError(reason: "--columns must map title (e.g. title=Title)"))
    }
    return .success(mapping)
  }

  private static func separator(_ text: String) -> Separator {
    switch text.lowercased() {
    case "semicolon": return .literal(";")
    case "comma": return .literal(",")
    case "and": return .literal(" and ")
    case "concatenated", "none": return .concatenated
    default: return .literal(text)
    }
  }

  /// Why a mapping was refused.
  struct MappingError: Error {
    var reason: String
  }

  /// Splits an authors (or affiliations) cell.
  static func split(_ cell: String, by separator: Separator) -> [String] {
    switch separator {
    case .literal(let literal):
      return cell.components(separatedBy: literal).map { $0.trimmed() }.filter { !$0.isEmpty }
    case .concatenated:
      return ConcatenatedNames.split(cell)
    }
  }
}

/// Splits SpringerLink's glued author lists ("Araz R. AlievNigar T. Ismayilova").
///
/// Best effort: a name boundary is a lower-case letter directly followed by an upper-case
/// one. Pieces without a space are not whole names (camel-cased given names such as
/// "DeHao", or "McDonald"): such a piece joins the previous piece when that one ends in a
/// name prefix (Mc, Mac, De, Di, Da, Du, La, Le, O, Van, Von, Fitz) or when it is the last
/// piece, and the next piece otherwise. Names such as "Chandima HewaNadungodage" are split
/// wrongly; Springer's export carries no information to do better.
enum ConcatenatedNames {
  static let prefixes: Set<String> = [
    "mc", "mac", "de", "di", "da", "du", "la", "le", "o", "van", "von", "fitz", "del", "della",
  ]

  static func split(_ cell: String) -> [String] {
    let chars = Array(cell.trimmed())
    guard !chars.isEmpty else { return [] }
    var pieces: [String] = []
    var current = ""
    for (index, c) in chars.enumerated() {
      if index > 0, c.isUppercase, chars[index - 1].isLowercase, !current.isEmpty {
        pieces.append(current)
        current = ""
      }
      current.append(c)
    }
    pieces.append(current)
    var names: [String] = []
    var carry = ""
    for (index, piece) in pieces.enumerated() {
      let text = carry + piece
      carry = ""
      if text.contains(" ") {
        names.append(text)
        continue
      }
      let isLast = index == pieces.count - 1
      let previousWord = names.last?.split(separator: " ").last.map { $0.lowercased() } ?? ""
      if let last = names.indices.last, isLast || prefixes.contains(previousWord) {
        names[last] += text
      } else if isLast {
        names.append(text)
      } else {
        carry = text
      }
    }
    return names.map { $0.trimmed() }.filter { !$0.isEmpty }
  }
}
