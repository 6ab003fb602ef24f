import Graph
import GraphTestSupport
@testable import Metrics
import Testing

@Suite struct CommunityTests {
  @Test(arguments: [CommunityAlgorithm.leiden, .louvain])
  func karateReachesKnownModularity(algorithm: CommunityAlgorithm) throws {
    // Given Zachary's karate club (best known modularity 0.4198)
    let karate = Fixtures.zacharyKarate
    // When communities are detected with fixed seeds (the default 42 among them)
    for seed: UInt64 in [1, 7, 42] {
      let partition = try Communities.detect(
        in: karate, options: CommunityOptions(algorithm: algorithm, seed: seed))
      // Then the modularity is near-optimal and matches an independent computation
      #expect(partition.algorithm == algorithm)
      #expect(partition.modularity >= 0.41, "seed \(seed): \(partition.modularity)")
      #expect(partition.modularity <= 0.4199)
      expectClose(partition.modularity, Reference.modularity(karate, partition.membership))
      #expect((3...5).contains(partition.communities.count))
    }
  }

  @Test(arguments: CommunityAlgorithm.allCases)
  func sameSeedGivesSamePartition(algorithm: CommunityAlgorithm) throws {
    let karate = Fixtures.zacharyKarate
    for seed: UInt64 in [1, 42, 12345] {
      let options = CommunityOptions(algorithm: algorithm, seed: seed)
      let first = try Communities.detect(in: karate, options: options)
      let second = try Communities.detect(in: karate, options: options)
      #expect(first == second)
    }
  }

  @Test func defaultsAreLeidenResolutionOneSeed42() throws {
    let options = CommunityOptions()
    #expect(options.algorithm == .leiden)
    #expect(options.resolution == 1)
    #expect(options.seed == 42)
    let byDefault = try Communities.detect(in: Fixtures.zacharyKarate)
    let explicit = try Communities.detect(
      in: Fixtures.zacharyKarate,
      options: CommunityOptions(algorithm: .leiden, resolution: 1, seed: 42))
    #expect(byDefault == explicit)
  }

  /// Labels are grouped the same whether they are igraph's 0..<k or any other numbers.
  @Test func anyLabelNumbersGiveTheSameCommunities() throws {
    let karate = Fixtures.zacharyKarate
    let partition = try Communities.detect(in: karate)
    let labels = karate.nodes.map { partition.membership[$0.id]! }
    let renumbered = labels.map { 1_000 + 7 * $0 }  // outside 0..<nodes
    let again = Partition(
      algorithm: .leiden, network: karate, labels: renumbered, modularity: partition.modularity)
    #expect(partition.communities.count > 1)
    #expect(again == partition)
  }

  @Test func labelsAreCanonical() throws {
    let partition = try Communities.detect(in: Fixtures.zacharyKarate)
    let sizes = partition.communities.map(\.count)
    #expect(sizes == sizes.sorted(by: >))
    for (label, members) in partition.communities.enumerated() {
      #expect(members == members.sorted())
      for id in members { #expect(partition.membership[id] == label) }
    }
    for k in partition.communities.indices.dropFirst()
    where partition.communities[k - 1].count == partition.communities[k].count {
      #expect(partition.communities[k - 1][0] < partition.communities[k][0])
    }
  }

  @Test(arguments: [CommunityAlgorithm.leiden, .louvain])
  func resolutionZeroMergesEachComponent(algorithm: CommunityAlgorithm) throws {
    // Given a connected network, when γ = 0 nothing penalises merging
    let partition = try Communities.detect(
      in: Fixtures.zacharyKarate, options: CommunityOptions(algorithm: algorithm, resolution: 0))
    // Then all 34 members form one community, whose modularity is 0
    #expect(partition.communities.count == 1)
    #expect(partition.communities.first?.count == 34)
    expectClose(partition.modularity, 0, tolerance: 1e-12)
  }

  @Test(arguments: [CommunityAlgorithm.leiden, .louvain])
  func higherResolutionGivesMoreCommunities(algorithm: CommunityAlgorithm) throws {
    let karate = Fixtures.zacharyKarate
    let coarse = try Communities.detect(
      in: karate, options: CommunityOptions(algorithm: algorithm, resolution: 0.5))
    let fine = try Communities.detect(
      in: karate, options: CommunityOptions(algorithm: algorithm, resolution: 3))
    #expect(fine.communities.count > coarse.communities.count)
  }

  @Test func weightsChangeTheResult() throws {
    // Given two triangles joined by a heavy edge, and the same with unit weights
    func network(bridge: Double) -> Network {
      let nodes = (1...6).map { Network.Node(id: Int64($0), name: "n\($0)", works: 1) }
      let pairs: [(Int64, Int64, Double)] = [
        (1, 2, 1), (1, 3, 1), (2, 3, 1), (4, 5, 1), (4, 6, 1), (5, 6, 1), (3, 4, bridge),
      ]
      let edges = pairs.map { Network.Edge(source: $0.0, target: $0.1, workIDs: [1], weight: $0.2) }
      return Network(kind: .coauthor, isDirected: false, nodes: nodes, edges: edges)
    }
    // (label propagation may flood both triangles with one label, so it is left out)
    for algorithm in CommunityAlgorithm.allCases where algorithm != .labelPropagation {
      let light = try Communities.detect(
        in: network(bridge: 1), options: CommunityOptions(algorithm: algorithm))
      let heavy = try Communities.detect(
        in: network(bridge: 50), options: CommunityOptions(algorithm: algorithm))
      // Then unit weights split the triangles, a heavy bridge pulls 3 and 4 together
      #expect(light.communities == [[1, 2, 3], [4, 5, 6]])
      #expect(heavy.membership[3] == heavy.membership[4])
      expectClose(heavy.modularity, Reference.modularity(network(bridge: 50), heavy.membership))
    }
  }

  @Test(arguments: CommunityAlgorithm.allCases)
  func emptyNetworkGivesEmptyPartition(algorithm: CommunityAlgorithm) throws {
    let empty = Network(kind: .coauthor, isDirected: false, nodes: [], edges: [])
    let partition = try Communities.detect(
      in: empty, options: CommunityOptions(algorithm: algorithm))
    #expect(partition.communities.isEmpty)
    #expect(partition.membership.isEmpty)
    #expect(partition.modularity == 0)
  }

  @Test(arguments: CommunityAlgorithm.allCases)
  func edgelessNetworkGivesSingletons(algorithm: CommunityAlgorithm) throws {
    let nodes = [3, 1, 2].map { Network.Node(id: Int64($0), name: "n\($0)", works: 1) }
    let network = Network(kind: .coauthor, isDirected: false, nodes: nodes, edges: [])
    let partition = try Communities.detect(
      in: network, options: CommunityOptions(algorithm: algorithm))
    #expect(partition.communities == [[1], [2], [3]])
    #expect(partition.membership == [1: 0, 2: 1, 3: 2])
    #expect(partition.modularity == 0)
  }

  @Test(arguments: CommunityAlgorithm.allCases)
  func zeroWeightEdgesGiveModularityZero(algorithm: CommunityAlgorithm) throws {
    // Given edges that all weigh 0, modularity is 0/0; the partition still covers every node
    let nodes = (1...4).map { Network.Node(id: Int64($0), name: "n\($0)", works: 1) }
    let network = Network(
      kind: .coauthor, isDirected: false, nodes: nodes,
      edges: [(1, 2), (3, 4)].map {
        Network.Edge(source: $0.0, target: $0.1, workIDs: [], weight: 0)
      })
    let partition = try Communities.detect(
      in: network, options: CommunityOptions(algorithm: algorithm))
    #expect(partition.modularity == 0)
    #expect(Set(partition.communities.flatMap { $0 }) == [1, 2, 3, 4])
  }

  @Test(arguments: [
    (CommunityAlgorithm.infomap, 0.4020), (.walktrap, 0.3532), (.labelPropagation, 0),
    (.fastGreedy, 0.3807),
  ])
  func otherAlgorithmsFindKarateStructure(algorithm: CommunityAlgorithm, atLeast: Double) throws {
    // Given the karate club; igraph's published modularities: infomap 0.402, walktrap 0.353,
    // fast greedy 0.381; label propagation varies with the seed (one community, Q = 0, happens)
    for seed: UInt64 in [1, 42] {
      let partition = try Communities.detect(
        in: Fixtures.zacharyKarate, options: CommunityOptions(algorithm: algorithm, seed: seed))
      #expect(partition.modularity >= atLeast - 1e-4, "seed \(seed): \(partition.modularity)")
      expectClose(
        partition.modularity, Reference.modularity(Fixtures.zacharyKarate, partition.membership))
    }
  }

  @Test func resolutionIsRejectedForAlgorithmsWithoutOne() {
    for algorithm in CommunityAlgorithm.allCases where !algorithm.acceptsResolution {
      let error = graphError { () throws(GraphError) in
        try Communities.detect(
          in: Fixtures.zacharyKarate,
          options: CommunityOptions(algorithm: algorithm, resolution: 1.5))
      }
      #expect(isInvalidParameter(error, named: "resolution"), "\(algorithm)")
    }
  }

  @Test func iterationsAreLeidensAndAtLeastOne() {
    let cases: [(CommunityAlgorithm, Int)] = [(.leiden, 0), (.leiden, -1), (.louvain, 2)]
    for (algorithm, iterations) in cases {
      let error = graphError { () throws(GraphError) in
        try Communities.detect(
          in: Fixtures.zacharyKarate,
          options: CommunityOptions(algorithm: algorithm, iterations: iterations))
      }
      #expect(isInvalidParameter(error, named: "iterations"), "\(algorithm) \(iterations)")
    }
  }

  @Test func negativeResolutionIsRejected() {
    for resolution: Double in [-1, -.ulpOfOne, .nan, .infinity] {
      let error = graphError {
        () throws(GraphError) in
        try Communities.detect(
          in: Fixtures.zacharyKarate, options: CommunityOptions(resolution: resolution))
      }
      #expect(
        isInvalidParameter(error, named: "resolution"),
        "\(resolution): \(String(describing: error))")
    }
  }

  @Test func directedNetworkIsRejected() {
    let nodes = (1...2).map { Network.Node(id: Int64($0), name: "n\($0)", works: 1) }
    let network = Network(
      kind: .edgeList, isDirected: true, nodes: nodes,
      edges: [Network.Edge(source: 1, target: 2, workIDs: [], weight: 1)])
    let error = graphError { () throws(GraphError) in try Communities.detect(in: network) }
    #expect(isInvalidParameter(error, named: "network"))
  }

  @Test func negativeWeightIsRejected() {
    let nodes = (1...2).map { Network.Node(id: Int64($0), name: "n\($0)", works: 1) }
    let network = Network(
      kind: .coauthor, isDirected: false, nodes: nodes,
      edges: [Network.Edge(source: 1, target: 2, workIDs: [], weight: -2)])
    let error = graphError { () throws(GraphError) in try Communities.detect(in: network) }
    #expect(isInvalidParameter(error, named: "weight"))
  }
}
