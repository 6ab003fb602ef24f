import Foundation
internal import GRDB

/// Runs identity resolution on the mentions of some blocks inside an open transaction:
/// loads their evidence, clusters them (`IdentityClustering`), keeps identity ids stable
/// (a cluster keeps the id most of its mentions had), and stores the merge decisions.
struct IdentityStoreResolver {
  let db: Database
  let policy: SameNamePolicy

  /// Incremental resolution after an ingest: the blocks of mentions not yet keyed (the new
  /// ones), the `extra` blocks (of mentions a replaced source took away), and blocks linked
  /// to them by a shared person id or a user merge.
  func resolve(extra: Set<String>) throws {
    let overrides = try IdentityOverrideStore(db: db).load()
    let fresh = try applyAliasesAndBlockKeys(overrides, onlyMissing: true)
    try resolve(blocks: try linkedBlocks(fresh.union(extra), overrides: overrides), overrides: overrides)
  }

  /// A first ingest's mentions (its `SessionEvidence`) with their planned identities and
  /// decisions, before any is stored.
  struct SessionClusters {
    var mentions: [MentionEvidence]
    var plan: IdentityAssignment?
    var decisions: [MergeDecision]
  }

  /// Resolution after a first ingest without overrides, from the evidence gathered while
  /// storing: every stored mention is in it, so nothing is read back. Clusters the evidence
  /// (completing it once the id links are made: `IdentityClustering.resolve`) and plans its
  /// identities without touching the database, so it may run on another thread while the
  /// transaction goes on (`IdentityAssignment`). `stored` holds the key and display name of
  /// every identity the ingest created (what `assign` would read back).
  static func cluster(
    sessionEvidence evidence: SessionEvidence, policy: SameNamePolicy,
    stored: [Int64: (key: String, display: String)]
  ) -> SessionClusters {
    var mentions = evidence.takeMentions()
    guard !mentions.isEmpty else { return SessionClusters(mentions: [], plan: nil, decisions: []) }
    let blocks = NameBlocks(mentions)
    let (clusters, decisions) = IdentityClustering.resolve(
      &mentions, policy: policy, blocks: blocks,
      complete: { evidence.complete(&$0, needed: $1) })
    return SessionClusters(
      mentions: mentions,
      plan: IdentityAssignment(clusters: clusters, mentions: mentions, stored: stored),
      decisions: decisions)
  }

  /// Writes identities planned by `cluster(sessionEvidence:policy:stored:)`.
  func store(_ clustered: SessionClusters) throws {
    guard let plan = clustered.plan else { return }
    try write(plan, mentions: clustered.mentions, decisions: clustered.decisions)
  }

  /// Resolves the whole store again (after an override changed).
  func resolveAll() throws {
    let overrides = try IdentityOverrideStore(db: db).load()
    _ = try applyAliasesAndBlockKeys(overrides, onlyMissing: false)
    let blocks = Set(
      try String.fetchAll(db, sql: "SELECT DISTINCT block_key FROM mention WHERE is_group = 0"))
    try resolve(blocks: blocks, overrides: overrides)
  }

  private func resolve(blocks: Set<String>, overrides: IdentityOverrides) throws {
    guard !blocks.isEmpty else { return }
    let mentions = try IdentityEvidenceLoader(
      db: db, aliases: overrides.aliases, completeEvidence: !overrides.merges.isEmpty
    ).load(blocks: blocks)
    let (clusters, decisions) = IdentityClustering.resolve(mentions, policy: policy, overrides: overrides)
    try assign(clusters, mentions: mentions, decisions: decisions)
  }

  /// Sets the block key and (aliased) name key of mentions: those without a block key, or all
  /// when `onlyMissing` is false. Returns the block keys it set.
  private func applyAliasesAndBlockKeys(_ overrides: IdentityOverrides, onlyMissing: Bool) throws
    -> Set<String>
  {
    var keys = Set<String>()
    let rows = try Row.fetchAll(
      db,
      sql: "SELECT id, raw_name, given_name, family_name, name_key FROM mention WHERE is_group = 0"
        + (onlyMissing ? " AND block_key = ''" : ""))
    let update = try db.cachedStatement(sql: "UPDATE mention SET block_key = ?, name_key = ? WHERE id = ?")
    for row in rows {
      let raw: String = row["raw_name"]
      let parts = IdentityNaming.parts(
        raw: raw, given: row["given_name"], family: row["family_name"], aliases: overrides.aliases)
      let block = NameParts.blockKey(given: parts.given, surname: parts.surname)
      keys.insert(block)
      try update.execute(arguments: [block, parts.key, row["id"] as Int64])
    }
    return keys
  }

  /// Adds blocks reachable through shared person ids and user merges (a few rounds, each
  /// one set-based query over a temporary table of the frontier blocks).
  private func linkedBlocks(_ start: Set<String>, overrides: IdentityOverrides) throws -> Set<String> {
    if try Self.covers(start, db: db) { return start }
    var blocks = start
    var frontier = start
    let hasIDs = try Bool.fetchOne(db, sql: "SELECT EXISTS (SELECT 1 FROM mention_identifier)") ?? false
    for _ in 0..<3 where !frontier.isEmpty {
      var found = Set<String>()
      if hasIDs {
        try BlockTable.fill(db, with: frontier)
        // CROSS JOIN fixes the join order: frontier blocks → their mentions → their ids.
        found.formUnion(
          try String.fetchAll(
            db,
            sql: """
              SELECT DISTINCT m2.block_key
              FROM resolve_block b
              CROSS JOIN mention m1 ON m1.block_key = b.key
              CROSS JOIN mention_identifier i1 ON i1.mention_id = m1.id
              CROSS JOIN mention_identifier i2 ON i2.scheme = i1.scheme AND i2.value = i1.value
              CROSS JOIN mention m2 ON m2.id = i2.mention_id
              WHERE i1.scheme IN ('orcid', 'openalex', 'scopus', 'dblp')
              """))
      }
      for (x, y) in overrides.merges {
        let keys = try String.fetchAll(
          db, sql: "SELECT DISTINCT block_key FROM mention WHERE name_key IN (?, ?)", arguments: [x, y])
        if !Set(keys).isDisjoint(with: blocks) { found.formUnion(keys) }
      }
      frontier = found.subtracting(blocks)
      blocks.formUnion(found)
    }
    return blocks
  }

  /// True when `blocks` holds every block of the store (a first ingest): nothing is left to
  /// link. One pass over the block index, stopping at the first block not in the set.
  private static func covers(_ blocks: Set<String>, db: Database) throws -> Bool {
    let cursor = try String.fetchCursor(
      db, sql: "SELECT DISTINCT block_key FROM mention WHERE is_group = 0")
    while let block = try cursor.next() {
      if !blocks.contains(block) { return false }
    }
    return true
  }

  /// Writes cluster → identity assignments, reusing previous ids, and the decisions.
  private func assign(_ clusters: [[Int64]], mentions: [MentionEvidence], decisions: [MergeDecision])
    throws
  {
    // The stored key and display name of reused identities, so unchanged rows are not
    // rewritten (most of them after a first ingest). Read in one scan when many are reused.
    var stored: [Int64: (key: String, display: String)] = [:]
    if Set(mentions.compactMap(\.previousIdentity)).count > 1_000 {
      let rows = try Row.fetchCursor(db, sql: "SELECT id, name_key, display_name FROM identity")
      while let row = try rows.next() { stored[row[0]] = (row[1], row[2]) }
    }
    try write(
      IdentityAssignment(clusters: clusters, mentions: mentions, stored: stored),
      mentions: mentions, decisions: decisions)
  }

  /// Writes a planned assignment: identity rows, changed mentions, stale identities removed,
  /// and the merge decisions under their identities.
  private func write(
    _ plan: IdentityAssignment, mentions: [MentionEvidence], decisions: [MergeDecision]
  ) throws {
    let insertIdentity = try BoundStatement(
      db, sql: "INSERT INTO identity (name_key, display_name) VALUES (?, ?)")
    let updateIdentity = try BoundStatement(
      db, sql: "UPDATE identity SET name_key = ?, display_name = ? WHERE id = ?")
    // A new display name alone leaves the `name_key` index alone.
    let updateDisplay = try BoundStatement(
      db, sql: "UPDATE identity SET display_name = ? WHERE id = ?")
    let updateMention = try BoundStatement(db, sql: "UPDATE mention SET identity_id = ? WHERE id = ?")
    var taken: [Int64] = []
    // By position (0: none yet): an array, not a dictionary of three million mention ids.
    var identityAtPosition = [Int64](repeating: 0, count: mentions.count)
    for choice in plan.choices {
      let identity: Int64
      if let reuse = choice.reuse {
        identity = reuse
        if !choice.rowUnchanged, choice.keyUnchanged {
          updateDisplay.bind(1, choice.display)
          updateDisplay.bind(2, reuse)
          try updateDisplay.run()
        } else if !choice.rowUnchanged {
          updateIdentity.bind(1, choice.nameKey)
          updateIdentity.bind(2, choice.display)
          updateIdentity.bind(3, reuse)
          try updateIdentity.run()
        }
      } else {
        insertIdentity.bind(1, choice.nameKey)
        insertIdentity.bind(2, choice.display)
        try insertIdentity.run()
        identity = db.lastInsertedRowID
      }
      taken.append(identity)
      for m in choice.members where mentions[m].previousIdentity != identity {
        updateMention.bind(1, identity)
        updateMention.bind(2, mentions[m].id)
        try updateMention.run()
      }
      for m in choice.members { identityAtPosition[m] = identity }
    }
    let deleteStale = try BoundStatement(
      db,
      sql: "DELETE FROM identity WHERE id = ?1 AND NOT EXISTS (SELECT 1 FROM mention WHERE identity_id = ?1)")
    for stale in plan.stale {
      deleteStale.bind(1, stale)
      try deleteStale.run()
    }
    // Old decisions of the touched identities go (none to look for in an empty table).
    let touched =
      try Bool.fetchOne(db, sql: "SELECT EXISTS (SELECT 1 FROM identity_decision)") == true
      ? taken : []
    for chunk in stride(from: 0, to: touched.count, by: 500) {
      let part = Array(touched[chunk..<min(chunk + 500, touched.count)])
      try db.execute(
        sql: "DELETE FROM identity_decision WHERE identity_id IN (\(part.map { _ in "?" }.joined(separator: ",")))",
        arguments: StatementArguments(part))
    }
    // One decision per merge: two million at a million works, stored a batch at a time.
    let decisionRows = try BatchInsert(
      db: db, table: "identity_decision",
      columns: ["identity_id", "mention_a", "mention_b", "rule", "evidence", "score"])
    for d in decisions {
      guard let position = plan.positions[d.a], case let identity = identityAtPosition[position],
        identity != 0
      else { continue }
      decisionRows.add(identity)
      decisionRows.add(d.a)
      decisionRows.add(d.b)
      decisionRows.add(d.rule)
      decisionRows.add(d.evidence)
      decisionRows.add(d.score)
      if try decisionRows.endRow() { try decisionRows.flush() }
    }
    try decisionRows.flush()
  }
}

/// Name parts after applying user aliases.
enum IdentityNaming {
  /// Folded key, given tokens and surname of a mention's name, after the alias table.
  static func parts(raw: String, given: String?, family: String?, aliases: [String: String])
    -> (key: String, given: [String], surname: String)
  {
    let full = NameKey.person(ParsedAuthor(raw: raw, line: 0, given: given, family: family).fullName)
    if !aliases.isEmpty, let replacement = aliases[full] ?? aliases[NameKey.person(raw)] {
      let split = NameParts.split(raw: replacement, given: nil, family: nil)
      return (NameKey.person(replacement), split.given, split.surname)
    }
    let split = NameParts.split(raw: raw, given: given, family: family)
    return (full, split.given, split.surname)
  }
}

extension GraphStore {
  /// The clusters and decisions a resolution of every personal mention would make now,
  /// computed without storing anything. `completeEvidence` loads coauthors, affiliations and
  /// venues for every mention instead of only those that can meet another (the check that
  /// skipping the others changes nothing).
  func recluster(completeEvidence: Bool, policy: SameNamePolicy = .evidence)
    throws(GraphError) -> (clusters: [[Int64]], decisions: [MergeDecision])
  {
    try write { db in
      let overrides = try IdentityOverrideStore(db: db).load()
      let blocks = Set(
        try String.fetchAll(db, sql: "SELECT DISTINCT block_key FROM mention WHERE is_group = 0"))
      let mentions = try IdentityEvidenceLoader(
        db: db, aliases: overrides.aliases, completeEvidence: completeEvidence
      ).loadByScanning(blocks: blocks)
      return IdentityClustering.resolve(mentions, policy: policy, overrides: overrides)
    }
  }
}

extension GraphStore {
  /// The stored identities as clusters of personal mention ids (ascending, ordered by first
  /// id, as `IdentityClustering` returns them) and the stored decisions in the order made.
  func storedClusters() throws(GraphError) -> (clusters: [[Int64]], decisions: [MergeDecision]) {
    try read { db in
      var byIdentity: [Int64: [Int64]] = [:]
      let rows = try Row.fetchCursor(
        db, sql: "SELECT identity_id, id FROM mention WHERE is_group = 0 ORDER BY id")
      while let row = try rows.next() { byIdentity[row[0], default: []].append(row[1]) }
      let decisions = try Row.fetchAll(
        db,
        sql: "SELECT mention_a, mention_b, rule, evidence, score FROM identity_decision ORDER BY id"
      ).map { MergeDecision(a: $0[0], b: $0[1], rule: $0[2], evidence: $0[3], score: $0[4]) }
      return (byIdentity.values.sorted { $0[0] < $1[0] }, decisions)
    }
  }
}
