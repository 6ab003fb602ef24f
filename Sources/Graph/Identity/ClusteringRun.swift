/// One clustering: the union-find, the decisions so far, and the rules that link mentions
/// (`IdentityClustering`), in order.
struct ClusteringRun {
  var state: ClusterState
  private(set) var decisions: [MergeDecision] = []
  let policy: SameNamePolicy
  let overrides: IdentityOverrides

  init(count: Int, policy: SameNamePolicy, overrides: IdentityOverrides) {
    state = ClusterState(count: count, keepsNames: !overrides.splits.isEmpty)
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
