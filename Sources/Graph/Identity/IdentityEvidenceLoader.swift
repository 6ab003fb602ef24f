internal import GRDB

/// Loads `MentionEvidence` for every personal mention of a set of blocks, in a few set-based
/// queries (through a temporary table of block keys), never one query per mention.
struct IdentityEvidenceLoader {
  let db: Database
  /// User aliases (folded label → replacement), so aliased mentions display the replacement.
  var aliases: [String: String] = [:]
  /// Load coauthors, affiliations and venues of every mention, not only of those that can
  /// meet another mention in clustering (set when user merges link names across blocks).
  var completeEvidence = false

  /// Above this many blocks, plain table scans filtered in memory beat indexed joins.
  static let scanThreshold = 2_000

  func load(blocks: Set<String>) throws -> [MentionEvidence] {
    if blocks.count > Self.scanThreshold { return try loadByScanning(blocks: blocks) }
    try BlockTable.fill(db, with: blocks)
    defer { try? db.execute(sql: "DELETE FROM resolve_block") }

    var mentions: [MentionEvidence] = []
    var indexOf: [Int64: Int] = [:]
    let rows = try Row.fetchCursor(
      db,
      sql: """
        SELECT m.id, m.work_id, m.source_id, m.record_line, m.raw_name, m.name_key,
               m.given_name, m.family_name, m.identity_id, w.venue
        FROM resolve_block b
        CROSS JOIN mention m ON m.block_key = b.key
        CROSS JOIN work w ON w.id = m.work_id
        WHERE m.is_group = 0
        ORDER BY m.id
        """)
    while let row = try rows.next() {
      let raw: String = row["raw_name"]
      let parts = NameParts.split(raw: raw, given: row["given_name"], family: row["family_name"])
      let nameKey: String = row["name_key"]
      // name_key already carries aliases; re-derive given/surname from it when it differs.
      let ownKey = NameKey.person(
        ParsedAuthor(raw: raw, line: 0, given: row["given_name"], family: row["family_name"]).fullName)
      let aliased = nameKey != ownKey
      let split = aliased ? NameParts.split(raw: nameKey, given: nil, family: nil) : parts
      let venue: String? = row["venue"]
      indexOf[row["id"]] = mentions.count
      mentions.append(
        MentionEvidence(
          id: row["id"], workID: row["work_id"],
          record: .init(source: row["source_id"], line: row["record_line"]), rawName: raw,
          nameKey: nameKey, given: split.given, surname: split.surname,
          venue: venue.map(NameKey.fold), previousIdentity: row["identity_id"]))
      if aliased, let target = aliases[ownKey] ?? aliases[NameKey.person(raw)] {
        mentions[mentions.count - 1].displayVariant = target
      }
    }
    guard !mentions.isEmpty else { return [] }
    let ids = try Row.fetchCursor(
      db,
      sql: """
        SELECT i.mention_id, i.scheme, i.value FROM resolve_block b
        CROSS JOIN mention m ON m.block_key = b.key
        CROSS JOIN mention_identifier i ON i.mention_id = m.id
        """)
    while let row = try ids.next() {
      if let i = indexOf[row[0]] { mentions[i].ids.append(Identifier(row[1], row[2])) }
    }
    let affiliations = try Row.fetchCursor(
      db,
      sql: """
        SELECT a.mention_id, a.text FROM resolve_block b
        CROSS JOIN mention m ON m.block_key = b.key
        CROSS JOIN mention_affiliation a ON a.mention_id = m.id
        """)
    while let row = try affiliations.next() {
      if let i = indexOf[row[0]] {
        mentions[i].affiliationWords.formUnion(Corroboration.words(of: row[1]))
      }
    }
    let coauthors = try Row.fetchCursor(
      db,
      sql: """
        SELECT m.id, o.name_key FROM resolve_block b
        CROSS JOIN mention m ON m.block_key = b.key
        CROSS JOIN mention o ON o.work_id = m.work_id AND o.id <> m.id AND o.is_group = 0
        WHERE m.is_group = 0 AND NOT (o.source_id = m.source_id AND o.record_line = m.record_line AND o.name_key = m.name_key)
        """)
    while let row = try coauthors.next() {
      if let i = indexOf[row[0]] {
        let key: String = row[1]
        if key != mentions[i].nameKey { mentions[i].coauthors.insert(key) }
      }
    }
    return mentions
  }
}

extension IdentityEvidenceLoader {
  /// The same evidence from four sequential scans (mentions, ids, affiliations, coauthors by
  /// work), for resolutions that touch a large part of the store (a big ingest, resolve-all).
  /// - Complexity: O(M) rows read for M mentions in the store.
  func loadByScanning(blocks: Set<String>) throws -> [MentionEvidence] {
    var mentions: [MentionEvidence] = []
    var indexOf: [Int64: Int] = [:]
    let rows = try Row.fetchCursor(
      db,
      sql: """
        SELECT m.id, m.work_id, m.source_id, m.record_line, m.raw_name, m.name_key,
               m.given_name, m.family_name, m.identity_id, w.venue, m.block_key
        FROM mention m JOIN work w ON w.id = m.work_id
        WHERE m.is_group = 0 ORDER BY m.id
        """)
    while let row = try rows.next() {
      guard blocks.contains(row[10]) else { continue }
      let raw: String = row[4]
      let given: String? = row[6]
      let family: String? = row[7]
      let nameKey: String = row[5]
      let ownKey = NameKey.person(ParsedAuthor(raw: raw, line: 0, given: given, family: family).fullName)
      let aliased = nameKey != ownKey
      let split =
        aliased
        ? NameParts.split(raw: nameKey, given: nil, family: nil)
        : NameParts.split(raw: raw, given: given, family: family)
      let venue: String? = row[9]
      indexOf[row[0]] = mentions.count
      var evidence = MentionEvidence(
        id: row[0], workID: row[1], record: .init(source: row[2], line: row[3]), rawName: raw,
        nameKey: nameKey, given: split.given, surname: split.surname,
        venue: venue, previousIdentity: row[8])  // folded below, where it can matter
      if aliased, let target = aliases[ownKey] ?? aliases[NameKey.person(raw)] {
        evidence.displayVariant = target
      }
      mentions.append(evidence)
    }
    guard !mentions.isEmpty else { return [] }
    let ids = try Row.fetchCursor(
      db, sql: "SELECT mention_id, scheme, value FROM mention_identifier ORDER BY mention_id, scheme, value")
    while let row = try ids.next() {
      if let i = indexOf[row[0]] { mentions[i].ids.append(Identifier(row[1], row[2])) }
    }
    let needed =
      completeEvidence
      ? [Bool](repeating: true, count: mentions.count) : Self.evidenceNeeded(mentions)
    var folds = EvidenceFolds()
    for i in mentions.indices {
      mentions[i].venue = needed[i] ? mentions[i].venue.map { folds.venue($0) } : nil
    }
    let affiliations = try Row.fetchCursor(db, sql: "SELECT mention_id, text FROM mention_affiliation")
    while let row = try affiliations.next() {
      guard let i = indexOf[row[0]], needed[i] else { continue }
      mentions[i].affiliationWords.formUnion(folds.affiliationWords(row[1]))
    }
    // Coauthors: one pass over all personal mentions grouped by work.
    let byWork = try Row.fetchCursor(
      db, sql: "SELECT work_id, id, name_key FROM mention WHERE is_group = 0 ORDER BY work_id, id")
    var currentWork: Int64 = -1
    var group: [(id: Int64, key: String)] = []
    func flush() {
      guard group.count > 1 else { return }
      for member in group {
        guard let i = indexOf[member.id], needed[i] else { continue }
        for other in group where other.id != member.id && other.key != mentions[i].nameKey {
          mentions[i].coauthors.insert(other.key)
        }
      }
    }
    while let row = try byWork.next() {
      let work: Int64 = row[0]
      if work != currentWork {
        flush()
        group.removeAll(keepingCapacity: true)
        currentWork = work
      }
      group.append((row[1], row[2]))
    }
    flush()
    return mentions
  }
}

extension IdentityEvidenceLoader {
  /// Which mentions' coauthors, affiliations and venue can matter to `IdentityClustering`:
  /// pairs are compared only inside a name block, so a mention alone in its block needs none,
  /// unless a person id joins it to a mention that has block partners (its affiliation words
  /// then join that cluster's, which the affiliation guard reads).
  /// - Complexity: O(M + I) for M mentions and I person ids; in PubMed about half of the
  ///   mentions are alone in their block and skip the affiliation and coauthor work.
  static func evidenceNeeded(_ mentions: [MentionEvidence]) -> [Bool] {
    let blocks = NameBlocks(mentions)
    var needed = mentions.indices.map { blocks.sizeOfBlock(of: $0) > 1 }
    var parent = Array(mentions.indices)
    func root(_ x: Int) -> Int {
      var r = x
      while parent[r] != r { r = parent[r] }
      var node = x
      while parent[node] != r { (node, parent[node]) = (parent[node], r) }
      return r
    }
    var firstWithID = PersonIDIndex()
    var anyID = false
    for i in mentions.indices {
      for id in mentions[i].ids where PersonIDIndex.isLinking(id.scheme) {
        anyID = true
        if let first = firstWithID.first(id, else: i) { parent[root(i)] = root(first) }
      }
    }
    guard anyID else { return needed }
    var neededRoots = Set<Int>()
    for i in mentions.indices where needed[i] { neededRoots.insert(root(i)) }
    for i in mentions.indices where !needed[i] && neededRoots.contains(root(i)) { needed[i] = true }
    return needed
  }
}

/// Folded venues and affiliation words, each text folded once: a journal or an institution
/// recurs across thousands of mentions.
struct EvidenceFolds {
  private var venues: [String: String] = [:]
  private var words: [String: Set<String>] = [:]

  /// `NameKey.fold(venue)`, memoized.
  mutating func venue(_ venue: String) -> String {
    if let folded = venues[venue] { return folded }
    let folded = NameKey.fold(venue)
    venues[venue] = folded
    return folded
  }

  /// `Corroboration.words(of: affiliation)`, memoized.
  mutating func affiliationWords(_ affiliation: String) -> Set<String> {
    if let known = words[affiliation] { return known }
    let found = Corroboration.words(of: affiliation)
    words[affiliation] = found
    return found
  }
}

/// The temporary table of block keys that resolution queries join against.
enum BlockTable {
  /// Replaces the table's content with `blocks`.
  static func fill(_ db: Database, with blocks: Set<String>) throws {
    try db.execute(sql: "CREATE TEMP TABLE IF NOT EXISTS resolve_block (key TEXT PRIMARY KEY)")
    try db.execute(sql: "DELETE FROM resolve_block")
    let insert = try db.cachedStatement(sql: "INSERT OR IGNORE INTO resolve_block (key) VALUES (?)")
    for block in blocks { try insert.execute(arguments: [block]) }
  }
}
