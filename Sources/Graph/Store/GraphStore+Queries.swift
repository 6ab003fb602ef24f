internal import GRDB

/// Totals over the whole store.
public struct StoreCounts: Sendable, Equatable, Codable {
  /// Ingested sources (files).
  public var sources: Int
  /// Distinct works.
  public var works: Int
  /// Works with at least one author mention.
  public var worksWithAuthors: Int
  /// Author mentions (one per author entry of each record).
  public var mentions: Int
  /// Resolved author identities.
  public var authors: Int

  /// Creates totals.
  public init(sources: Int, works: Int, worksWithAuthors: Int, mentions: Int, authors: Int) {
    self.sources = sources
    self.works = works
    self.worksWithAuthors = worksWithAuthors
    self.mentions = mentions
    self.authors = authors
  }
}

/// One identity with its activity, for `graph authors`.
public struct AuthorSummary: Sendable, Equatable, Codable {
  /// Identity id.
  public var id: Int64
  /// Display name.
  public var name: String
  /// Distinct works.
  public var works: Int
  /// Mentions resolved to this identity.
  public var mentions: Int
  /// Distinct raw spellings seen.
  public var variants: [String]
}

/// A work's title and year, for showing the papers behind an edge.
public struct WorkSummary: Sendable, Equatable, Codable {
  /// Work id.
  public var id: Int64
  /// Title.
  public var title: String
  /// Year, when known.
  public var year: Int?
}

extension GraphStore {
  /// Totals over the whole store.
  public func counts() throws(GraphError) -> StoreCounts {
    try read { db in
      func count(_ sql: String) throws -> Int { try Int.fetchOne(db, sql: sql) ?? 0 }
      return StoreCounts(
        sources: try count("SELECT COUNT(*) FROM source"),
        works: try count("SELECT COUNT(*) FROM work"),
        worksWithAuthors: try count("SELECT COUNT(DISTINCT work_id) FROM mention"),
        mentions: try count("SELECT COUNT(*) FROM mention"),
        authors: try count("SELECT COUNT(*) FROM identity"))
    }
  }

  /// Every identity with its works, mentions and spellings, most works first, then by name.
  public func authors() throws(GraphError) -> [AuthorSummary] {
    try read { db in
      let rows = try Row.fetchAll(
        db,
        sql: """
          SELECT i.id, i.display_name, COUNT(DISTINCT m.work_id), COUNT(*),
                 GROUP_CONCAT(DISTINCT m.raw_name)
          FROM identity i JOIN mention m ON m.identity_id = i.id
          GROUP BY i.id
          """)
      return rows.map { row in
        let variants: String = row[4] ?? ""
        return AuthorSummary(
          id: row[0], name: row[1], works: row[2], mentions: row[3],
          variants: variants.split(separator: ",").map(String.init).sorted())
      }.sorted { ($1.works, $0.name, $0.id) < ($0.works, $1.name, $1.id) }
    }
  }

  /// Titles and years of `ids`, in ascending id order.
  public func works(_ ids: [Int64]) throws(GraphError) -> [WorkSummary] {
    guard !ids.isEmpty else { return [] }
    return try read { db in
      let unique = Array(Set(ids)).sorted()
      let placeholders = unique.map { _ in "?" }.joined(separator: ",")
      return try Row.fetchAll(
        db, sql: "SELECT id, title, year FROM work WHERE id IN (\(placeholders)) ORDER BY id",
        arguments: StatementArguments(unique)
      ).map { WorkSummary(id: $0[0], title: $0[1], year: $0[2]) }
    }
  }

  /// Resolves a user-typed name to one identity id (case- and diacritic-insensitive).
  ///
  /// Exact normalized match first; then identities whose name contains every word typed.
  /// Throws `.ambiguousAuthor` listing candidates, or `.unknownAuthor` with the closest names.
  public func resolveAuthor(_ name: String) throws(GraphError) -> Int64 {
    let key = NameKey.person(name)
    let all = try read { db in
      try Row.fetchAll(db, sql: "SELECT id, name_key, display_name FROM identity ORDER BY id")
        .map { (id: $0[0] as Int64, key: $0[1] as String, name: $0[2] as String) }
    }
    if let exact = all.first(where: { $0.key == key }) { return exact.id }
    let words = key.split(separator: " ")
    let containing = all.filter { candidate in
      let candidateWords = Set(candidate.key.split(separator: " "))
      return !words.isEmpty && words.allSatisfy { candidateWords.contains($0) }
    }
    if containing.count == 1 { return containing[0].id }
    if containing.count > 1 {
      throw .ambiguousAuthor(name: name, candidates: containing.map { "\($0.id)\t\($0.name)" })
    }
    let closest = all.map { (EditDistance.between($0.key, key), $0.name) }
      .sorted { $0 < $1 }.prefix(3).map(\.1)
    throw .unknownAuthor(name: name, suggestions: Array(closest))
  }
}

/// Levenshtein distance, for "did you mean" suggestions.
enum EditDistance {
  /// Edits (insert, delete, substitute) turning `a` into `b`. O(|a|·|b|).
  static func between(_ a: String, _ b: String) -> Int {
    let x = Array(a)
    let y = Array(b)
    if x.isEmpty { return y.count }
    var previous = Array(0...y.count)
    var current = previous
    for i in 1...x.count {
      current[0] = i
      for j in stride(from: 1, through: y.count, by: 1) {
        current[j] = Swift.min(
          previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (x[i - 1] == y[j - 1] ? 0 : 1))
      }
      swap(&previous, &current)
    }
    return previous[y.count]
  }
}
