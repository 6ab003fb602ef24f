import Foundation
internal import GRDB

/// Everything known about one identity, for `graph identities --explain`.
public struct IdentityExplanation: Sendable, Equatable, Codable {
  /// One mention of the identity.
  public struct Mention: Sendable, Equatable, Codable {
    /// Mention id.
    public var id: Int64
    /// Raw name as printed.
    public var rawName: String
    /// Source file.
    public var source: String
    /// The source's record key, when it has one.
    public var recordKey: String?
    /// 1-based author position in the record.
    public var position: Int
    /// Title of the work.
    public var title: String
    /// Person ids given by the source ("orcid 0000-…").
    public var ids: [String]
    /// Affiliations given by the source.
    public var affiliations: [String]
  }
  /// One stored merge decision.
  public struct Decision: Sendable, Equatable, Codable {
    /// Mentions linked.
    public var mentionA: Int64
    /// Mentions linked.
    public var mentionB: Int64
    /// Rule that decided.
    public var rule: String
    /// Evidence for the link.
    public var evidence: String
    /// Confidence.
    public var score: Double
  }
  /// Identity id.
  public var id: Int64
  /// Display name.
  public var name: String
  /// Spellings with their mention counts, most frequent first.
  public var variants: [String: Int]
  /// Every mention.
  public var mentions: [Mention]
  /// Every merge decision.
  public var decisions: [Decision]
}

/// Two identities that may be one person, for review (`graph identities --suggest`).
public struct IdentitySuggestion: Sendable, Equatable, Codable {
  /// First identity.
  public var a: Int64
  /// Its display name.
  public var aName: String
  /// Second identity.
  public var b: Int64
  /// Its display name.
  public var bName: String
  /// Likelihood in [0, 1]: name compatibility plus corroboration found.
  public var score: Double
  /// Why they are suggested.
  public var reason: String
}

/// One author mention with its resolved identity (the mentions export).
public struct MentionRow: Sendable, Equatable {
  /// PMID for PubMed/MEDLINE records, else the work's DOI when known, else the format's key.
  public var recordKey: String
  /// 1-based position among the record's author entries.
  public var position: Int
  /// The name as printed.
  public var rawName: String
  /// Resolved identity id.
  public var identityID: Int64
  /// The identity's display name.
  public var identityName: String
}

extension GraphStore {
  /// Resolves every mention again with `policy` (after changing the policy or overrides).
  public func resolveIdentities(policy: SameNamePolicy = .evidence) throws(GraphError) {
    try write { db in try IdentityStoreResolver(db: db, policy: policy).resolveAll() }
  }

  /// Stores user overrides and re-resolves; they are applied on every later resolution too.
  public func addOverrides(
    _ overrides: [IdentityOverride], origin: String, policy: SameNamePolicy = .evidence
  ) throws(GraphError) {
    try write { db in
      let store = IdentityOverrideStore(db: db)
      for override in overrides { try store.add(override, origin: origin) }
      try IdentityStoreResolver(db: db, policy: policy).resolveAll()
    }
  }

  /// Reads an aliases file (see `AliasesFile`), stores its overrides and re-resolves;
  /// returns how many overrides it held. A malformed line throws `.badInput` with its line.
  public func addOverrides(fromAliasesFile path: String, policy: SameNamePolicy = .evidence)
    throws(GraphError) -> Int
  {
    guard let data = FileManager.default.contents(atPath: path) else {
      throw .badInput(file: path, line: nil, reason: "cannot read the file")
    }
    let overrides = try AliasesFile.parse(String(decoding: data, as: UTF8.self), file: path)
    try addOverrides(overrides, origin: "aliases file \(path)", policy: policy)
    return overrides.count
  }

  /// The identity `id` with its variants, mentions, ids and merge decisions.
  public func explainIdentity(_ id: Int64) throws(GraphError) -> IdentityExplanation {
    try read { db in
      guard let name = try String.fetchOne(db, sql: "SELECT display_name FROM identity WHERE id = ?", arguments: [id])
      else { throw GraphError.invalidParameter(name: "identity", reason: "no identity with id \(id)") }
      var variants: [String: Int] = [:]
      let rows = try Row.fetchAll(
        db,
        sql: """
          SELECT m.id, m.raw_name, s.path, m.record_key, m.position, w.title,
            (SELECT GROUP_CONCAT(scheme || ' ' || value, '; ') FROM mention_identifier WHERE mention_id = m.id),
            (SELECT GROUP_CONCAT(text, ' | ') FROM mention_affiliation WHERE mention_id = m.id)
          FROM mention m JOIN source s ON s.id = m.source_id JOIN work w ON w.id = m.work_id
          WHERE m.identity_id = ? ORDER BY m.id
          """, arguments: [id])
      let mentions = rows.map { row -> IdentityExplanation.Mention in
        let raw: String = row[1]
        variants[raw, default: 0] += 1
        let ids: String? = row[6]
        let affiliations: String? = row[7]
        return IdentityExplanation.Mention(
          id: row[0], rawName: raw, source: row[2], recordKey: row[3], position: row[4], title: row[5],
          ids: ids.map { $0.components(separatedBy: "; ") } ?? [],
          affiliations: affiliations.map { $0.components(separatedBy: " | ") } ?? [])
      }
      let decisions = try Row.fetchAll(
        db,
        sql: "SELECT mention_a, mention_b, rule, evidence, score FROM identity_decision WHERE identity_id = ? ORDER BY id",
        arguments: [id]
      ).map {
        IdentityExplanation.Decision(mentionA: $0[0], mentionB: $0[1], rule: $0[2], evidence: $0[3], score: $0[4])
      }
      return IdentityExplanation(id: id, name: name, variants: variants, mentions: mentions, decisions: decisions)
    }
  }

  /// Pairs of identities in one block (same surname and first initial) whose given names are
  /// compatible but which were not merged, best first: corroborated pairs score higher.
  public func suggestMerges(limit: Int = 50) throws(GraphError) -> [IdentitySuggestion] {
    // A write connection: the evidence loader uses a temporary table. Nothing is stored.
    try write { db in
      let rows = try Row.fetchAll(
        db,
        sql: """
          SELECT DISTINCT m.block_key, m.identity_id, i.display_name, i.name_key
          FROM mention m JOIN identity i ON i.id = m.identity_id
          WHERE m.is_group = 0 ORDER BY m.block_key, m.identity_id
          """)
      var byBlock: [String: [(id: Int64, name: String, key: String)]] = [:]
      for row in rows { byBlock[row[0], default: []].append((row[1], row[2], row[3])) }
      let all = Set(byBlock.values.flatMap { $0.map(\.id) })
      let evidence = try IdentityEvidenceLoader(db: db).load(blocks: Set(byBlock.keys))
      var byIdentity: [Int64: [MentionEvidence]] = [:]
      for m in evidence { if let id = m.previousIdentity, all.contains(id) { byIdentity[id, default: []].append(m) } }
      var out: [IdentitySuggestion] = []
      for block in byBlock.keys.sorted() {
        guard let members = byBlock[block], members.count > 1 else { continue }
        for (p, a) in members.enumerated() {
          for b in members[(p + 1)...] {
            let ga = NameParts.split(raw: a.key, given: nil, family: nil).given
            let gb = NameParts.split(raw: b.key, given: nil, family: nil).given
            guard NameParts.compatible(ga, gb) else { continue }
            var best: (String, Double)?
            for x in byIdentity[a.id] ?? [] {
              for y in byIdentity[b.id] ?? [] {
                if let c = Corroboration.between(x, y), c.1 > (best?.1 ?? 0) { best = c }
              }
            }
            let same = a.key == b.key
            let score = (same ? 0.5 : 0.3) + (best.map { $0.1 * 0.5 } ?? 0)
            let reason = (same ? "same name" : "compatible names") + (best.map { "; \($0.0)" } ?? "; no shared evidence")
            out.append(IdentitySuggestion(a: a.id, aName: a.name, b: b.id, bName: b.name, score: score, reason: reason))
          }
        }
      }
      return Array(out.sorted { ($1.score, $0.a, $0.b) < ($0.score, $1.a, $1.b) }.prefix(limit))
    }
  }

  /// Every author mention with its identity, in source order (source, record, position).
  public func mentionRows() throws(GraphError) -> [MentionRow] {
    try read { db in
      try Row.fetchAll(
        db,
        sql: """
          SELECT CASE WHEN s.format IN ('pubmed', 'medline') THEN m.record_key
                      ELSE COALESCE(w.doi, m.record_key, 'line ' || m.record_line) END,
                 m.position, m.raw_name, m.identity_id, i.display_name
          FROM mention m JOIN source s ON s.id = m.source_id JOIN work w ON w.id = m.work_id
          JOIN identity i ON i.id = m.identity_id
          ORDER BY m.source_id, m.record_line, m.position
          """
      ).map {
        MentionRow(recordKey: $0[0] ?? "", position: $0[1], rawName: $0[2], identityID: $0[3], identityName: $0[4])
      }
    }
  }
}
