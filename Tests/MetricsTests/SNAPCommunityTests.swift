import Foundation
import Graph
import GraphTestSupport
import Metrics
import Testing

/// Leiden (modularity, iterated until stable) against Louvain on SNAP ca-GrQc.
@Suite(
  .enabled(
    if: RepositoryPaths.shared("data/snap-collaboration/CA-GrQc.txt.gz") != nil,
    "../shared/data/snap-collaboration is absent: SNAP community tests skipped"))
struct SNAPCommunityTests {
  @Test func leidenModularityIsNoLowerThanLouvainsMinus0005OnGrQc() throws {
    // Given ca-GrQc as an edge-list network
    let file = try #require(RepositoryPaths.shared("data/snap-collaboration/CA-GrQc.txt.gz"))
    let store = try GraphStore()
    _ = try store.ingest(path: file.path)
    let network = try store.network(kind: nil).network
    #expect(network.nodes.count == 5242)
    // When both run with the same seeds
    for seed: UInt64 in [1, 42] {
      let leiden = try Communities.detect(
        in: network, options: CommunityOptions(algorithm: .leiden, seed: seed))
      let louvain = try Communities.detect(
        in: network, options: CommunityOptions(algorithm: .louvain, seed: seed))
      // Then Leiden is at least as good, up to 0.005
      #expect(leiden.modularity >= louvain.modularity - 0.005, "seed \(seed)")
      #expect(leiden.modularity > 0.85)
    }
  }
}
