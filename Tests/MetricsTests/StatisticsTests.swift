import Graph
import GraphTestSupport
import Metrics
import Testing

/// Whole-network statistics: karate-club known answers and iFUB against igraph's diameter.
@Suite struct StatisticsTests {
  @Test func karateStatisticsMatchNetworkx() throws {
    // networkx: triangles 45, transitivity 0.2557, average_clustering 0.5706, diameter 5,
    // degree_assortativity_coefficient −0.4756
    let stats = try NetworkStatistics.compute(Fixtures.zacharyKarate)
    #expect(stats.nodes == 34)
    #expect(stats.edges == 78)
    #expect(stats.components == 1)
    #expect(stats.triangles == 45)
    expectClose(stats.transitivity, 0.2556818181818182, tolerance: 1e-12)
    expectClose(stats.averageClustering, 0.5706384782076823, tolerance: 1e-12)
    #expect(stats.diameter == 5)
    expectClose(stats.assortativity, -0.47561309768461413, tolerance: 1e-9)
  }

  @Test func selfLoopsCountAsEdgesButNotInClustering() throws {
    // Given a triangle 1–2–3 with a loop at 1 and a pendant 4
    let nodes = (1...4).map { Network.Node(id: Int64($0), name: "n\($0)", works: 0) }
    let network = Network(
      kind: .edgeList, isDirected: false, nodes: nodes,
      edges: [(1, 1), (1, 2), (1, 3), (2, 3), (3, 4)].map {
        Network.Edge(source: $0.0, target: $0.1, workIDs: [], weight: 1)
      })
    let stats = try NetworkStatistics.compute(network)
    #expect(stats.edges == 5)
    #expect(stats.selfLoops == 1)
    #expect(stats.triangles == 1)
    // local clustering 1, 1, 1/3, 0 → mean 7/12; transitivity 3·1/5 triples
    expectClose(stats.averageClustering, 7.0 / 12, tolerance: 1e-12)
    expectClose(stats.transitivity, 0.6, tolerance: 1e-12)
    #expect(stats.diameter == 2)
  }

  @Test func iFUBEqualsAllPairsDiameterOnRandomGraphs() throws {
    // Sparse (tree-like, long diameters) to dense, connected or not
    var checked = 0
    for seed: UInt64 in 1...40 {
      let n = 10 + Int(seed % 7) * 25
      let p = [0.8, 1.2, 2.0, 4.0][Int(seed % 4)] / Double(n)
      let network = Fixtures.randomNetwork(nodes: n, edgeProbability: p, seed: seed)
      let exact = try Diameter.largestComponent(of: network)
      #expect(exact.diameter == (try Diameter.largestComponentByAllPairs(of: network)), "seed \(seed)")
      checked += 1
    }
    #expect(checked == 40)
  }

  @Test func emptyAndEdgelessNetworks() throws {
    let empty = Network(kind: .coauthor, isDirected: false, nodes: [], edges: [])
    #expect(try NetworkStatistics.compute(empty).nodes == 0)
    let lonely = Network(
      kind: .coauthor, isDirected: false,
      nodes: [Network.Node(id: 1, name: "a", works: 1), Network.Node(id: 2, name: "b", works: 1)],
      edges: [])
    let stats = try NetworkStatistics.compute(lonely)
    #expect(stats.components == 2)
    #expect(stats.diameter == 0)
    #expect(stats.triangles == 0)
    #expect(stats.assortativity == nil)
  }
}
