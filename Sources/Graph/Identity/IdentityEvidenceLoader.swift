internal import GRDB

/// Loads `MentionEvidence` for every personal mention of a set of blocks, in a few set-based
/// queries (through a temporary table of block keys), never one query per mention.
struct IdentityEvidenceLoader {
  let db: Database
  /// User aliases (folded label → replacement), so aliased mentions display the replacement.
  var aliases: [String: String] = [:]

  func load(blocks: Set<String>) throws -> [MentionEvidence] {
    try db.execute(sql: "CREATE TEMP TABLE IF NOT EXISTS resolve_block (key TEXT PRIMARY KEY)")
    try db.execute(sql: "DELETE FROM resolve_block")
    let insert = try db.cachedStatement(sql: "INSERT OR IGNORE INTO resolve_block (key) VALUES (?)")
    for block in blocks { try insert.execute(arguments: [block]) }
    defer { try? db.execute(sql: "DELETE FROM resolve_block") }

    var mentions: [MentionEvidence] = []
    var indexOf: [Int64: Int] = [:]
    let rows = try Row.fetchCursor(
      db,
      sql: """
        SELECT m.id, m.work_id, m.source_id, m.record_line, m.raw_name, m.name_key,
               m.given_name, m.family_name, m.identity_id, w.venue
        FROM mention m
        JOIN resolve_block b ON b.key = m.block_key
        JOIN work w ON w.id = m.work_id
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
        SELECT i.mention_id, i.scheme, i.value FROM mention_identifier i
        JOIN mention m ON m.id = i.mention_id JOIN resolve_block b ON b.key = m.block_key
        """)
    while let row = try ids.next() {
      if let i = indexOf[row[0]] { mentions[i].ids.append(Identifier(row[1], row[2])) }
    }
    let affiliations = try Row.fetchCursor(
      db,
      sql: """
        SELECT a.mention_id, a.text FROM mention_affiliation a
        JOIN mention m ON m.id = a.mention_id JOIN resolve_block b ON b.key = m.block_key
        """)
    while let row = try affiliations.next() {
      if let i = indexOf[row[0]] {
        mentions[i].affiliationWords.formUnion(Corroboration.words(of: row[1]))
      }
    }
    let coauthors = try Row.fetchCursor(
      db,
      sql: """
        SELECT m.id, o.name_key FROM mention m
        JOIN resolve_block b ON b.key = m.block_key
        JOIN mention o ON o.work_id = m.work_id AND o.id <> m.id AND o.is_group = 0
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
