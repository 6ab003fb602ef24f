import CIgraph
import Graph
import GraphTestSupport
import Testing

/// Tests of the igraph bridge: the error funnel, lifetime accounting and the C constants.
///
/// Swift Testing runs tests of other suites in parallel, and `liveGraphs` is process-global.
/// The lifetime test therefore holds the (recursive) runtime lock for its whole body: no
/// other owner can be created or destroyed meanwhile, so before/after counts are exact.
@Suite(.serialized) struct BridgeTests {
  @Test func igraphErrorBecomesSwiftError() throws {
    // Given a small graph
    let graph = try IgraphGraph.make(vertexCount: 3, edges: [(0, 1), (1, 2)], directed: false)
    // When igraph is asked for a negative-order neighbourhood (bypassing Swift validation)
    let error = #expect(throws: GraphError.self) {
      try graph.neighborhoodSizeUnchecked(of: 0, order: -1)
    }
    // Then the process did not abort, and igraph's own message comes back with code and name
    #expect(
      error
        == .igraph(
          code: .invalidValue, message: "Negative order in neighborhood size: -1.",
          function: "igraph_neighborhood_size"))
    #expect(
      error?.errorDescription
        == "igraph_neighborhood_size: Negative order in neighborhood size: -1.")
    #expect(IgraphRuntime.finallyStackSize == 0)
    // And igraph still works afterwards, without a stale message
    #expect(try graph.neighborhoodSizeUnchecked(of: 1, order: 1) == 3)
    #expect(try graph.degrees() == [1, 2, 1])
    #expect(IgraphRuntime.finallyStackSize == 0)
  }

  @Test func repeatedErrorsCarryTheirOwnMessage() throws {
    let graph = try IgraphGraph.make(vertexCount: 2, edges: [(0, 1)], directed: false)
    for order in [-1, -7] {
      let error = #expect(throws: GraphError.self) {
        try graph.neighborhoodSizeUnchecked(of: 0, order: order)
      }
      #expect(
        error
          == .igraph(
            code: .invalidValue, message: "Negative order in neighborhood size: \(order).",
            function: "igraph_neighborhood_size"))
    }
    #expect(IgraphRuntime.finallyStackSize == 0)
  }

  @Test func ownersAreCountedAndFreed() throws {
    try IgraphRuntime.locked { () throws(GraphError) in
      let before = IgraphRuntime.liveGraphs
      do {
        let a = try IgraphGraph.make(vertexCount: 4, edges: [(0, 1)], directed: false)
        let b = try Fixtures.zacharyKarate.makeIgraph()
        withExtendedLifetime((a, b)) {
          #expect(IgraphRuntime.liveGraphs == before + 2)
          #expect(a.vertexCount == 4 && a.edgeCount == 1)
          #expect(b.vertexCount == 34 && b.edgeCount == 78)
        }
      }
      #expect(IgraphRuntime.liveGraphs == before)
      // A failed build adopts nothing
      #expect(throws: GraphError.self) {
        try IgraphGraph.make(vertexCount: 2, edges: [(0, -1)], directed: false)
      }
      #expect(IgraphRuntime.liveGraphs == before)
      #expect(IgraphRuntime.finallyStackSize == 0)
    }
  }

  @Test func invalidVertexFromCreateIsAnIgraphError() throws {
    let error = #expect(throws: GraphError.self) {
      try IgraphGraph.make(vertexCount: 2, edges: [(0, -1)], directed: false)
    }
    guard case .igraph(let code, let message, let function)? = error else {
      Issue.record("expected an igraph error, got \(String(describing: error))")
      return
    }
    #expect(code == .invalidVertexID)
    #expect(!message.isEmpty)
    #expect(function == "igraph_create")
  }

  @Test func swiftValidationRunsBeforeC() {
    let negative = #expect(throws: GraphError.self) {
      try IgraphGraph.make(vertexCount: -1, edges: [], directed: false)
    }
    #expect(negative == .invalidParameter(name: "vertexCount", reason: "must be ≥ 0 (got -1)"))
    let mismatch = #expect(throws: GraphError.self) {
      try IgraphGraph.make(vertexCount: 2, edges: [(0, 1)], weights: [1, 2], directed: false)
    }
    guard case .invalidParameter(name: "weights", _)? = mismatch else {
      Issue.record("expected invalid weights, got \(String(describing: mismatch))")
      return
    }
  }

  @Test func errorCodesMatchTheCEnum() {
    #expect(IgraphErrorCode.failure.rawValue == Int32(IGRAPH_FAILURE.rawValue))
    #expect(IgraphErrorCode.outOfMemory.rawValue == Int32(IGRAPH_ENOMEM.rawValue))
    #expect(IgraphErrorCode.invalidValue.rawValue == Int32(IGRAPH_EINVAL.rawValue))
    #expect(IgraphErrorCode.invalidVertexID.rawValue == Int32(IGRAPH_EINVVID.rawValue))
    #expect(IgraphErrorCode.unimplemented.rawValue == Int32(IGRAPH_UNIMPLEMENTED.rawValue))
    #expect(IgraphErrorCode.diverged.rawValue == Int32(IGRAPH_DIVERGED.rawValue))
  }

  @Test func linkedIgraphIsVersion0_10() {
    let version = IgraphRuntime.version
    #expect(version.hasPrefix("0.10."), "linked igraph is \(version)")
    #expect(version == IGRAPH_VERSION)  // header and library agree
  }

  @Test func seededCommunitiesAreReproducibleAtBridgeLevel() throws {
    let graph = try Fixtures.zacharyKarate.makeIgraph()
    let first = try graph.louvain(resolution: 1, seed: 5)
    let second = try graph.louvain(resolution: 1, seed: 5)
    #expect(first == second)
    #expect(first.count == 34)
    let q = try graph.modularity(of: first)
    #expect(q > 0.4)
    #expect(IgraphRuntime.finallyStackSize == 0)
  }
}
