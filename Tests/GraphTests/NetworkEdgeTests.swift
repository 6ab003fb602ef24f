@testable import Graph
import Testing

/// `Network.Edge` keeps a lone work inline and years in 32 bits (issue 8); what it reports
/// must not depend on how it holds them.
@Suite struct NetworkEdgeTests {
  @Test(arguments: [[], [7], [3, 9], [Int64.min], [Int64.min, 4]] as [[Int64]])
  func worksReadBackAsGiven(works: [Int64]) {
    let edge = Network.Edge(source: 1, target: 2, workIDs: works, weight: 1)
    #expect(edge.workIDs == works)
    #expect(edge.works == works.count)
    var assigned = Network.Edge(source: 1, target: 2, workIDs: [5, 6, 8], weight: 1)
    assigned.workIDs = works
    #expect(assigned == edge)
  }

  /// An edge made from one work equals the same edge made from a one-element list, and
  /// appending in place turns it into a list without losing the first work.
  @Test func oneWorkEdgesCompareAndGrow() {
    var grown = Network.Edge(
      source: 1, target: 2, work: 7, weight: 1, firstYear: 2001, lastYear: 2001)
    #expect(
      grown
        == Network.Edge(
          source: 1, target: 2, workIDs: [7], weight: 1, firstYear: 2001, lastYear: 2001))
    #expect(grown != Network.Edge(source: 1, target: 2, workIDs: [8], weight: 1))
    grown.workIDs.append(9)
    grown.workIDs.append(12)
    #expect(grown.workIDs == [7, 9, 12])
    #expect(grown.works == 3)
    grown.workIDs.removeAll()
    #expect(grown.workIDs.isEmpty && grown.works == 0)
  }

  @Test func yearsReadBackAndClamp() {
    var edge = Network.Edge(source: 1, target: 2, workIDs: [], weight: 1)
    #expect(edge.firstYear == nil && edge.lastYear == nil)
    edge.firstYear = -44
    edge.lastYear = 2026
    #expect(edge.firstYear == -44 && edge.lastYear == 2026)
    edge.firstYear = Int.min
    edge.lastYear = Int.max
    #expect(edge.firstYear == Int(Int32.min) + 1 && edge.lastYear == Int(Int32.max))
    edge.lastYear = nil
    #expect(edge.lastYear == nil)
  }

  @Test func holdsFortyEightBytes() {
    #expect(MemoryLayout<Network.Edge>.stride == 48)
  }
}
