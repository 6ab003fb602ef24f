import Graph
import GraphTestSupport
import Metrics
import Testing

@Suite struct CentralityTests {
  @Test func kiteBetweennessMatchesPublishedValues() throws {
    // Given Krackhardt's kite; networkx betweenness_centrality(normalized=False)
    let expected: [String: Double] = [
      "Andre": 0.8333333333333333, "Beverly": 0.8333333333333333, "Carol": 0,
      "Diane": 3.666666666666666, "Ed": 0, "Fernando": 8.333333333333334,
      "Garth": 8.333333333333334, "Heather": 14, "Ike": 8, "Jane": 0,
    ]
    // When betweenness is computed
    let scores = try Centrality.compute(.betweenness, in: Fixtures.krackhardtKite)
    // Then every value matches and Heather is the broker
    #expect(scores.measure == .betweenness)
    #expect(scores.weighted == false)
    #expect(scores.values.count == 10)
    for (name, value) in expected {
      expectClose(scores.values[kiteID(name)], value, tolerance: 1e-3)
    }
    #expect(scores.ranked().first?.id == kiteID("Heather"))
  }

  @Test func kiteDegreeAndRanking() throws {
    let scores = try Centrality.compute(.degree, in: Fixtures.krackhardtKite)
    let expected: [String: Double] = [
      "Andre": 4, "Beverly": 4, "Carol": 3, "Diane": 6, "Ed": 3, "Fernando": 5, "Garth": 5,
      "Heather": 3, "Ike": 2, "Jane": 1,
    ]
    for (name, value) in expected { #expect(scores.values[kiteID(name)] == value, "\(name)") }
    // Ties are ranked by ascending id
    let ranked = scores.ranked()
    #expect(ranked.map(\.id) == [4, 6, 7, 1, 2, 3, 5, 8, 9, 10])
    #expect(ranked.map(\.score) == [6, 5, 5, 4, 4, 3, 3, 3, 2, 1])
  }

  @Test func kitePageRankMatchesNetworkx() throws {
    // networkx pagerank(alpha=0.85, tol=1e-14)
    let expected: [Double] = [
      0.1019199129771107, 0.1019199129771107, 0.07941811400813842, 0.14714791632796517,
      0.07941811400813842, 0.1289069275727845, 0.1289069275727845, 0.09524828680827768,
      0.08569395631416114, 0.05141993143352881,
    ]
    let scores = try Centrality.compute(.pagerank, in: Fixtures.krackhardtKite)
    for (i, value) in expected.enumerated() {
      expectClose(scores.values[Int64(i + 1)], value, tolerance: 1e-6)
    }
  }

  @Test(arguments: [false, true])
  func karatePageRankSumsToOne(weighted: Bool) throws {
    let scores = try Centrality.compute(.pagerank, in: Fixtures.zacharyKarate, weighted: weighted)
    #expect(scores.values.count == 34)
    expectClose(scores.values.values.reduce(0, +), 1, tolerance: 1e-9)
    // The two leaders (instructor 1 and president 34) rank first
    #expect(Set(scores.ranked().prefix(2).map(\.id)) == [1, 34])
  }

  @Test func karateDegrees() throws {
    let scores = try Centrality.compute(.degree, in: Fixtures.zacharyKarate)
    #expect(scores.values[1] == 16)
    #expect(scores.values[34] == 17)
    #expect(scores.values[33] == 12)
    #expect(scores.values[3] == 10)
    #expect(scores.values[12] == 1)
    #expect(scores.values.values.reduce(0, +) == 156)  // 2 × 78 edges
  }

  @Test func weightedDegreeIsStrength() throws {
    let network = Fixtures.randomNetwork(nodes: 40, edgeProbability: 0.15, seed: 3)
    let scores = try Centrality.compute(.degree, in: network, weighted: true)
    #expect(scores.weighted)
    #expect(scores.values == Reference.strengths(network))
  }

  @Test func uniformWeightsLeaveBetweennessAndPageRankUnchanged() throws {
    // Given the karate club with every weight 2.5 (distance 0.4 everywhere)
    let karate = Fixtures.zacharyKarate
    let scaled = Network(
      kind: karate.kind, isDirected: false, nodes: karate.nodes,
      edges: karate.edges.map {
        var e = $0
        e.weight = 2.5
        return e
      })
    for measure in [CentralityMeasure.betweenness, .pagerank] {
      let plain = try Centrality.compute(measure, in: karate)
      let weighted = try Centrality.compute(measure, in: scaled, weighted: true)
      for node in karate.nodes {
        expectClose(weighted.values[node.id], plain.values[node.id]!, tolerance: 1e-9)
      }
    }
  }

  @Test func weightedBetweennessTreatsHeavyTiesAsShort() throws {
    // Given a square 1–2–3–4–1 where 1–2 and 2–3 are heavy (short) and the other side light
    let nodes = (1...4).map { Network.Node(id: Int64($0), name: "n\($0)", works: 1) }
    let pairs: [(Int64, Int64, Double)] = [(1, 2, 4), (2, 3, 4), (3, 4, 1), (1, 4, 1)]
    let network = Network(
      kind: .coauthor, isDirected: false, nodes: nodes,
      edges: pairs.map { Network.Edge(source: $0.0, target: $0.1, workIDs: [], weight: $0.2) })
    // When betweenness is weighted, 1↔3 runs only through 2 (length 0.5 < 2)
    let weighted = try Centrality.compute(.betweenness, in: network, weighted: true)
    let plain = try Centrality.compute(.betweenness, in: network)
    // Then 2 carries all of 1↔3 and 4 none of it (2↔4 still splits over 1 and 3); unweighted
    // every pair splits
    #expect(weighted.values == [1: 0.5, 2: 1, 3: 0.5, 4: 0])
    #expect(plain.values == [1: 0.5, 2: 0.5, 3: 0.5, 4: 0.5])
  }

  @Test func directedPageRankFollowsDirection() throws {
    // Given 1 → 2 → 3 ← 1 (a directed edge list)
    let nodes = (1...3).map { Network.Node(id: Int64($0), name: "n\($0)", works: 1) }
    let network = Network(
      kind: .edgeList, isDirected: true, nodes: nodes,
      edges: [(1, 2), (2, 3), (1, 3)].map {
        Network.Edge(source: $0.0, target: $0.1, workIDs: [], weight: 1)
      })
    let scores = try Centrality.compute(.pagerank, in: network)
    // Then the sink ranks first and the source last
    #expect(scores.ranked().map(\.id) == [3, 2, 1])
    expectClose(scores.values.values.reduce(0, +), 1, tolerance: 1e-9)
  }

  @Test(arguments: CentralityMeasure.allCases)
  func emptyNetworkGivesEmptyScores(measure: CentralityMeasure) throws {
    let empty = Network(kind: .coauthor, isDirected: false, nodes: [], edges: [])
    for weighted in [false, true] {
      let scores = try Centrality.compute(measure, in: empty, weighted: weighted)
      #expect(scores.values.isEmpty)
      #expect(scores.ranked().isEmpty)
    }
  }

  @Test func unusableWeightsAreRejected() {
    let nodes = (1...2).map { Network.Node(id: Int64($0), name: "n\($0)", works: 1) }
    func network(weight: Double) -> Network {
      Network(
        kind: .coauthor, isDirected: false, nodes: nodes,
        edges: [Network.Edge(source: 1, target: 2, workIDs: [], weight: weight)])
    }
    // Betweenness needs weights > 0; degree and PageRank accept 0 but not negatives or NaN.
    let cases: [(CentralityMeasure, Double)] = [
      (.betweenness, 0), (.betweenness, -1), (.betweenness, .infinity), (.pagerank, -1),
      (.pagerank, .nan), (.degree, -0.5),
    ]
    for (measure, weight) in cases {
      let error = graphError { () throws(GraphError) in
        try Centrality.compute(measure, in: network(weight: weight), weighted: true)
      }
      #expect(isInvalidParameter(error, named: "weight"), "\(measure) \(weight)")
    }
    // Unweighted, the same networks are fine
    #expect(throws: Never.self) {
      try Centrality.compute(.betweenness, in: network(weight: 0))
    }
  }
}
