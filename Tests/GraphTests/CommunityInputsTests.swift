import Foundation
@testable import Graph
import GraphTestSupport
import Testing

/// The inputs `graph communities` reads from the store and the lookups it builds them with.
@Suite struct CommunityInputsTests {
  @Test func nodePositionsAgreeWithADictionaryDenseOrSparse() {
    let layouts: [[Int64]] = [
      [], [7], [5, 6, 8, 9, 12],  // dense: span within twice the count
      [1, 1_000_000_000, 3_000_000_000],  // sparse
      [Int64.min, -3, 0, Int64.max],  // a span that overflows
    ]
    for ids in layouts {
      let positions = NodePositions(ascending: ids)
      var expected: [Int64: Int] = [:]
      for (i, id) in ids.enumerated() { expected[id] = i }
      let probes: [Int64] = ids + [Int64.min, -1, 0, 4, 7, 10, 11, 13, 2_999_999_999, Int64.max]
      for probe in probes {
        #expect(positions[probe] == expected[probe], "ids \(ids), probe \(probe)")
      }
    }
  }

  /// `authoredWorks` gives the pairs and titles `authoredTitles` gives (its definition), with
  /// and without year bounds.
  @Test(arguments: [(nil, nil), (2012, nil), (nil, 2012), (2011, 2013)] as [(Int?, Int?)])
  func authoredWorksHoldTheAuthoredTitles(since: Int?, until: Int?) throws {
    let (store, _) = try CoauthorNetworkTests.store()
    try Self.expectSamePairs(store, since: since, until: until)
  }

  static func expectSamePairs(_ store: GraphStore, since: Int?, until: Int?) throws {
    let titles = try store.authoredTitles(since: since, until: until)
    let authored = try store.authoredWorks(since: since, until: until)
    #expect(!titles.isEmpty || since != nil || until != nil)
    let pairs = authored.entries.map { entry in
      AuthoredTitle(
        author: entry.author, work: authored.works[Int(entry.work)].id,
        title: authored.works[Int(entry.work)].title)
    }
    #expect(pairs == titles)  // the same pairs in the same (author, work) order
    #expect(authored.works.map(\.id) == authored.works.map(\.id).sorted())
  }

  @Test(.enabled(if: RepositoryPaths.shared("data/openalex-works-json") != nil, "needs ../shared"))
  func aSecondConnectionReadsTheSameStore() throws {
    let file = try #require(
      RepositoryPaths.shared("data/openalex-works-json/openalex_works_response_49.json"))
    let path = RepositoryPaths.temporaryDirectory().appendingPathComponent("store.db").path
    let store = try GraphStore(path: path)
    _ = try store.ingest(path: file.path)
    let reader = try store.readerConnection()
    #expect(reader.queue !== store.queue)
    #expect(try reader.authoredTitles() == store.authoredTitles())
    try Self.expectSamePairs(reader, since: nil, until: nil)
    let memory = try GraphStore()
    #expect(try memory.readerConnection().queue === memory.queue)
  }
}
