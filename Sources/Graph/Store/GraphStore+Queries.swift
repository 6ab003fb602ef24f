import Foundation
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
    // Exact: any spelling of the identity (every mention's key counts), one indexed query.
    let exact = try read { db in
      try Row.fetchAll(
        db,
        sql: """
          SELECT DISTINCT i.id, i.display_name FROM mention m JOIN identity i ON i.id = m.identity_id
          WHERE m.name_key = ? ORDER BY i.id
          """, arguments: [key]
      ).map { (id: $0[0] as Int64, name: $0[1] as String) }
    }
    if exact.count == 1 { return exact[0].id }
    if exact.count > 1 {
      throw .ambiguousAuthor(name: name, candidates: exact.map { "\($0.id)\t\($0.name)" })
    }
    let words = key.split(separator: " ")
    // Spellings holding every typed word as a substring (SQLite filters one pass over the
    // mentions, CROSS JOIN keeping that order), then whole words checked here; every
    // spelling only when nothing matches (for the suggestions).
    func spellings(containingAll words: [Substring]) throws(GraphError)
      -> [(id: Int64, key: String, name: String)]
    {
      try read { db in
        let filter = words.isEmpty
          ? "" : "WHERE " + words.map { _ in "instr(m.name_key, ?) > 0" }.joined(separator: " AND ")
        return try Row.fetchAll(
          db,
          sql: """
            SELECT DISTINCT i.id, m.name_key, i.display_name
            FROM mention m CROSS JOIN identity i ON i.id = m.identity_id \(filter) ORDER BY i.id
            """, arguments: StatementArguments(words.map(String.init))
        ).map { (id: $0[0] as Int64, key: $0[1] as String, name: $0[2] as String) }
      }
    }
    let matching = words.isEmpty ? [] : try spellings(containingAll: words)
    var containing: [(id: Int64, name: String)] = []
    for candidate in matching where !containing.contains(where: { $0.id == candidate.id }) {
      let candidateWords = Set(candidate.key.split(separator: " "))
      if !words.isEmpty && words.allSatisfy({ candidateWords.contains($0) }) {
        containing.append((candidate.id, candidate.name))
      }
    }
    if containing.count == 1 { return containing[0].id }
    if containing.count > 1 {
      throw .ambiguousAuthor(name: name, candidates: containing.map { "\($0.id)\t\($0.name)" })
    }
    let all = try spellings(containingAll: [])
    var seen = Set<String>()
    let closest = all.map { (EditDistance.between($0.key, key), $0.name) }
      .sorted { $0 < $1 }.map(\.1).filter { seen.insert($0).inserted }.prefix(3)
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

/// One author's work title (for the title terms of a community).
public struct AuthoredTitle: Sendable, Equatable {
  /// Identity id of the author.
  public var author: Int64
  /// Work id.
  public var work: Int64
  /// The work's title.
  public var title: String
}

/// Who wrote which work, with each work's title once: the input of a community's title
/// terms, read in two scans (`GraphStore.authoredWorks`).
public struct AuthoredWorks: Sendable {
  /// Works in ascending id order, with their titles.
  public var works: [(id: Int64, title: String)] = []
  /// Distinct (author, work) pairs in (author, work id) order; `work` indexes `works`.
  public var entries: [(author: Int64, work: Int32)] = []

  public init() {}
}

/// One identity in detail, for `graph author`.
public struct AuthorDetail: Sendable, Equatable, Codable {
  /// Identity id.
  public var id: Int64
  /// Display name.
  public var name: String
  /// Distinct raw spellings seen, sorted.
  public var variants: [String]
  /// The identity's works (title, year), oldest first, then by id.
  public var works: [WorkSummary]

  /// Creates a detail record (edge-list nodes have no spellings or works).
  public init(id: Int64, name: String, variants: [String], works: [WorkSummary]) {
    self.id = id
    self.name = name
    self.variants = variants
    self.works = works
  }
}

/// The community of a node in a recorded communities run.
public struct RecordedCommunity: Sendable, Equatable, Codable {
  /// Run id.
  public var run: Int64
  /// Algorithm of the run.
  public var algorithm: String
  /// Community label in that run.
  public var community: Int
  /// Number of members of that community.
  public var size: Int
}

extension GraphStore {
  /// Titles of every work of `authors` (all authors when nil), inside the year filters.
  ///
  /// One read of the mentions joined to works; a work appears once per author.
  public func authoredTitles(
    of authors: Set<Int64>? = nil, since: Int? = nil, until: Int? = nil
  ) throws(GraphError) -> [AuthoredTitle] {
    try read { db in
      var result: [AuthoredTitle] = []
      let cursor = try Row.fetchCursor(
        db,
        sql: """
          SELECT DISTINCT m.identity_id, w.id, w.title, w.year
          FROM mention m JOIN work w ON w.id = m.work_id
          ORDER BY m.identity_id, w.id
          """)
      while let row = try cursor.next() {
        let author: Int64 = row[0]
        if let authors, !authors.contains(author) { continue }
        let year: Int? = row[3]
        if since != nil || until != nil {
          guard let year else { continue }
          if let since, year < since { continue }
          if let until, year > until { continue }
        }
        result.append(AuthoredTitle(author: author, work: row[1], title: row[2]))
      }
      return result
    }
  }

  /// The works with a year inside `since`…`until` (any work without those bounds) and the
  /// identities that wrote them: the same pairs as `authoredTitles(since:until:)`, with each
  /// title read once.
  ///
  /// Two scans through the C API (`BoundStatement`): the work table in id order, then the
  /// `mention_identity_work` index. At a million works `graph communities`' thread doing
  /// both scans and the term numbering took 8.1 s of CPU, where the join of every mention to
  /// its work's title, repeats removed in a temporary B-tree, took 11.6 s in the sqlite3 shell
  /// alone (issue 8).
  public func authoredWorks(since: Int? = nil, until: Int? = nil) throws(GraphError)
    -> AuthoredWorks
  {
    try read { db in
      var authored = AuthoredWorks()
      var ids: [Int64] = []
      try BoundStatement(db, sql: "SELECT id, title, year FROM work ORDER BY id").forEachRow {
        row in
        if since != nil || until != nil {
          guard let year = row.optionalInt(2) else { return }
          if let since, year < since { return }
          if let until, year > until { return }
        }
        let id = row.int64(0)
        ids.append(id)
        authored.works.append((id, row.text(1)))
      }
      let position = NodePositions(ascending: ids)
      var last: (author: Int64, work: Int64) = (-1, -1)
      try BoundStatement(
        db, sql: "SELECT identity_id, work_id FROM mention ORDER BY identity_id, work_id"
      ).forEachRow { row in
        let pair = (author: row.int64(0), work: row.int64(1))
        guard pair != last, let work = position[pair.work] else { return }
        last = pair
        authored.entries.append((pair.author, Int32(work)))
      }
      return authored
    }
  }

  /// The identity `id` with its spellings and works, or nil when there is no such identity.
  public func authorDetail(_ id: Int64) throws(GraphError) -> AuthorDetail? {
    try read { db in
      guard
        let name = try String.fetchOne(
          db, sql: "SELECT display_name FROM identity WHERE id = ?", arguments: [id])
      else { return nil }
      let variants = try String.fetchAll(
        db, sql: "SELECT DISTINCT raw_name FROM mention WHERE identity_id = ? ORDER BY raw_name",
        arguments: [id])
      let works = try Row.fetchAll(
        db,
        sql: """
          SELECT DISTINCT w.id, w.title, w.year FROM mention m JOIN work w ON w.id = m.work_id
          WHERE m.identity_id = ? ORDER BY w.year IS NULL, w.year, w.id
          """, arguments: [id]
      ).map { WorkSummary(id: $0[0], title: $0[1], year: $0[2]) }
      return AuthorDetail(id: id, name: name, variants: variants, works: works)
    }
  }

  /// The community of `node` in the latest communities run on the network with `fingerprint`,
  /// or nil when no such run covers the node.
  public func latestCommunity(of node: Int64, networkFingerprint fingerprint: String)
    throws(GraphError) -> RecordedCommunity?
  {
    try read { db in
      guard
        let row = try Row.fetchOne(
          db,
          sql: """
            SELECT r.id, r.algorithm, rm.community FROM run r
            JOIN run_membership rm ON rm.run_id = r.id AND rm.node_id = ?
            WHERE r.kind = 'communities' AND r.network_fingerprint = ?
            ORDER BY r.id DESC LIMIT 1
            """, arguments: [node, fingerprint])
      else { return nil }
      let run: Int64 = row[0]
      let community: Int = row[2]
      let size =
        try Int.fetchOne(
          db, sql: "SELECT COUNT(*) FROM run_membership WHERE run_id = ? AND community = ?",
          arguments: [run, community]) ?? 0
      return RecordedCommunity(run: run, algorithm: row[1], community: community, size: size)
    }
  }

  /// Resolves a user-typed name to a node of `network`.
  ///
  /// Networks of identities (coauthor, author-citation) use `resolveAuthor` (case- and
  /// diacritic-insensitive). Other networks (edge lists, works) match the node label or
  /// title exactly; an unknown label suggests the closest labels.
  public func resolveNode(_ name: String, in network: Network) throws(GraphError) -> Int64 {
    guard !network.kind.nodesAreIdentities else { return try resolveAuthor(name) }
    let trimmed = name.trimmingCharacters(in: .whitespaces)
    if let node = network.nodes.first(where: { $0.name == trimmed }) { return node.id }
    let closest = network.nodes.map { (EditDistance.between($0.name, trimmed), $0.name) }
      .sorted { $0 < $1 }.prefix(3).map(\.1)
    throw .unknownAuthor(name: name, suggestions: Array(closest))
  }
}

extension GraphStore {
  /// True when the store holds at least one reference (resolved or not). One indexed probe.
  public func hasReferences() throws(GraphError) -> Bool {
    try read { db in
      try Bool.fetchOne(db, sql: "SELECT EXISTS (SELECT 1 FROM reference)") ?? false
    }
  }

  /// Citations received within the corpus by each work of identity `id` (its non-group
  /// mentions, every year): the number of distinct other works whose references resolve to
  /// it, i.e. the work's in-degree in `citationNetwork(referencesOnly: true)`. Nil when the
  /// identity has no such work (it has then no figures in `CitationMetrics`).
  ///
  /// One indexed query over the identity's mentions and the references resolved to its works.
  public func citationsReceived(byWorksOf id: Int64) throws(GraphError) -> [Int64: Int]? {
    try read { db in
      var counts: [Int64: Int] = [:]
      for row in try Row.fetchAll(
        db,
        sql: """
          SELECT m.work_id,
                 (SELECT COUNT(DISTINCT r.work_id) FROM reference r
                  WHERE r.resolved_work_id = m.work_id AND r.work_id <> m.work_id)
          FROM (SELECT DISTINCT work_id FROM mention WHERE identity_id = ? AND is_group = 0) m
          """, arguments: [id])
      {
        counts[row[0]] = row[1]
      }
      return counts.isEmpty ? nil : counts
    }
  }
}
