/// Union-find over mentions with per-cluster constraints.
///
/// A cluster's constraints (ORCIDs, DBLP keys, records, given names, name keys, affiliation
/// words) exist only once it has absorbed another cluster; a mention alone is read from its
/// evidence. Most mentions never merge, and six sets per mention cost more than the
/// clustering itself on a PubMed file. Person ids are kept as far as "at most one" needs
/// them (`Distinct`, no set), and name keys only when user splits will ask for them.
struct ClusterState {
  /// The values of one person-id scheme in a cluster, as far as the rule "at most one value"
  /// needs them: none, the one, or more than one.
  private enum Distinct: Equatable {
    case none
    case one(String)
    case many

    mutating func add(_ value: String) {
      switch self {
      case .none: self = .one(value)
      case .one(let held) where held != value: self = .many
      default: break
      }
    }

    mutating func add(_ other: Distinct) {
      switch other {
      case .none: break
      case .one(let value): add(value)
      case .many: self = .many
      }
    }

    mutating func add(_ scheme: String, of ids: [Identifier]) {
      for id in ids where id.scheme == scheme { add(id.value) }
    }

    /// True when this and `other` together hold more than one value.
    func manyWith(_ other: Distinct) -> Bool {
      var joined = self
      joined.add(other)
      return joined == .many
    }

    /// True when this and the `scheme` values of `ids` together hold more than one value.
    func manyWith(_ scheme: String, of ids: [Identifier]) -> Bool {
      var joined = self
      joined.add(scheme, of: ids)
      return joined == .many
    }
  }

  /// The constraint sets of a merged cluster: an object, so the table hands out one
  /// reference (not six sets to retain) and a union grows the sets in place.
  private final class Sets {
    var orcids: Distinct
    var dblpKeys: Distinct
    var records: Set<MentionEvidence.RecordRef>
    var givens: Set<[String]>
    var names: Set<String>
    var affiliations: Set<String>

    init(
      orcids: Distinct, dblpKeys: Distinct, records: Set<MentionEvidence.RecordRef>,
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
  /// Whether clusters keep their name keys: only user splits read them.
  private let keepsNames: Bool

  /// A union-find over `count` mentions, each alone; `keepsNames` must be true when any
  /// union will be given user splits.
  init(count: Int, keepsNames: Bool = true) {
    parent = Array(0..<count)
    merged = Array(repeating: nil, count: count)
    self.keepsNames = keepsNames
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
    var orcids = Distinct.none
    var dblpKeys = Distinct.none
    orcids.add("orcid", of: ids)
    dblpKeys.add("dblp", of: ids)
    return Sets(
      orcids: orcids, dblpKeys: dblpKeys,
      records: [mentions[root].record], givens: [mentions[root].given],
      names: keepsNames ? [mentions[root].nameKey] : [],
      affiliations: mentions[root].affiliationWords)
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
    assert(keepsNames || overrides.splits.isEmpty, "splits given to a state without name keys")
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
      joined.orcids.add("orcid", of: ids)
      joined.dblpKeys.add("dblp", of: ids)
      joined.records.insert(mentions[lone].record)
      joined.givens.insert(mentions[lone].given)
      if keepsNames { joined.names.insert(mentions[lone].nameKey) }
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
    joined.orcids.add(absorbed.orcids)
    joined.dblpKeys.add(absorbed.dblpKeys)
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
    if setsA.orcids.manyWith(setsB.orcids) { return false }
    if setsA.dblpKeys.manyWith(setsB.dblpKeys) { return false }
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
    if setsA.orcids.manyWith("orcid", of: ids) || setsA.dblpKeys.manyWith("dblp", of: ids) {
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
