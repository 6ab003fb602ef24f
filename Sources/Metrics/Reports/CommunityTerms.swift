import Graph

/// The most frequent title terms of every community at once: for each community, what
/// `TitleTerms.top` gives over the titles of its members' works, ties broken alphabetically.
///
/// A work's terms are found once and numbered (`WorkTermIndex`), however many communities
/// hold one of its authors; each community then counts numbers over its distinct works
/// instead of filling a title dictionary and hashing every word again (at a million works
/// that was most of the time `graph communities` spent after Leiden).
/// - Complexity: O(A log A + Σ T log T) for A author–work entries and T distinct terms per
///   community, after the index.
enum CommunityTerms {
  /// Terms of `communityCount` communities (index = label), `limit` each, over the titles
  /// `works` numbered; an entry whose author has no community is ignored.
  static func top(
    index works: WorkTermIndex, membership: [Int64: Int], communityCount: Int, limit: Int
  ) -> [[TermCount]] {
    top(index: works, communityCount: communityCount, limit: limit) { membership[$0] }
  }

  /// `top(index:membership:communityCount:limit:)` with each author's label given by `label`.
  static func top(
    index works: WorkTermIndex, communityCount: Int, limit: Int, label: (Int64) -> Int?
  ) -> [[TermCount]] {
    // (label << 32) | work number: sorting groups each community's works together.
    var pairs: [UInt64] = []
    pairs.reserveCapacity(works.entries.count)
    for entry in works.entries {
      guard let label = label(entry.author), label >= 0, label < communityCount else {
        continue
      }
      pairs.append(UInt64(label) << 32 | UInt64(entry.work))
    }
    pairs.sort()
    var result = [[TermCount]](repeating: [], count: communityCount)
    var counts = [Int](repeating: 0, count: works.terms.count)
    var touched: [Int32] = []
    var start = 0
    while start < pairs.count {
      let label = Int(pairs[start] >> 32)
      var end = start
      while end < pairs.count, Int(pairs[end] >> 32) == label {
        if end == start || pairs[end] != pairs[end - 1] {
          for term in works.terms(of: Int(pairs[end] & 0xFFFF_FFFF)) {
            if counts[Int(term)] == 0 { touched.append(term) }
            counts[Int(term)] += 1
          }
        }
        end += 1
      }
      let ranked = touched.map { TermCount(term: works.terms[Int($0)], count: counts[Int($0)]) }
        .sorted { ($1.count, $0.term) < ($0.count, $1.term) }
      result[label] = Array(ranked.prefix(max(limit, 0)))
      for term in touched { counts[Int(term)] = 0 }
      touched.removeAll(keepingCapacity: true)
      start = end
    }
    return result
  }
}
