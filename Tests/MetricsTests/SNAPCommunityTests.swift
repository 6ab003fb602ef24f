import Foundation
import Graph
import GraphTestSupport
import Metrics
import Testing

/// Leiden (modularity) against Louvain, and against itself with more iterations, on SNAP
/// ca-GrQc.
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

  /// A second Leiden iteration starts from the first one's partition and moves a node only
  /// when modularity rises, so it finds no worse a partition; on ca-GrQc it finds a better
  /// one (igraph 0.10.2 from C, seed 42: 0.8628 after one, 0.8660 after two).
  @Test func aSecondLeidenIterationImprovesOnTheFirstOnGrQc() throws {
    let file = try #require(RepositoryPaths.shared("data/snap-collaboration/CA-GrQc.txt.gz"))
    let store = try GraphStore()
    _ = try store.ingest(path: file.path)
    let network = try store.network(kind: nil).network
    let once = try Communities.detect(in: network, options: CommunityOptions(iterations: 1))
    #expect(try Communities.detect(in: network) == once)  // one iteration is the default
    let twice = try Communities.detect(in: network, options: CommunityOptions(iterations: 2))
    #expect(twice.modularity > once.modularity + 0.001)
    let thrice = try Communities.detect(in: network, options: CommunityOptions(iterations: 3))
    #expect(thrice.modularity >= twice.modularity - 1e-12)
  }
}
