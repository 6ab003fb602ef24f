import Graph
import GraphTestSupport
import Metrics
import Testing

/// Karate-club values of the measures networkx also computes (networkx 3.6.1).
@Suite struct CentralityKnownAnswerTests {
  /// id → (closeness, harmonic, eigenvector, coreness, clustering), from networkx on the
  /// unweighted karate club (`closeness_centrality`, `harmonic_centrality`,
  /// `eigenvector_centrality(tol=1e-12)`, `core_number`, `clustering`).
  static let karate: [Int64: (Double, Double, Double, Double, Double)] = [
    1: (0.5689655172413793, 23.16666666666666, 0.3554914445167459, 4, 0.15),
    2: (0.4852941176470588, 19.16666666666667, 0.2659599195470549, 4, 1.0 / 3),
    3: (0.559322033898305, 21.0, 0.3171925044837801, 4, 0.24444444444444444),
    34: (0.55, 23.25, 0.3733634702989749, 4, 0.11029411764705882),
    12: (0.36666666666666664, 13.500000000000004, 0.05285569749194998, 1, 0),
    17: (0.28448275862068967, 11.099999999999996, 0.023635628103408125, 2, 1),
  ]

  @Test func karateMatchesNetworkx() throws {
    let network = Fixtures.zacharyKarate
    let closeness = try Centrality.compute(.closeness, in: network)
    let harmonic = try Centrality.compute(.harmonic, in: network)
    let eigenvector = try Centrality.compute(.eigenvector, in: network)
    let coreness = try Centrality.compute(.coreness, in: network)
    let clustering = try Centrality.compute(.clustering, in: network)
    for (id, expected) in Self.karate {
      expectClose(closeness.values[id], expected.0, tolerance: 1e-9)
      expectClose(harmonic.values[id], expected.1, tolerance: 1e-9)
      expectClose(eigenvector.values[id], expected.2, tolerance: 1e-6)
      expectClose(coreness.values[id], expected.3)
      expectClose(clustering.values[id], expected.4, tolerance: 1e-12)
    }
    // Unit Euclidean norm, as networkx scales it
    expectClose(eigenvector.values.values.reduce(0) { $0 + $1 * $1 }, 1, tolerance: 1e-9)
  }

  @Test func closenessUsesWassermanFaustScalingOnDisconnectedGraphs() throws {
    // Given 1–2–3, 4–5 and an isolated 6; networkx closeness_centrality (wf_improved=True)
    let nodes = (1...6).map { Network.Node(id: Int64($0), name: "n\($0)", works: 1) }
    let network = Network(
      kind: .coauthor, isDirected: false, nodes: nodes,
      edges: [(1, 2), (2, 3), (4, 5)].map {
        Network.Edge(source: $0.0, target: $0.1, workIDs: [], weight: 1)
      })
    let scores = try Centrality.compute(.closeness, in: network)
    let expected: [Int64: Double] = [1: 4.0 / 15, 2: 0.4, 3: 4.0 / 15, 4: 0.2, 5: 0.2, 6: 0]
    for (id, value) in expected { expectClose(scores.values[id], value, tolerance: 1e-12) }
  }

  @Test func strengthIsAlwaysWeightedAndCorenessIgnoresSelfLoops() throws {
    let network = Fixtures.randomNetwork(nodes: 30, edgeProbability: 0.2, seed: 4)
    let strength = try Centrality.compute(.strength, in: network)
    #expect(strength.weighted)
    #expect(strength.values == Reference.strengths(network))
    // A self-loop changes neither coreness nor clustering
    var edges = network.edges
    edges.append(Network.Edge(source: 1, target: 1, workIDs: [], weight: 1))
    let looped = Network(kind: .edgeList, isDirected: false, nodes: network.nodes, edges: edges)
    for measure in [CentralityMeasure.coreness, .clustering] {
      #expect(
        try Centrality.compute(measure, in: looped).values
          == Centrality.compute(measure, in: network).values)
    }
  }

  @Test func pageRankCountsASelfLoopOnceAsNetworkxDoes() throws {
    // Given 1–2, 2–3 and a loop at 1; networkx pagerank(alpha=0.85) on this graph
    let nodes = (1...3).map { Network.Node(id: Int64($0), name: "n\($0)", works: 1) }
    let network = Network(
      kind: .edgeList, isDirected: false, nodes: nodes,
      edges: [(1, 1), (1, 2), (2, 3)].map {
        Network.Edge(source: $0.0, target: $0.1, workIDs: [], weight: 1)
      })
    let scores = try Centrality.compute(.pagerank, in: network)
    expectClose(scores.values.values.reduce(0, +), 1, tolerance: 1e-9)
    expectClose(scores.values[1], Self.networkxLoopPageRank[0], tolerance: 1e-6)
    expectClose(scores.values[2], Self.networkxLoopPageRank[1], tolerance: 1e-6)
    expectClose(scores.values[3], Self.networkxLoopPageRank[2], tolerance: 1e-6)
  }

  /// networkx 3.6.1: `nx.pagerank(nx.Graph([(1, 1), (1, 2), (2, 3)]), tol=1e-12)`.
  static let networkxLoopPageRank: [Double] = [
    0.38171772978380236, 0.3987945755907464, 0.21948769462545098,
  ]
}
