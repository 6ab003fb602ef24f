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
  /// The sets of each merged cluster, at its root's position (nil: a mention alone, or not a
  /// root). An array, not a dictionary: a million works' id links make a million clusters,
  /// and a dictionary of them was hashed four times a union and resized as it grew.
  private var merged: [Sets?]

  /// A union-find over `count` mentions, each alone.
  init(count: Int) {
    parent = Array(0..<count)
    merged = Array(repeating: nil, count: count)
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
  /// - Complexity: O(M) for M mentions whose ids ascend with their positions (a first
  ///   ingest's), O(M log M) at worst: groups are numbered by root position, not hashed.
  mutating func clusters(_ mentions: [MentionEvidence]) -> [[Int64]] {
    var groupOfRoot = [Int32](repeating: -1, count: mentions.count)
    var sizes: [Int] = []
    var groupOf = [Int32](repeating: 0, count: mentions.count)
    for i in mentions.indices {
      let root = find(i)
      if groupOfRoot[root] < 0 {
        groupOfRoot[root] = Int32(sizes.count)
        sizes.append(0)
      }
      let group = Int(groupOfRoot[root])
      groupOf[i] = Int32(group)
      sizes[group] += 1
    }
    var groups = sizes.map { size -> [Int64] in
      var ids: [Int64] = []
      ids.reserveCapacity(size)
      return ids
    }
    for i in mentions.indices { groups[Int(groupOf[i])].append(mentions[i].id) }
    for g in groups.indices { groups[g].sort() }
    groups.sort { ($0.first ?? 0) < ($1.first ?? 0) }
    return groups
  }
}
