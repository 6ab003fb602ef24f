import Graph

/// The title terms of authored works, numbered, ready for `CommunityTerms` to count per
/// community: what can be done before a partition exists (issue 8: `graph communities`
/// builds it on its side thread while igraph runs Leiden).
///
/// A work's terms are found once (`TitleTerms.terms`) from its first entry's title (every
/// entry of one work carries the same title), however many authors it has.
/// - Complexity: O(A + total length of the distinct titles) for A author–work entries.
public struct WorkTermIndex: Sendable {
  /// Every distinct term, by number.
  private(set) var terms: [String] = []
  /// Each entry's author and work number, in input order.
  private(set) var entries: [(author: Int64, work: Int32)] = []
  private var termNumber: [String: Int32] = [:]
  private var workNumber: [Int64: Int32] = [:]
  /// Terms of work `w`: `termList[termStart[w]..<termStart[w + 1]]`.
  private var termStart: [Int] = [0]
  private var termList: [Int32] = []

  /// Numbers the works of `titles` and their title terms.
  public init(_ titles: [AuthoredTitle]) {
    entries.reserveCapacity(titles.count)
    for entry in titles {
      entries.append((entry.author, number(entry.work, title: entry.title)))
    }
    termNumber = [:]  // only numbering needed it
    workNumber = [:]
  }

  /// Numbers the works of `authored` (work number = position in `authored.works`) and
  /// their title terms.
  public init(_ authored: AuthoredWorks) {
    termStart.reserveCapacity(authored.works.count + 1)
    for work in authored.works { numberTerms(of: work.title) }
    entries = authored.entries
    termNumber = [:]
  }

  /// The number of work `id`, numbering it and its title's terms on first sight.
  private mutating func number(_ id: Int64, title: String) -> Int32 {
    if let known = workNumber[id] { return known }
    let number = Int32(termStart.count - 1)
    workNumber[id] = number
    numberTerms(of: title)
    return number
  }

  /// Appends the term numbers of the next work, numbering terms on first sight.
  private mutating func numberTerms(of title: String) {
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
  }

  /// The term numbers of work number `work`.
  func terms(of work: Int) -> ArraySlice<Int32> { termList[termStart[work]..<termStart[work + 1]] }
}
