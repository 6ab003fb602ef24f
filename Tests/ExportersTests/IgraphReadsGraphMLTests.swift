import Exporters
import Foundation
import Graph
import GraphTestSupport
import Testing

@Suite("igraph reads our GraphML")
struct IgraphReadsGraphMLTests {
  @Test(
    "igraph_read_graph_graphml gives our vertex and edge counts",
    arguments: [
      ("undirected", ExportCorpus.network, ExportCorpus.annotated),
      ("directed", ExportCorpus.directed, NetworkAnnotations.none),
    ])
  func counts(name: String, network: Network, annotations: NetworkAnnotations) throws {
    let xml = NetworkExporter.render(network, annotations: annotations, format: .graphml)
    let path = try ExternalTool.temporaryFile(xml, name: "\(name).graphml")
    defer { ExternalTool.removeTemporary(path) }
    let counts = try IgraphGraph.readGraphMLCounts(path: path)
    #expect(counts.vertices == network.nodes.count)
    #expect(counts.edges == network.edges.count)
    #expect(IgraphRuntime.finallyStackSize == 0)
  }

  @Test("an empty network reads back as an empty graph")
  func empty() throws {
    let network = Network(kind: .coauthor, isDirected: false, nodes: [], edges: [])
    let path = try ExternalTool.temporaryFile(
      NetworkExporter.render(network, format: .graphml), name: "empty.graphml")
    defer { ExternalTool.removeTemporary(path) }
    let counts = try IgraphGraph.readGraphMLCounts(path: path)
    #expect(counts.vertices == 0 && counts.edges == 0)
  }

  @Test("a missing file is bad input, not a crash")
  func missingFile() {
    #expect {
      _ = try IgraphGraph.readGraphMLCounts(
        path: RepositoryPaths.temporaryDirectory().appendingPathComponent("missing/none.graphml").path)
    } throws: { error in
      (error as? GraphError)?.isBadInput == true
    }
  }

  @Test("malformed GraphML throws an igraph error and leaves the FINALLY stack empty")
  func malformed() throws {
    let path = try ExternalTool.temporaryFile("<graphml><graph><node id=", name: "bad.graphml")
    defer { ExternalTool.removeTemporary(path) }
    #expect {
      _ = try IgraphGraph.readGraphMLCounts(path: path)
    } throws: { error in
      if case .igraph = error as? GraphError { return true }
      return false
    }
    #expect(IgraphRuntime.finallyStackSize == 0)
  }
}
