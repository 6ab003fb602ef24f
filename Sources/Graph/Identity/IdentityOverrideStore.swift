import Foundation
internal import GRDB

/// Stored user overrides (aliases, merges, splits); they survive re-ingest and are applied on
/// every resolution.
struct IdentityOverrideStore {
  let db: Database

  /// All overrides, folded into the resolver's form.
  func load() throws -> IdentityOverrides {
    var overrides = IdentityOverrides()
    for row in try Row.fetchAll(db, sql: "SELECT kind, a, b FROM identity_override ORDER BY id") {
      let kind: String = row[0]
      let a: String = row[1]
      let b: String = row[2]
      switch kind {
      case "alias": overrides.aliases[NameKey.person(a)] = b
      case "merge": overrides.merges.append((NameKey.person(a), NameKey.person(b)))
      case "split":
        if b.isEmpty {
          overrides.strictNames.insert(NameKey.person(a))
        } else {
          overrides.splits.append((NameKey.person(a), NameKey.person(b)))
        }
      default: continue
      }
    }
    return overrides
  }

  /// Adds one override (ignored when already present).
  func add(_ override: IdentityOverride, origin: String) throws {
    try db.execute(
      sql: """
        INSERT OR IGNORE INTO identity_override (kind, a, b, origin, created_at)
        VALUES (?, ?, ?, ?, ?)
        """,
      arguments: [
        override.kind.rawValue, override.a, override.b, origin,
        ISO8601DateFormatter().string(from: Date()),
      ])
  }
}

/// One user decision about identities.
public struct IdentityOverride: Sendable, Equatable {
  /// What the decision says.
  public enum Kind: String, Sendable {
    /// Mentions named `a` are treated as named `b` (VOSviewer thesaurus row).
    case alias
    /// Persons named `a` and `b` are one person.
    case merge
    /// Persons named `a` and `b` are never one person; with `b` empty, mentions named `a`
    /// merge only with corroboration.
    case split
  }

  /// The decision's kind.
  public var kind: Kind
  /// First name.
  public var a: String
  /// Second name (empty for a one-name split).
  public var b: String

  /// Creates an override.
  public init(_ kind: Kind, _ a: String, _ b: String = "") {
    self.kind = kind
    self.a = a
    self.b = b
  }
}

/// Reads an aliases file: VOSviewer thesaurus rows `label<TAB>replace by` (a header row with
/// those words is skipped), plus `merge<TAB>A<TAB>B` and `split<TAB>A[<TAB>B]` lines; `#`
/// comments and blank lines are ignored.
public enum AliasesFile {
  /// The overrides of `text`; a malformed line throws `.badInput` with file and line.
  public static func parse(_ text: String, file: String) throws(GraphError) -> [IdentityOverride] {
    var out: [IdentityOverride] = []
    for (index, rawLine) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
      let line = rawLine.hasSuffix("\r") ? rawLine.dropLast() : rawLine
      if line.trimmingCharacters(in: .whitespaces).isEmpty || line.hasPrefix("#") { continue }
      let fields = line.split(separator: "\t", omittingEmptySubsequences: false).map {
        $0.trimmingCharacters(in: .whitespaces)
      }
      switch fields.first?.lowercased() {
      case "merge":
        guard fields.count == 3, !fields[1].isEmpty, !fields[2].isEmpty else {
          throw .badInput(file: file, line: index + 1, reason: "merge needs two names: merge<TAB>A<TAB>B")
        }
        out.append(IdentityOverride(.merge, fields[1], fields[2]))
      case "split":
        guard (2...3).contains(fields.count), !fields[1].isEmpty else {
          throw .badInput(file: file, line: index + 1, reason: "split needs a name: split<TAB>A[<TAB>B]")
        }
        out.append(IdentityOverride(.split, fields[1], fields.count == 3 ? fields[2] : ""))
      case "label":
        if fields.count == 2 && fields[1].lowercased() == "replace by" { continue }
        fallthrough
      default:
        guard fields.count == 2, !fields[0].isEmpty, !fields[1].isEmpty else {
          throw .badInput(
            file: file, line: index + 1,
            reason: "expected `label<TAB>replace by`, `merge<TAB>A<TAB>B` or `split<TAB>A[<TAB>B]`")
        }
        out.append(IdentityOverride(.alias, fields[0], fields[1]))
      }
    }
    return out
  }
}
