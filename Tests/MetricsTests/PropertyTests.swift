import Graph
import GraphTestSupport
import Metrics
import Testing

/// Twenty seeded G(n, p) networks: sizes 0...57, sparse to dense, some disconnected.
let randomCases: [(seed: UInt64, network: Network)] = (0..<20).map { k in
  let seed = UInt64(1000 + k)
  let nodes = k == 0 ? 0 : 3 * k
  let p = [0.02, 0.08, 0.2, 0.5][k % 4]
  return (seed, Fixtures.randomNetwork(nodes: nodes, edgeProbability: p, seed: seed))
}

@Suite struct PropertyTests {
  @Test func randomNetworksAreDeterministic() {
    let a = Fixtures.randomNetwork(nodes: 30, edgeProbability: 0.2, seed: 9)
    let b = Fixtures.randomNetwork(nodes: 30, edgeProbability: 0.2, seed: 9)
    let c = Fixtures.randomNetwork(nodes: 30, edgeProbability: 0.2, seed: 10)
    #expect(a == b)
    #expect(a != c)
    #expect(a.nodes.count == 30)
    #expect(a.edges.allSatisfy { $0.source < $0.target && (1...3).contains($0.weight) })
  }

  @Test(arguments: CommunityAlgorithm.allCases)
  func partitionCoversEveryNodeOnce(algorithm: CommunityAlgorithm) throws {
    for (seed, network) in randomCases {
      let partition = try Communities.detect(
        in: network, options: CommunityOptions(algorithm: algorithm, seed: seed))
      let members = partition.communities.flatMap { $0 }
      // Every node appears in exactly one community, and membership agrees
      #expect(members.count == network.nodes.count, "seed \(seed)")
      #expect(Set(members) == Set(network.nodes.map(\.id)), "seed \(seed)")
      #expect(partition.membership.count == network.nodes.count, "seed \(seed)")
      for (label, community) in partition.communities.enumerated() {
        #expect(!community.isEmpty)
        #expect(community.allSatisfy { partition.membership[$0] == label }, "seed \(seed)")
      }
      #expect(partition.modularity.isFinite)
    }
  }

  @Test(arguments: CommunityAlgorithm.allCases)
  func modularityBeatsSingletonsAndMatchesReference(algorithm: CommunityAlgorithm) throws {
    for (seed, network) in randomCases {
      let partition = try Communities.detect(
        in: network, options: CommunityOptions(algorithm: algorithm, seed: seed))
      let singletons = Dictionary(
        uniqueKeysWithValues: network.nodes.enumerated().map { ($0.element.id, $0.offset) })
      let singletonQ = Reference.modularity(network, singletons)
      #expect(partition.modularity >= singletonQ - 1e-12, "seed \(seed)")
      expectClose(partition.modularity, Reference.modularity(network, partition.membership))
    }
  }

  @Test func everyMeasureGivesOneFiniteScorePerNode() throws {
    for (seed, network) in randomCases {
      for measure in CentralityMeasure.allCases {
        for weighted in [false, true] {
          let scores = try Centrality.compute(measure, in: network, weighted: weighted)
          #expect(scores.values.count == network.nodes.count, "seed \(seed) \(measure)")
          #expect(Set(scores.values.keys) == Set(network.nodes.map(\.id)))
          #expect(scores.values.values.allSatisfy { $0.isFinite && $0 >= 0 }, "seed \(seed)")
          let ranked = scores.ranked()
          #expect(ranked.count == network.nodes.count)
          #expect(
            zip(ranked, ranked.dropFirst()).allSatisfy { a, b in
              a.score > b.score || (a.score == b.score && a.id < b.id)
            })
          if measure == .pagerank && !network.nodes.isEmpty {
            expectClose(scores.values.values.reduce(0, +), 1, tolerance: 1e-9)
          }
        }
      }
    }
  }

  @Test func egoNetworksGrowWithRadius() throws {
    for (seed, network) in randomCases where !network.nodes.isEmpty {
      var rng = SplitMix64(seed: seed)
      for _ in 0..<3 {
        let center = network.nodes.randomElement(using: &rng)!.id
        let truth = Reference.hops(from: center, in: network)
        var previous: EgoNetwork?
        for radius in 0...4 {
          let ego = try Ego.network(of: center, in: network, radius: radius)
          let ids = Set(ego.network.nodes.map(\.id))
          // Contains the centre; alters are exactly the nodes within `radius` hops
          #expect(ids.contains(center))
          #expect(!ego.alters.contains { $0.id == center })
          #expect(ids == Set(truth.filter { $0.value <= radius }.keys), "seed \(seed)")
          for alter in ego.alters {
            #expect(alter.distance == truth[alter.id], "seed \(seed)")
            #expect((alter.tie != nil) == (alter.distance == 1))
          }
          // The induced network, and containment in the next radius
          #expect(ego.network == network.induced(by: ids))
          if let previous {
            let smaller = Set(previous.network.nodes.map(\.id))
            #expect(smaller.isSubset(of: ids))
            #expect(previous.network.edges.allSatisfy { ego.network.edges.contains($0) })
          }
          previous = ego
        }
      }
    }
  }
}
