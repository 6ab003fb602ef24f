import Graph
import GraphTestSupport
import Metrics
import Testing

/// `--runs K`: stability figures and the consensus partition.
@Suite struct StabilityTests {
  @Test func deterministicAlgorithmsAreFullyStableAndTheirConsensusIsTheirPartition() throws {
    for algorithm in [CommunityAlgorithm.walktrap, .fastGreedy] {
      let options = CommunityOptions(algorithm: algorithm)
      let report = try Stability.assess(in: Fixtures.zacharyKarate, options: options, runs: 4)
      expectClose(report.meanARI, 1)
      expectClose(report.meanNMI, 1)
      #expect(report.seeds == [42, 43, 44, 45])
      let single = try Communities.detect(in: Fixtures.zacharyKarate, options: options)
      #expect(report.consensus.communities == single.communities)
    }
  }

  @Test func sameSeedsGiveTheSameConsensusAndFiguresInRange() throws {
    let network = Fixtures.randomNetwork(nodes: 60, edgeProbability: 0.08, seed: 11)
    let options = CommunityOptions(algorithm: .leiden, seed: 3)
    let first = try Stability.assess(in: network, options: options, runs: 6)
    let second = try Stability.assess(in: network, options: options, runs: 6)
    #expect(first.consensus == second.consensus)
    #expect(first.meanARI >= -1 && first.meanARI <= 1)
    #expect(first.meanNMI >= 0 && first.meanNMI <= 1)
    #expect(first.partitions.count == 6)
    // The consensus covers every node once
    #expect(first.consensus.membership.count == network.nodes.count)
    expectClose(
      first.consensus.modularity, Reference.modularity(network, first.consensus.membership))
  }

  @Test func invalidRunCountsAreRejected() {
    let error = graphError { () throws(GraphError) in
      try Stability.assess(in: Fixtures.zacharyKarate, options: .init(), runs: 0)
    }
    #expect(isInvalidParameter(error, named: "runs"))
  }
}
