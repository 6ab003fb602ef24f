import Graph

/// The most frequent title terms of every community at once: for each community, what
/// `TitleTerms.top` gives over the titles of its members' works, ties broken alphabetically.
///
/// A work's terms are found once (`TitleTerms.terms`) and numbered, however many
/// communities hold one of its authors; each community then counts numbers over its distinct
/// works instead of filling a title dictionary and hashing every word again (at a million
/// works that was most of the time `graph communities` spent after Leiden). A work's title
/// is taken from its first entry: every entry of one work carries the same title.
/// - Complexity: O(A log A + total length of the distinct titles + Σ T log T) for A
///   author–work entries and T distinct terms per community.
enum CommunityTerms {
  /// Terms of `communityCount` communities (index = label), `limit` each; an entry whose
  /// author has no community is ignored.
  static func top(
    titles: [AuthoredTitle], membership: [Int64: Int], communityCount: Int, limit: Int
  ) -> [[TermCount]] {
    var works = NumberedWorkTerms()
    // (label << 32) | work number: sorting groups each community's works together.
    var pairs: [UInt64] = []
    pairs.reserveCapacity(titles.count)
    for entry in titles {
      guard let label = membership[entry.author], label >= 0, label < communityCount else {
        continue
      }
      let work = works.number(entry.work, title: entry.title)
      pairs.append(UInt64(label) << 32 | UInt64(work))
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

/// Works numbered in order of first appearance, each with its title terms as numbers.
private struct NumberedWorkTerms {
  /// Every distinct term, by number.
  private(set) var terms: [String] = []
  private var termNumber: [String: Int32] = [:]
  private var workNumber: [Int64: Int32] = [:]
  /// Terms of work `w`: `termList[termStart[w]..<termStart[w + 1]]`.
  private var termStart: [Int] = [0]
  private var termList: [Int32] = []

  /// The number of work `id`, numbering it and its title's terms on first sight.
  mutating func number(_ id: Int64, title: String) -> Int32 {
    if let known = workNumber[id] { return known }
    let number = Int32(termStart.count - 1)
    workNumber[id] = number
    for term in TitleTerms.terms(in: title) {
      if let known = termNumber[term] {
        termList.append(known)
      } else {
        let new = Int32(terms.count)
        terms.append(term)
        termNumber[term] = new
        termList.append(new)
      }
    }
    termStart.append(termList.count)
    return number
  }

  /// The term numbers of work number `work`.
  func terms(of work: Int) -> ArraySlice<Int32> { termList[termStart[work]..<termStart[work + 1]] }
}
