/// How to treat mentions with the same normalized name and no corroborating evidence.
public enum SameNamePolicy: String, Sendable, CaseIterable, Codable {
  /// Merge unless evidence contradicts (both sides list affiliations that do not match).
  /// The default: safe for corpora without affiliations, precise on PubMed.
  case evidence
  /// Merge only with corroboration (shared coauthor, affiliation or venue).
  case strict
  /// Always merge equal names (the exact-name behaviour of simpler tools).
  case merge
}

/// User decisions the resolver must obey (PRODUCT.md §5 rule 4), by folded name key.
public struct IdentityOverrides: Sendable, Equatable {
  /// Folded name → the name to use instead (VOSviewer thesaurus "label → replace by").
  public var aliases: [String: String] = [:]
  /// Pairs of folded names that are one person.
  public var merges: [(String, String)] = []
  /// Pairs of folded names that are never one person.
  public var splits: [(String, String)] = []
  /// Folded names whose mentions merge only with corroboration.
  public var strictNames: Set<String> = []

  /// No overrides.
  public init() {}

  /// Equality of all four lists.
  public static func == (a: IdentityOverrides, b: IdentityOverrides) -> Bool {
    a.aliases == b.aliases && a.merges.map { [$0.0, $0.1] } == b.merges.map { [$0.0, $0.1] }
      && a.splits.map { [$0.0, $0.1] } == b.splits.map { [$0.0, $0.1] }
      && a.strictNames == b.strictNames
  }
}

/// One merge decision: the two mentions whose link joined two clusters, and why.
public struct MergeDecision: Sendable, Equatable {
  /// First mention of the link.
  public var a: Int64
  /// Second mention of the link.
  public var b: Int64
  /// The rule: external-id, override, same-work, same-name, compatible-name, only-candidate.
  public var rule: String
  /// Human-readable evidence ("orcid 0000-…", "shared coauthor …", "affiliation overlap …").
  public var evidence: String
  /// Confidence in [0, 1].
  public var score: Double
}

/// Clusters mentions into people by the rules of PRODUCT.md §5, strongest evidence first.
///
/// Order: shared external id (ORCID, OpenAlex, Scopus, DBLP) → user merges → same work from
/// different records → same name with corroboration → compatible names with corroboration →
/// same name without contrary evidence (policy) → an initials-only name with exactly one
/// compatible full-name candidate. Every union respects the cannot-links: different ORCIDs
/// or DBLP person keys, two entries of one record, user splits, incompatible given names.
/// - Complexity: O(Σ b²) for blocks of b mentions (names are compared only inside a block).
public enum IdentityClustering {
  /// The clusters (mention ids, ascending; clusters ordered by first id) and the decisions.
  public static func resolve(
    _ mentions: [MentionEvidence], policy: SameNamePolicy = .evidence,
    overrides: IdentityOverrides = .init()
  ) -> (clusters: [[Int64]], decisions: [MergeDecision]) {
    resolve(mentions, policy: policy, overrides: overrides, blocks: NameBlocks(mentions))
  }

  /// `resolve(_:policy:overrides:)` with the mentions' name blocks already made.
  static func resolve(
    _ mentions: [MentionEvidence], policy: SameNamePolicy = .evidence,
    overrides: IdentityOverrides = .init(), blocks: NameBlocks
  ) -> (clusters: [[Int64]], decisions: [MergeDecision]) {
    var unchanged = mentions  // never written: no copy is made
    return resolve(&unchanged, policy: policy, overrides: overrides, blocks: blocks)
  }

  /// `resolve(_:policy:overrides:blocks:)` for evidence completed halfway (a first ingest's,
  /// `SessionEvidence`): after the id links (rules 1–2), `complete` fills the affiliation
  /// words, venue and coauthors of the mentions marked true, which are the only ones the
  /// name rules (3–7) can read (see `ClusteringRun.evidenceNeeded`).
  static func resolve(
    _ mentions: inout [MentionEvidence], policy: SameNamePolicy = .evidence,
    overrides: IdentityOverrides = .init(), blocks: NameBlocks,
    complete: ((inout [MentionEvidence], _ needed: [Bool]) -> Void)? = nil
  ) -> (clusters: [[Int64]], decisions: [MergeDecision]) {
    var run = ClusteringRun(count: mentions.count, policy: policy, overrides: overrides)
    run.linkByIDs(mentions)
    let live = run.liveBlocks(blocks)
    if let complete {
      let needed = run.evidenceNeeded(blocks, live: live)
      complete(&mentions, needed)
      run.state.addAffiliations(of: mentions, where: needed)
    }
    run.linkByNames(mentions, blocks: blocks, live: live)
    return (run.state.clusters(mentions), run.decisions)
  }
}
