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

/// One clustering: the union-find, the decisions so far, and the rules that link mentions
/// (`IdentityClustering`), in order.
struct ClusteringRun {
  var state: ClusterState
  private(set) var decisions: [MergeDecision] = []
  let policy: SameNamePolicy
  let overrides: IdentityOverrides

  init(count: Int, policy: SameNamePolicy, overrides: IdentityOverrides) {
    state = ClusterState(count: count)
    self.policy = policy
    self.overrides = overrides
  }

  private mutating func link(
    _ i: Int, _ j: Int, in mentions: [MentionEvidence], rule: String, evidence: String,
    score: Double, checkNames: Bool = true, affiliationGuard: Bool = false
  ) {
    if state.union(
      i, j, in: mentions, checkNames: checkNames, overrides: overrides,
      affiliationGuard: affiliationGuard)
    {
      decisions.append(
        MergeDecision(
          a: mentions[i].id, b: mentions[j].id, rule: rule, evidence: evidence, score: score))
    }
  }

  /// Rules 1–2: shared external person ids, then user merges. Reads ids, records, given
  /// names and name keys only.
  mutating func linkByIDs(_ mentions: [MentionEvidence]) {
    // 1. External person ids (the schemes of `PersonIDIndex.isLinking`).
    // Loops run over positions: `for m in mentions` would copy each evidence value, retaining
    // and releasing its every string and set.
    var byID = PersonIDIndex()
    for i in mentions.indices {
      for id in mentions[i].ids where PersonIDIndex.isLinking(id.scheme) {
        if let first = byID.first(id, else: i) {
          link(
            first, i, in: mentions, rule: "external-id", evidence: "\(id.scheme) \(id.value)",
            score: 1, checkNames: false)
        }
      }
    }
    // 2. User merges.
    guard !overrides.merges.isEmpty else { return }
    var byName: [String: [Int]] = [:]
    for i in mentions.indices { byName[mentions[i].nameKey, default: []].append(i) }
    for (x, y) in overrides.merges {
      guard let i = byName[x]?.first, let j = byName[y]?.first else { continue }
      let evidence = "user merge \(x) = \(y)"
      for k in byName[x, default: []] {
        link(i, k, in: mentions, rule: "override", evidence: evidence, score: 1)
      }
      link(i, j, in: mentions, rule: "override", evidence: evidence, score: 1, checkNames: false)
      for k in byName[y, default: []] {
        link(j, k, in: mentions, rule: "override", evidence: evidence, score: 1)
      }
    }
  }

  /// Per block: whether its mentions are in more than one cluster. Rules 3–7 link only
  /// mentions of one block, and a block already inside one cluster can link nothing (every
  /// union there would join a cluster to itself): with OpenAlex author ids on every mention,
  /// 61k of the 452k blocks of more than one mention of a million generated works.
  mutating func liveBlocks(_ blocks: NameBlocks) -> [Bool] {
    var live = [Bool](repeating: false, count: blocks.count)
    for b in 0..<blocks.count where blocks[b].count > 1 {
      let block = blocks[b]
      let root = state.find(block[block.startIndex])
      for i in block.dropFirst() where state.find(i) != root {
        live[b] = true
        break
      }
    }
    return live
  }

  /// The mentions whose affiliations, venue and coauthors rules 3–7 can read: those of the
  /// `live` blocks (compared pair by pair) and every mention of their clusters (whose
  /// affiliations the guard of rules 6–7 reads as the cluster's).
  mutating func evidenceNeeded(_ blocks: NameBlocks, live: [Bool]) -> [Bool] {
    let count = blocks.blockOf.count
    var liveRoot = [Bool](repeating: false, count: count)
    for b in 0..<blocks.count where live[b] {
      for i in blocks[b] { liveRoot[state.find(i)] = true }
    }
    return (0..<count).map { liveRoot[state.find($0)] }
  }

  /// Rules 3–7 within the `live` blocks, a block at a time in key order.
  mutating func linkByNames(_ mentions: [MentionEvidence], blocks: NameBlocks, live: [Bool]) {
    // (Blocks are slices of one array: `p` is an index of that array, not an offset.)
    let orderedBlocks = (0..<blocks.count).lazy.filter { live[$0] }.map { blocks[$0] }
    var compared = [Bool](repeating: false, count: mentions.count)
    for block in orderedBlocks {
      for i in block { compared[i] = true }
    }
    let features = PairFeatures(mentions, compared: compared)
    // 3. Same work, different records (the work was merged across sources).
    for block in orderedBlocks {
      for (p, i) in zip(block.indices, block) {
        for j in block[(p + 1)...] {
          // Fields are read in place: copying a MentionEvidence retains all its sets.
          guard mentions[i].workID == mentions[j].workID, mentions[i].record != mentions[j].record,
            features.compatibleGiven(i, j)
          else { continue }
          link(
            i, j, in: mentions, rule: "same-work",
            evidence: "same work \(mentions[i].workID) from two records", score: 0.95)
        }
      }
    }
    // 4–5. Same or compatible names with corroboration.
    for block in orderedBlocks {
      for (p, i) in zip(block.indices, block) {
        for j in block[(p + 1)...] {
          let same = features.nameKey[i] == features.nameKey[j]
          // Already one cluster: `link` would do nothing, so skip building the evidence text.
          guard same || features.compatibleGiven(i, j), !state.connected(i, j),
            features.mayCorroborate(i, j),
            let (evidence, score) = Corroboration.between(mentions[i], mentions[j])
          else { continue }
          link(
            i, j, in: mentions, rule: same ? "same-name" : "compatible-name", evidence: evidence,
            score: same ? score : score - 0.1)
        }
      }
    }
    // 6. Same name, no corroboration: the policy decides.
    if policy != .strict {
      for block in orderedBlocks {
        var groups: [String: [Int]] = [:]
        for i in block { groups[mentions[i].nameKey, default: []].append(i) }
        for key in groups.keys.sorted() where !overrides.strictNames.contains(key) {
          guard let group = groups[key] else { continue }
          for (p, i) in group.enumerated() {
            for j in group[(p + 1)...] {
              let both =
                !mentions[i].affiliationWords.isEmpty && !mentions[j].affiliationWords.isEmpty
              if policy == .evidence && both { continue }
              link(
                i, j, in: mentions, rule: "same-name", evidence: "same name, no contrary evidence",
                score: 0.6, affiliationGuard: policy == .evidence)
            }
          }
        }
      }
    }
    // 7. Initials-only name with exactly one compatible full-name candidate in its block.
    for block in orderedBlocks {
      for i in block where features.allInitials(i) {
        let root = state.find(i)
        var candidates = Set<Int>()
        var witness: [Int: Int] = [:]
        for j in block where state.find(j) != root {
          guard features.hasFullToken(j), features.compatibleGiven(i, j) else { continue }
          let r = state.find(j)
          candidates.insert(r)
          witness[r] = witness[r] ?? j
        }
        if candidates.count == 1, let only = candidates.first, let j = witness[only] {
          link(
            i, j, in: mentions, rule: "only-candidate",
            evidence: "the only compatible full name in its block", score: 0.5,
            affiliationGuard: true)
        }
      }
    }
  }
}

/// Union-find over mentions with per-cluster constraints.
///
/// A cluster's constraint sets (ORCIDs, DBLP keys, records, given names, name keys,
/// affiliation words) exist only once it has absorbed another cluster; a mention alone is
/// read from its evidence. Most mentions never merge, and six sets per mention cost more
/// than the clustering itself on a PubMed file.
struct ClusterState {
  /// The constraint sets of a merged cluster: an object, so the table hands out one
  /// reference (not six sets to retain) and a union grows the sets in place.
  private final class Sets {
    var orcids: Set<String>
    var dblpKeys: Set<String>
    var records: Set<MentionEvidence.RecordRef>
    var givens: Set<[String]>
    var names: Set<String>
    var affiliations: Set<String>

    init(
      orcids: Set<String>, dblpKeys: Set<String>, records: Set<MentionEvidence.RecordRef>,
      givens: Set<[String]>, names: Set<String>, affiliations: Set<String>
    ) {
      self.orcids = orcids
      self.dblpKeys = dblpKeys
      self.records = records
      self.givens = givens
      self.names = names
      self.affiliations = affiliations
    }
  }

  // The mentions are not kept here but passed to each call, so that a first ingest's
  // evidence can be completed in place between the id links and the name rules.
  private var parent: [Int]
  private var merged: [Int: Sets] = [:]

  /// A union-find over `count` mentions, each alone.
  init(count: Int) {
    parent = Array(0..<count)
  }

  /// Adds the affiliation words of the mentions marked in `completed` to their merged
  /// clusters' sets, which were made before the words were known
  /// (`IdentityClustering.resolve(_:policy:overrides:blocks:complete:)`).
  mutating func addAffiliations(of mentions: [MentionEvidence], where completed: [Bool]) {
    for i in mentions.indices where completed[i] && !mentions[i].affiliationWords.isEmpty {
      merged[find(i)]?.affiliations.formUnion(mentions[i].affiliationWords)
    }
  }

  /// The sets of the cluster rooted at `root` (built from the mention when it is alone).
  private func sets(_ root: Int, _ mentions: [MentionEvidence]) -> Sets {
    if let sets = merged[root] { return sets }
    let ids = mentions[root].ids  // fields, not a copy of the whole value
    return Sets(
      orcids: Set(ids.filter { $0.scheme == "orcid" }.map(\.value)),
      dblpKeys: Set(ids.filter { $0.scheme == "dblp" }.map(\.value)),
      records: [mentions[root].record], givens: [mentions[root].given],
      names: [mentions[root].nameKey], affiliations: mentions[root].affiliationWords)
  }

  mutating func find(_ x: Int) -> Int {
    var root = x
    while parent[root] != root { root = parent[root] }
    var node = x
    while parent[node] != root {
      let next = parent[node]
      parent[node] = root
      node = next
    }
    return root
  }

  /// True when mentions `i` and `j` are already in one cluster.
  mutating func connected(_ i: Int, _ j: Int) -> Bool { find(i) == find(j) }

  /// Joins the clusters of `i` and `j` when no constraint forbids it; true when it did.
  mutating func union(
    _ i: Int, _ j: Int, in mentions: [MentionEvidence], checkNames: Bool,
    overrides: IdentityOverrides, affiliationGuard: Bool
  ) -> Bool {
    let a = find(i)
    let b = find(j)
    guard a != b else { return false }
    let (root, child) = a < b ? (a, b) : (b, a)
    // A lone mention joining a cluster (most unions: an author's mentions arriving one by
    // one) is checked and added value by value, without sets of its own.
    if merged[root] == nil || merged[child] == nil {
      let lone = merged[child] == nil ? child : root
      let other = lone == child ? root : child
      let stored = merged[other]
      let joined = stored ?? sets(other, mentions)
      guard allowed(joined, lone: lone, mentions, checkNames, overrides, affiliationGuard) else {
        return false
      }
      parent[child] = root
      if other != root { merged[other] = nil }
      let ids = mentions[lone].ids
      joined.orcids.formUnion(ids.lazy.filter { $0.scheme == "orcid" }.map(\.value))
      joined.dblpKeys.formUnion(ids.lazy.filter { $0.scheme == "dblp" }.map(\.value))
      joined.records.insert(mentions[lone].record)
      joined.givens.insert(mentions[lone].given)
      joined.names.insert(mentions[lone].nameKey)
      joined.affiliations.formUnion(mentions[lone].affiliationWords)
      if other != root || stored == nil { merged[root] = joined }
      return true
    }
    // Each side's sets are made once.
    let joined = sets(root, mentions)
    let absorbed = sets(child, mentions)
    guard allowed(joined, absorbed, checkNames, overrides, affiliationGuard) else { return false }
    parent[child] = root
    merged[child] = nil
    joined.orcids.formUnion(absorbed.orcids)
    joined.dblpKeys.formUnion(absorbed.dblpKeys)
    joined.records.formUnion(absorbed.records)
    joined.givens.formUnion(absorbed.givens)
    joined.names.formUnion(absorbed.names)
    joined.affiliations.formUnion(absorbed.affiliations)
    return true
  }

  /// Whether clusters with these sets may join: one ORCID and one DBLP key at most, no shared
  /// record, compatible given names, no user split, and (under the guard) enough shared
  /// affiliation words.
  private func allowed(
    _ setsA: Sets, _ setsB: Sets, _ checkNames: Bool, _ overrides: IdentityOverrides,
    _ affiliationGuard: Bool
  ) -> Bool {
    if Self.moreThanOne(setsA.orcids, setsB.orcids) { return false }
    if Self.moreThanOne(setsA.dblpKeys, setsB.dblpKeys) { return false }
    if !setsA.records.isDisjoint(with: setsB.records) { return false }
    if checkNames {
      for x in setsA.givens { for y in setsB.givens where !NameParts.compatible(x, y) { return false } }
    }
    for (x, y) in overrides.splits {
      if (setsA.names.contains(x) && setsB.names.contains(y))
        || (setsA.names.contains(y) && setsB.names.contains(x))
      {
        return false
      }
    }
    if affiliationGuard, !setsA.affiliations.isEmpty, !setsB.affiliations.isEmpty {
      let union = setsA.affiliations.union(setsB.affiliations).count
      let shared = setsA.affiliations.intersection(setsB.affiliations).count
      if Double(shared) / Double(union) < Corroboration.affiliationThreshold { return false }
    }
    return true
  }

  /// `allowed(setsA, sets(lone), ...)` without building the lone mention's sets.
  private func allowed(
    _ setsA: Sets, lone m: Int, _ mentions: [MentionEvidence], _ checkNames: Bool,
    _ overrides: IdentityOverrides, _ affiliationGuard: Bool
  ) -> Bool {
    let ids = mentions[m].ids
    if Self.moreThanOne(setsA.orcids, "orcid", of: ids)
      || Self.moreThanOne(setsA.dblpKeys, "dblp", of: ids)
    {
      return false
    }
    if setsA.records.contains(mentions[m].record) { return false }
    if checkNames {
      for x in setsA.givens where !NameParts.compatible(x, mentions[m].given) { return false }
    }
    let name = mentions[m].nameKey
    for (x, y) in overrides.splits {
      if (setsA.names.contains(x) && name == y) || (setsA.names.contains(y) && name == x) {
        return false
      }
    }
    let words = mentions[m].affiliationWords
    if affiliationGuard, !setsA.affiliations.isEmpty, !words.isEmpty {
      let shared = words.count { setsA.affiliations.contains($0) }
      let union = setsA.affiliations.count + words.count - shared
      if Double(shared) / Double(union) < Corroboration.affiliationThreshold { return false }
    }
    return true
  }

  /// True when the union of `x` and `y` has more than one element (without building it).
  private static func moreThanOne(_ x: Set<String>, _ y: Set<String>) -> Bool {
    if x.count > 1 || y.count > 1 { return true }
    if let a = x.first, let b = y.first { return a != b }
    return false
  }

  /// `moreThanOne(x, Set(values of scheme in ids))`, without building the set.
  private static func moreThanOne(_ x: Set<String>, _ scheme: String, of ids: [Identifier])
    -> Bool
  {
    if x.count > 1 { return true }
    var first: String?
    for id in ids where id.scheme == scheme {
      guard let seen = first else {
        first = id.value
        continue
      }
      if seen != id.value { return true }
    }
    if let a = x.first, let b = first { return a != b }
    return false
  }

  /// Clusters as sorted mention ids, ordered by their smallest id.
  mutating func clusters(_ mentions: [MentionEvidence]) -> [[Int64]] {
    var groups: [Int: [Int64]] = [:]
    for i in mentions.indices { groups[find(i), default: []].append(mentions[i].id) }
    return groups.values.map { $0.sorted() }.sorted { ($0.first ?? 0) < ($1.first ?? 0) }
  }
}
