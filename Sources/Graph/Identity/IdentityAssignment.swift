/// Which identity row each cluster of mentions becomes, decided without the database so it
/// can be computed on another thread (issue 8); `IdentityStoreResolver` writes it.
///
/// Ids stay stable: largest clusters choose first, and a cluster keeps the previous identity
/// most of its mentions had (ties: the smaller id) unless a larger cluster took it; otherwise
/// it gets a new identity. Its name key is the most common among its mentions, its display
/// name `DisplayName.best` of their variants.
/// - Complexity: O(M + C log C) for M mentions in C clusters.
struct IdentityAssignment {
  /// One cluster's identity.
  struct Choice {
    /// Positions of the cluster's mentions in the evidence array.
    var members: [Int]
    /// The previous identity it keeps, or nil for a new one.
    var reuse: Int64?
    var nameKey: String
    var display: String
    /// True when the kept identity's stored key and display name are already these.
    var rowUnchanged: Bool
    /// True when the kept identity's stored key is already `nameKey` (its display name may
    /// differ).
    var keyUnchanged: Bool
  }

  /// In the order identities are written (largest clusters first).
  private(set) var choices: [Choice] = []
  /// Previous identities no cluster kept (deleted unless another mention still uses them).
  private(set) var stale: [Int64] = []
  /// Positions of the planned mentions by id (for the writer's lookups of decisions).
  let positions: MentionPositions

  /// Plans `clusters` (mention ids) over `mentions`; `stored` holds the key and display name
  /// of previous identities where known (a missing one is rewritten).
  init(
    clusters: [[Int64]], mentions: [MentionEvidence],
    stored: [Int64: (key: String, display: String)]
  ) {
    // Positions, not copies: at a million mentions a copy of every evidence value costs GBs.
    positions = MentionPositions(mentions)
    let previous = Set(mentions.compactMap(\.previousIdentity))
    var kept = Set<Int64>()
    // Cluster positions, largest first (ties: smallest first mention id); sorting positions
    // by sizes and first ids read from two arrays moves and compares integers, not arrays.
    let sizes = clusters.map(\.count)
    let firsts = clusters.map { $0.first ?? 0 }
    let order = clusters.indices.sorted {
      sizes[$0] != sizes[$1] ? sizes[$0] > sizes[$1] : firsts[$0] < firsts[$1]
    }
    for index in order {
      let members = clusters[index].compactMap { self.positions[$0] }
      let reuse: Int64?
      let nameKey: String
      let variants: [String]
      if members.count == 1 {  // most clusters: no votes or counts to tally
        let only = members[0]
        reuse = mentions[only].previousIdentity.flatMap { kept.contains($0) ? nil : $0 }
        nameKey = mentions[only].nameKey
        variants = [mentions[only].displayVariant]
      } else {
        var votes: [Int64: Int] = [:]
        for m in members { if let p = mentions[m].previousIdentity { votes[p, default: 0] += 1 } }
        reuse = votes.filter { !kept.contains($0.key) }
          .max { ($0.value, -$0.key) < ($1.value, -$1.key) }?.key
        nameKey = Self.mostCommon(members.map { mentions[$0].nameKey })
        variants = members.map { mentions[$0].displayVariant }
      }
      let display = DisplayName.best(of: variants) ?? nameKey
      var (unchanged, keyUnchanged) = (false, false)
      if let reuse {
        kept.insert(reuse)
        keyUnchanged = stored[reuse]?.key == nameKey
        unchanged = keyUnchanged && stored[reuse]?.display == display
      }
      choices.append(
        Choice(
          members: members, reuse: reuse, nameKey: nameKey, display: display,
          rowUnchanged: unchanged, keyUnchanged: keyUnchanged))
    }
    stale = Array(previous.subtracting(kept))
  }

  /// The most frequent key (ties: the smallest).
  static func mostCommon(_ keys: [String]) -> String {
    var counts: [String: Int] = [:]
    for k in keys { counts[k, default: 0] += 1 }
    return counts.max { ($0.value, $1.key) < ($1.value, $0.key) }?.key ?? ""
  }
}

/// Positions of mentions in an evidence array, by mention id.
///
/// A first ingest's evidence has consecutive ids, whose positions are offsets: no table of
/// three million entries to build and probe. Other evidence gets a dictionary.
struct MentionPositions {
  private let firstID: Int64
  private let count: Int
  private let consecutive: Bool
  private let table: [Int64: Int]

  init(_ mentions: [MentionEvidence]) {
    let firstID = mentions.first?.id ?? 0
    self.firstID = firstID
    count = mentions.count
    consecutive = mentions.indices.allSatisfy { mentions[$0].id == firstID + Int64($0) }
    table =
      consecutive
      ? [:] : Dictionary(uniqueKeysWithValues: mentions.indices.map { (mentions[$0].id, $0) })
  }

  /// The position of mention `id`, or nil when it is not in the array.
  subscript(id: Int64) -> Int? {
    guard consecutive else { return table[id] }
    return id >= firstID && id - firstID < Int64(count) ? Int(id - firstID) : nil
  }
}
