import Graph
import GraphTestSupport
import Metrics
import Testing

@Suite struct EgoTests {
  @Test func heatherRadiusOne() throws {
    // Given the kite, when Heather's radius-1 ego network is taken
    let kite = Fixtures.krackhardtKite
    let ego = try Ego.network(of: kiteID("Heather"), in: kite)
    // Then her alters are Fernando, Garth and Ike, each with the direct tie
    #expect(ego.center == kiteID("Heather"))
    #expect(ego.radius == 1)
    #expect(ego.alters.map(\.id) == [kiteID("Fernando"), kiteID("Garth"), kiteID("Ike")])
    #expect(ego.alters.allSatisfy { $0.distance == 1 })
    for alter in ego.alters {
      let tie = try #require(alter.tie)
      #expect(Set([tie.source, tie.target]) == [alter.id, ego.center])
    }
    // And the induced network has the ties among alters (Fernando–Garth) too
    #expect(ego.network.nodes.map(\.id) == [6, 7, 8, 9])
    #expect(
      ego.network.edges.map { [$0.source, $0.target] } == [[6, 7], [6, 8], [7, 8], [8, 9]])
  }

  @Test func heatherRadiusTwo() throws {
    let ego = try Ego.network(of: kiteID("Heather"), in: Fixtures.krackhardtKite, radius: 2)
    #expect(ego.alters.map(\.id) == [6, 7, 9, 1, 2, 3, 4, 5, 10])
    #expect(ego.alters.map(\.distance) == [1, 1, 1, 2, 2, 2, 2, 2, 2])
    #expect(ego.alters.filter { $0.distance == 2 }.allSatisfy { $0.tie == nil })
    #expect(ego.network == Fixtures.krackhardtKite)  // everything is within two hops
  }

  @Test func karateInstructorEgo() throws {
    // networkx ego_graph(karate, 0, radius=1) has 17 nodes and 34 edges; radius 2: 26 and 59
    let karate = Fixtures.zacharyKarate
    let one = try Ego.network(of: 1, in: karate)
    #expect(one.alters.count == 16)
    #expect(one.network.nodes.count == 17)
    #expect(one.network.edges.count == 34)
    let two = try Ego.network(of: 1, in: karate, radius: 2)
    #expect(two.network.nodes.count == 26)
    #expect(two.network.edges.count == 59)
  }

  @Test func altersAreOrderedByTieWeight() throws {
    // Given a star around 1 with weights 1, 5, 5, 2, and a second-hop node 6
    let nodes = (1...6).map { Network.Node(id: Int64($0), name: "n\($0)", works: 1) }
    let pairs: [(Int64, Int64, Double)] = [(1, 2, 1), (1, 3, 5), (1, 4, 5), (1, 5, 2), (2, 6, 9)]
    let network = Network(
      kind: .coauthor, isDirected: false, nodes: nodes,
      edges: pairs.map { Network.Edge(source: $0.0, target: $0.1, workIDs: [], weight: $0.2) })
    let ego = try Ego.network(of: 1, in: network, radius: 3)
    // Then heavier ties come first, equal weights by id, then the second hop
    #expect(ego.alters.map(\.id) == [3, 4, 5, 2, 6])
    #expect(ego.alters.map { $0.tie?.weight } == [5, 5, 2, 1, nil])
    #expect(ego.alters.map(\.distance) == [1, 1, 1, 1, 2])
  }

  @Test func directedEdgesCountBothWays() throws {
    // Given 2 → 1 and 1 → 3 → 4 in a directed network
    let nodes = (1...4).map { Network.Node(id: Int64($0), name: "n\($0)", works: 1) }
    let network = Network(
      kind: .edgeList, isDirected: true, nodes: nodes,
      edges: [(2, 1), (1, 3), (3, 4)].map {
        Network.Edge(source: $0.0, target: $0.1, workIDs: [], weight: 1)
      })
    let ego = try Ego.network(of: 1, in: network, radius: 2)
    #expect(ego.alters.map(\.id) == [2, 3, 4])
    #expect(ego.alters.map(\.distance) == [1, 1, 2])
    #expect(ego.alters[0].tie?.source == 2)
  }

  @Test func radiusZeroIsTheCentreAlone() throws {
    let ego = try Ego.network(of: 34, in: Fixtures.zacharyKarate, radius: 0)
    #expect(ego.alters.isEmpty)
    #expect(ego.network.nodes.map(\.id) == [34])
    #expect(ego.network.edges.isEmpty)
  }

  @Test func isolatedCentreHasNoAlters() throws {
    let nodes = (1...3).map { Network.Node(id: Int64($0), name: "n\($0)", works: 1) }
    let network = Network(
      kind: .coauthor, isDirected: false, nodes: nodes,
      edges: [Network.Edge(source: 1, target: 2, workIDs: [], weight: 1)])
    let ego = try Ego.network(of: 3, in: network, radius: 5)
    #expect(ego.alters.isEmpty)
    #expect(ego.network.nodes.map(\.id) == [3])
  }

  @Test func invalidParametersAreRejected() {
    let kite = Fixtures.krackhardtKite
    let negative = graphError { () throws(GraphError) in
      try Ego.network(of: 1, in: kite, radius: -1)
    }
    #expect(isInvalidParameter(negative, named: "radius"))
    let unknown = graphError { () throws(GraphError) in try Ego.network(of: 99, in: kite) }
    #expect(isInvalidParameter(unknown, named: "center"))
    let empty = Network(kind: .coauthor, isDirected: false, nodes: [], edges: [])
    let none = graphError { () throws(GraphError) in try Ego.network(of: 1, in: empty, radius: 0) }
    #expect(isInvalidParameter(none, named: "center"))
  }
}
