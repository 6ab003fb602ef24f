/// Mentions grouped by name block (`NameParts.blockKey`), blocks in ascending key order and
/// each block's mentions in array order: the grouping `IdentityClustering.resolve` compares
/// within (and whose live blocks decide which evidence a first ingest completes:
/// `ClusteringRun.evidenceNeeded`) and `IdentityEvidenceLoader.evidenceNeeded` counts.
///
/// Keys are numbered through one dictionary, only the distinct keys are sorted, and the
/// members sit in one array cut at offsets: a dictionary of arrays made about 900k arrays for
/// a million works' three million mentions (issue 8).
/// - Complexity: O(M + K log K) for M mentions with K distinct blocks.
struct NameBlocks {
  /// The block of each mention (its rank among the sorted keys).
  let blockOf: [Int32]
  /// Block `b`'s members are `members[offsets[b]..<offsets[b + 1]]`.
  private let offsets: [Int]
  private let members: [Int]

  init(_ mentions: [MentionEvidence]) {
    var numberOfKey: [String: Int32] = [:]
    var keys: [String] = []
    var firstSeen = [Int32](repeating: 0, count: mentions.count)
    for i in mentions.indices {
      let key = NameParts.blockKey(given: mentions[i].given, surname: mentions[i].surname)
      if let number = numberOfKey[key] {
        firstSeen[i] = number
      } else {
        let number = Int32(keys.count)
        numberOfKey[key] = number
        keys.append(key)
        firstSeen[i] = number
      }
    }
    numberOfKey = [:]
    var rank = [Int32](repeating: 0, count: keys.count)
    for (r, k) in keys.indices.sorted(by: { keys[$0] < keys[$1] }).enumerated() {
      rank[k] = Int32(r)
    }
    let blockOf = firstSeen.map { rank[Int($0)] }
    var offsets = [Int](repeating: 0, count: keys.count + 1)
    for b in blockOf { offsets[Int(b) + 1] += 1 }
    for b in keys.indices { offsets[b + 1] += offsets[b] }
    var next = offsets
    var members = [Int](repeating: 0, count: mentions.count)
    for i in mentions.indices {
      let b = Int(blockOf[i])
      members[next[b]] = i
      next[b] += 1
    }
    self.blockOf = blockOf
    self.offsets = offsets
    self.members = members
  }

  /// The number of blocks.
  var count: Int { offsets.count - 1 }

  /// The mentions of block `b`, in array order (indices are positions in the members array).
  subscript(b: Int) -> ArraySlice<Int> { members[offsets[b]..<offsets[b + 1]] }

  /// The number of mentions in `mention`'s block.
  func sizeOfBlock(of mention: Int) -> Int {
    let b = Int(blockOf[mention])
    return offsets[b + 1] - offsets[b]
  }
}
