import Graph
import GraphTestSupport
import Testing

@testable import Exporters

@Suite("DOT writer")
struct DOTWriterTests {
  @Test("plain DOT matches the golden file")
  func plainGolden() {
    let dot = NetworkExporter.render(ExportCorpus.network, format: .dot)
    assertGolden(dot, named: "coauthor-plain.dot")
  }

  @Test("DOT coloured by community matches the golden file")
  func communitiesGolden() {
    let dot = NetworkExporter.render(
      ExportCorpus.network, annotations: ExportCorpus.withCommunities, format: .dot)
    assertGolden(dot, named: "coauthor-communities.dot")
  }

  @Test("DOT with community clusters matches the golden file")
  func clustersGolden() {
    let dot = NetworkExporter.render(
      ExportCorpus.network, annotations: ExportCorpus.withCommunities, format: .dot,
      options: ExportOptions(clusters: true))
    assertGolden(dot, named: "coauthor-clusters.dot")
  }

  @Test("rendering twice gives byte-identical DOT", arguments: [false, true])
  func deterministic(clusters: Bool) {
    let options = ExportOptions(clusters: clusters)
    let first = NetworkExporter.render(
      ExportCorpus.network, annotations: ExportCorpus.annotated, format: .dot, options: options)
    // Same content built from shuffled input: Network sorts, so the output must not change.
    let shuffled = Network(
      kind: .coauthor, isDirected: false, nodes: ExportCorpus.nodes.reversed(),
      edges: ExportCorpus.edges.reversed())
    let second = NetworkExporter.render(
      shuffled, annotations: ExportCorpus.annotated, format: .dot, options: options)
    #expect(Array(first.utf8) == Array(second.utf8))
    #expect(first.hasSuffix("}\n") && !first.contains("\r"))
  }

  @Test("directed networks use digraph and ->")
  func directed() {
    let dot = NetworkExporter.render(ExportCorpus.directed, format: .dot)
    #expect(dot.hasPrefix("digraph \"edge-list\" {\n"))
    #expect(dot.contains("  \"1\" -> \"2\" ["))
    #expect(!dot.contains(" -- "))
  }

  @Test("one statement per node and edge; clusters hold exactly their community")
  func structure() {
    let dot = NetworkExporter.render(
      ExportCorpus.network, annotations: ExportCorpus.withCommunities, format: .dot,
      options: ExportOptions(clusters: true))
    let lines = dot.split(separator: "\n").map(String.init)
    #expect(lines.filter { $0.contains(" -- ") }.count == ExportCorpus.edges.count)
    #expect(lines.filter { $0.contains("[label=") && !$0.contains(" -- ") }.count == 6)
    #expect(lines.filter { $0.hasPrefix("  subgraph \"cluster_") }.count == 2)
    // Node 6 has no community: top level, no fill colour.
    let node6 = lines.first { $0.hasPrefix("  \"6\" [") }
    #expect(node6 != nil)
    #expect(node6?.contains("fillcolor") == false)
  }

  @Test(
    "pen width is 1 + log2(weight), clamped",
    arguments: [
      (1.0, 1.0), (2.0, 2.0), (8.0, 4.0), (0.5, 0.5), (0.0, 0.5), (-3.0, 0.5), (.nan, 0.5),
      (.infinity, 0.5), (1e6, 10.0),
    ])
  func penWidth(weight: Double, expected: Double) {
    #expect(DOTWriter.penWidth(weight) == expected)
  }

  @Test("an empty network is a valid empty graph")
  func empty() {
    let network = Network(kind: .coauthor, isDirected: false, nodes: [], edges: [])
    #expect(NetworkExporter.render(network, format: .dot) == "graph \"coauthor\" {\n}\n")
  }
}
