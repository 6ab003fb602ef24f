import Foundation
@testable import Graph
import GraphTestSupport
import Testing

/// Coauthor network options (PRODUCT.md §6) on a small corpus checked by hand.
@Suite struct CoauthorNetworkTests {
  /// Three works of 3, 2 and 4 authors, plus a separate pair (another component).
  static let corpus = """
    Publications

    A Study of Things
    Ada Lovelace
    Ben Bucknall
    Charles Babbage
    A Second Study: With a Colon
    Ada Lovelace
    Ben Bucknall
    A third study of many hands
    Ada Lovelace
    Ben Bucknall
    Charles Babbage
    Dora Dalton
    Far away: an unrelated paper
    Eve Extra
    Finn Far

    """

  static func store() throws -> (GraphStore, [String: Int64]) {
    let store = try GraphStore()
    _ = try store.ingest(data: Data(corpus.utf8), name: "corpus.txt")
    var ids: [String: Int64] = [:]
    for name in ["Ada Lovelace", "Ben Bucknall", "Charles Babbage", "Dora Dalton", "Eve Extra"] {
      ids[name] = try store.resolveAuthor(name)
    }
    return (store, ids)
  }

  static func weight(_ network: Network, _ a: Int64?, _ b: Int64?) -> Double? {
    network.edges.first { Set([$0.source, $0.target]) == Set([a, b].compactMap { $0 }) }?.weight
  }

  @Test func fractionalWeightsFollowNewmanOnAThreeWorkCorpus() throws {
    // Given works of 3, 2 and 4 authors, Newman's 1/(n−1) per pair gives by hand:
    // Ada–Ben 1/2 + 1 + 1/3 = 11/6; Ada–Charles = Ben–Charles = 1/2 + 1/3 = 5/6;
    // Dora with each of the others 1/3
    let (store, id) = try Self.store()
    let network = try store.coauthorNetwork(CoauthorOptions(counting: .fractional)).network
    let ada = id["Ada Lovelace"], ben = id["Ben Bucknall"], charles = id["Charles Babbage"]
    let dora = id["Dora Dalton"]
    #expect(abs((Self.weight(network, ada, ben) ?? 0) - 11.0 / 6) < 1e-12)
    #expect(abs((Self.weight(network, ada, charles) ?? 0) - 5.0 / 6) < 1e-12)
    #expect(abs((Self.weight(network, ben, charles) ?? 0) - 5.0 / 6) < 1e-12)
    for other in [ada, ben, charles] {
      #expect(abs((Self.weight(network, dora, other) ?? 0) - 1.0 / 3) < 1e-12)
    }
    // Each author's strength is the number of their multi-author works (Newman 2001)
    var strength: [Int64: Double] = [:]
    for edge in network.edges {
      strength[edge.source, default: 0] += edge.weight
      strength[edge.target, default: 0] += edge.weight
    }
    #expect(abs((strength[ada ?? 0] ?? 0) - 3) < 1e-12)
    #expect(abs((strength[charles ?? 0] ?? 0) - 2) < 1e-12)
    #expect(abs((strength[dora ?? 0] ?? 0) - 1) < 1e-12)
    // Full counting: joint works; edges carry the works behind them
    let full = try store.coauthorNetwork().network
    #expect(Self.weight(full, ada, ben) == 3)
    #expect(Self.weight(full, ada, charles) == 2)
    #expect(full.edges.count == 7)
  }

  /// A work merged from two sources lists its authors twice; each pair still counts once.
  @Test func aWorkMergedFromTwoSourcesCountsOnce() throws {
    let (store, id) = try Self.store()
    let before = try store.coauthorNetwork().network
    let again = """
      Publications

      A Study of Things
      Ada Lovelace
      Ben Bucknall
      Charles Babbage

      """
    let summary = try store.ingest(data: Data(again.utf8), name: "again.txt")
    #expect(summary.worksMerged == 1)
    let repeated = try store.rowsAsText(
      "SELECT COUNT(*) FROM (SELECT work_id, identity_id FROM mention GROUP BY 1, 2 HAVING COUNT(*) > 1)")
    #expect(repeated == ["3"])
    let after = try store.coauthorNetwork().network
    #expect(after.edges == before.edges)
    #expect(Self.weight(after, id["Ada Lovelace"], id["Ben Bucknall"]) == 3)
    let fractional = try store.coauthorNetwork(CoauthorOptions(counting: .fractional)).network
    let pair = Self.weight(fractional, id["Ada Lovelace"], id["Ben Bucknall"]) ?? 0
    #expect(abs(pair - 11.0 / 6) < 1e-12)
  }

  @Test func minWorksDropsAuthorsWithTheirEdges() throws {
    let (store, id) = try Self.store()
    let network = try store.network(kind: nil, coauthor: CoauthorOptions(minWorks: 2)).network
    #expect(Set(network.nodes.map(\.id)) == Set([id["Ada Lovelace"], id["Ben Bucknall"], id["Charles Babbage"]].compactMap { $0 }))
    #expect(network.edges.count == 3)
    let error = Self.error { () throws(GraphError) in
      _ = try store.network(kind: nil, coauthor: CoauthorOptions(minWorks: 0))
    }
    #expect(error.map { if case .invalidParameter("min-works", _) = $0 { true } else { false } } == true)
  }

  @Test func largestComponentKeepsTheBiggestGroup() throws {
    let (store, id) = try Self.store()
    let all = try store.network(kind: nil).network
    #expect(all.nodes.count == 6)
    let largest = try store.network(kind: nil, coauthor: CoauthorOptions(largestComponent: true))
      .network
    #expect(largest.nodes.count == 4)
    #expect(largest.node(id["Eve Extra"] ?? 0) == nil)
    #expect(largest.edges.count == 6)
    // Filters compose: min-weight 2 keeps Ada–Ben (3) and Ada–Charles (2)... then the LCC
    let heavy = try store.network(
      kind: nil, coauthor: CoauthorOptions(minWeight: 2, largestComponent: true)
    ).network
    #expect(heavy.edges.count == 3)
    #expect(heavy.nodes.count == 3)
  }

  @Test func yearFiltersKeepOnlyWorksInRange() {
    // Given three works of 2010, 2015 and an undated one (builder level: listings carry no year)
    var accumulator = CoauthorAccumulator(options: CoauthorOptions(since: 2012))
    accumulator.add(work: 1, year: 2010, authors: [1, 2])
    accumulator.add(work: 2, year: 2015, authors: [1, 3])
    accumulator.add(work: 3, year: nil, authors: [2, 3])
    let build = accumulator.build()
    #expect(build.worksUsed == 1)
    #expect(build.network.edges.map(\.workIDs) == [[2]])
    #expect(build.network.edges.first?.firstYear == 2015)
    var until = CoauthorAccumulator(options: CoauthorOptions(until: 2012))
    until.add(work: 1, year: 2010, authors: [1, 2])
    until.add(work: 2, year: 2015, authors: [1, 3])
    #expect(until.build().network.edges.map(\.workIDs) == [[1]])
  }

  /// Edges from random works equal those counted pair by pair in a dictionary, with ids
  /// dense and spread by 10^12: each edge's works ascending, its weight their count, its
  /// years the earliest and latest of them (one-work and many-work edges both).
  @Test(arguments: [1, 1_000_000_000_000] as [Int64])
  func edgesMatchPairsCountedOneByOne(idSpacing: Int64) {
    var rng = SplitMix64(seed: 11)
    var accumulator = CoauthorAccumulator(options: CoauthorOptions())
    var expected: [[Int64]: [Int64]] = [:]
    var years: [[Int64]: [Int]] = [:]
    for work in Int64(1)...400 {
      let team = Int.random(in: 2...6, using: &rng)
      let authors = Set((0..<team).map { _ in Int64.random(in: 1...60, using: &rng) * idSpacing })
        .sorted()
      let year = Int.random(in: 1990...2020, using: &rng)
      accumulator.add(work: work, year: year, authors: authors)
      for i in authors.indices {
        for j in authors.indices where j > i {
          expected[[authors[i], authors[j]], default: []].append(work)
          years[[authors[i], authors[j]], default: []].append(year)
        }
      }
    }
    let edges = accumulator.build().network.edges
    let pairs = expected.keys.sorted { $0.lexicographicallyPrecedes($1) }
    #expect(edges.map { [$0.source, $0.target] } == pairs)
    #expect(edges.allSatisfy { expected[[$0.source, $0.target]] == $0.workIDs })
    #expect(edges.allSatisfy { $0.weight == Double($0.workIDs.count) })
    #expect(edges.allSatisfy { $0.works == $0.workIDs.count })
    #expect(edges.allSatisfy { $0.firstYear == years[[$0.source, $0.target]]?.min() })
    #expect(edges.allSatisfy { $0.lastYear == years[[$0.source, $0.target]]?.max() })
    #expect(edges.contains { $0.works == 1 } && edges.contains { $0.works > 1 })
  }

  @Test func storeQueriesForAuthorsAndCommunities() throws {
    let (store, id) = try Self.store()
    let ada = try #require(id["Ada Lovelace"])
    let detail = try #require(try store.authorDetail(ada))
    #expect(detail.works.count == 3)
    #expect(detail.variants == ["Ada Lovelace"])
    let titles = try store.authoredTitles(of: [ada])
    #expect(Set(titles.map(\.work)).count == 3)
    #expect(try store.latestCommunity(of: ada, networkFingerprint: "none") == nil)
    let network = try store.network(kind: nil).network
    let run = try store.record(
      RunRecord(
        kind: "communities", algorithm: "leiden", parameters: [:], seed: 1,
        networkFingerprint: network.fingerprint, membership: [ada: 0, id["Ben Bucknall"] ?? 0: 0]))
    let found = try store.latestCommunity(of: ada, networkFingerprint: network.fingerprint)
    #expect(found == RecordedCommunity(run: run, algorithm: "leiden", community: 0, size: 2))
    #expect(try store.resolveNode("ada lovelace", in: network) == ada)
  }

  static func error(_ body: () throws(GraphError) -> Void) -> GraphError? {
    do {
      try body()
      return nil
    } catch { return error }
  }
}

/// The fingerprint is recorded with every run; its bytes must not drift when its code does.
@Suite struct NetworkFingerprintTests {
  /// The canonical text, written the plain way: one line per node and per edge.
  static func referenceFingerprint(_ network: Network) -> String {
    var text = "\(network.kind.rawValue) directed=\(network.isDirected)\n"
    for node in network.nodes { text += "n \(node.id)\n" }
    for edge in network.edges { text += "e \(edge.source) \(edge.target) \(edge.weight)\n" }
    return SHA256.hex(Array(text.utf8))
  }

  @Test func fingerprintIsTheHashOfTheCanonicalText() {
    let weights: [Double] = [1, 0.5, 2, 1.0 / 3, 1e-7, 12345.678]
    var nodes: [Network.Node] = []
    var edges: [Network.Edge] = []
    for i in 0..<20_000 {  // over 64 KiB of text, so the buffer is hashed in several pieces
      let id = Int64(i * 7919 % 1_000_003) - (i == 3 ? 5_000_000 : 0)
      nodes.append(Network.Node(id: id, name: "n\(i)", works: 1))
      if i > 0 {
        edges.append(
          Network.Edge(
            source: nodes[i - 1].id, target: id, workIDs: [Int64(i)], weight: weights[i % weights.count]))
      }
    }
    let network = Network(kind: .coauthor, isDirected: false, nodes: nodes, edges: edges)
    #expect(network.fingerprint == Self.referenceFingerprint(network))
    let empty = Network(kind: .citation, isDirected: true, nodes: [], edges: [])
    #expect(empty.fingerprint == Self.referenceFingerprint(empty))
  }
}
