import Graph
import GraphTestSupport
import Testing

@testable import Exporters

/// Goldens and structure checks for GEXF, Pajek, VOSviewer JSON, CSV and node-link JSON.
@Suite("GEXF, Pajek, VOSviewer, CSV and JSON writers")
struct NewFormatWriterTests {
  @Test("plain GEXF matches the golden file")
  func gexfPlainGolden() {
    assertGolden(
      NetworkExporter.render(ExportCorpus.network, format: .gexf), named: "coauthor-plain.gexf")
  }

  @Test("GEXF with community colours and pagerank sizes matches the golden file")
  func gexfAnnotatedGolden() {
    let gexf = NetworkExporter.render(
      ExportCorpus.network, annotations: ExportCorpus.annotated, format: .gexf)
    assertGolden(gexf, named: "coauthor-annotated.gexf")
  }

  @Test("directed GEXF matches the golden file")
  func gexfDirectedGolden() {
    assertGolden(
      NetworkExporter.render(ExportCorpus.directed, format: .gexf), named: "edge-list-directed.gexf")
  }

  @Test("Pajek network and partition match the golden files")
  func pajekGolden() {
    assertGolden(
      NetworkExporter.render(ExportCorpus.network, format: .pajek), named: "coauthor.net")
    assertGolden(
      NetworkExporter.render(ExportCorpus.directed, format: .pajek), named: "edge-list-directed.net")
    assertGolden(
      NetworkExporter.pajekPartition(ExportCorpus.network, annotations: ExportCorpus.annotated),
      named: "coauthor.clu")
  }

  @Test("VOSviewer JSON matches the golden file")
  func vosviewerGolden() {
    let json = NetworkExporter.render(
      ExportCorpus.network, annotations: ExportCorpus.annotated, format: .vosviewerJSON)
    assertGolden(json, named: "coauthor-vosviewer.json")
  }

  @Test("CSV nodes and edges match the golden files")
  func csvGolden() {
    let nodes = NetworkExporter.render(
      ExportCorpus.network, annotations: ExportCorpus.annotated, format: .csv)
    assertGolden(nodes, named: "coauthor-nodes.csv")
    assertGolden(NetworkExporter.renderCSVEdges(ExportCorpus.network), named: "coauthor-edges.csv")
  }

  @Test("node-link JSON matches the golden files")
  func nodeLinkGolden() {
    let json = NetworkExporter.render(
      ExportCorpus.network, annotations: ExportCorpus.annotated, format: .json)
    assertGolden(json, named: "coauthor-node-link.json")
    assertGolden(
      NetworkExporter.render(ExportCorpus.directed, format: .json),
      named: "edge-list-directed-node-link.json")
  }

  @Test(
    "every format renders byte-identically from shuffled input",
    arguments: ExportFormat.allCases)
  func deterministic(format: ExportFormat) {
    let first = NetworkExporter.render(
      ExportCorpus.network, annotations: ExportCorpus.annotated, format: format)
    let shuffled = Network(
      kind: .coauthor, isDirected: false, nodes: ExportCorpus.nodes.reversed(),
      edges: ExportCorpus.edges.reversed())
    let second = NetworkExporter.render(
      shuffled, annotations: ExportCorpus.annotated, format: format)
    #expect(Array(first.utf8) == Array(second.utf8))
    #expect(first.hasSuffix("\n") && !first.contains("\r"))
  }

  @Test("an empty network renders in every format", arguments: ExportFormat.allCases)
  func empty(format: ExportFormat) {
    let network = Network(kind: .coauthor, isDirected: false, nodes: [], edges: [])
    let text = NetworkExporter.render(network, format: format)
    #expect(text.hasSuffix("\n"))
    switch format {
    case .pajek: #expect(text == "*Vertices 0\n*Edges\n")
    case .csv: #expect(text == "id,name,works,first_year,last_year\n")
    case .json: #expect(text.contains("\"nodes\": [],\n  \"edges\": []\n"))
    case .vosviewerJSON: #expect(text.contains("\"items\": [],\n    \"links\": []\n"))
    default: break
    }
    #expect(NetworkExporter.renderCSVEdges(network) == "source,target,weight,works,first_year,last_year\n")
  }

  @Test("GEXF declares every attvalue it uses, per class")
  func gexfAttributesDeclared() {
    let gexf = NetworkExporter.render(
      ExportCorpus.network, annotations: ExportCorpus.annotated, format: .gexf)
    let parts = gexf.components(separatedBy: "<attributes class=\"edge\"")
    let nodeDecl = Set(ids(in: parts[0], attribute: "id", prefix: "<attribute "))
    let edgeDecl = Set(ids(in: parts[1].components(separatedBy: "</attributes>")[0], attribute: "id", prefix: "<attribute "))
    #expect(nodeDecl == ["name", "works", "first_year", "last_year", "community", "score_0"])
    #expect(edgeDecl == ["works", "first_year", "last_year"])
    let nodesPart = gexf.components(separatedBy: "<nodes>")[1].components(separatedBy: "</nodes>")[0]
    let edgesPart = gexf.components(separatedBy: "<edges>")[1]
    #expect(Set(ids(in: nodesPart, attribute: "for", prefix: "<attvalue ")).isSubset(of: nodeDecl))
    #expect(Set(ids(in: edgesPart, attribute: "for", prefix: "<attvalue ")).isSubset(of: edgeDecl))
    // Community colours: nodes 1–5 have one, node 6 none.
    #expect(gexf.components(separatedBy: "<viz:color ").count - 1 == 5)
    #expect(gexf.contains("<viz:color r=\"141\" g=\"211\" b=\"199\"/>"))
  }

  @Test("viz:size maps the chosen score onto [4, 40]; unknown score names write no size")
  func gexfSizes() {
    let scores = NetworkAnnotations(scores: [
      "a": [1: 0, 2: 5, 3: 10], "b": [1: 3, 2: 3, 4: .nan],
    ])
    let byA = GEXFWriter.vizSizes(ExportCorpus.network, annotations: scores, sizeBy: "a")
    #expect(byA == [1: 4, 2: 22, 3: 40])
    let byB = GEXFWriter.vizSizes(ExportCorpus.network, annotations: scores, sizeBy: "b")
    #expect(byB == [1: 10, 2: 10])
    #expect(GEXFWriter.vizSizes(ExportCorpus.network, annotations: scores, sizeBy: "c").isEmpty)
    // The default is the first score name ("a"); sizeBy picks another.
    let first = NetworkExporter.render(ExportCorpus.network, annotations: scores, format: .gexf)
    #expect(first.contains("<viz:size value=\"40\"/>"))
    let chosen = NetworkExporter.render(
      ExportCorpus.network, annotations: scores, format: .gexf,
      options: ExportOptions(sizeBy: "b"))
    #expect(!chosen.contains("<viz:size value=\"40\"/>"))
    #expect(chosen.components(separatedBy: "<viz:size value=\"10\"/>").count - 1 == 2)
    let none = NetworkExporter.render(
      ExportCorpus.network, annotations: scores, format: .gexf,
      options: ExportOptions(sizeBy: "missing"))
    #expect(!none.contains("viz:size"))
  }

  @Test("Pajek: vertices numbered 1…n in id order, *Arcs when directed, partition label + 1")
  func pajekStructure() {
    let net = NetworkExporter.render(ExportCorpus.network, format: .pajek)
    let lines = net.split(separator: "\n", omittingEmptySubsequences: false)
    #expect(lines[0] == "*Vertices 6")
    #expect(lines[5] == "5 \"محمد {x} \\\\ end line2\"")
    #expect(lines[7] == "*Edges")
    #expect(lines[8] == "1 2 2")
    #expect(lines[13] == "5 6 1e-05")
    #expect(NetworkExporter.render(ExportCorpus.directed, format: .pajek).contains("*Arcs\n"))
    let clu = NetworkExporter.pajekPartition(
      ExportCorpus.network, annotations: ExportCorpus.annotated)
    #expect(clu == "*Vertices 6\n1\n1\n1\n2\n2\n0\n")
  }

  @Test("JSON numbers: floats always read as floats, non-finite values become null or are left out")
  func jsonNumbers() {
    #expect(NumberFormat.json(2) == "2.0")
    #expect(NumberFormat.json(-3) == "-3.0")
    #expect(NumberFormat.json(0.5) == "0.5")
    #expect(NumberFormat.json(0.00001) == "1e-05")
    #expect(NumberFormat.json(1e20) == "1e+20")
    #expect(NumberFormat.json(.nan) == "null")
    #expect(NumberFormat.json(-.infinity) == "null")
    let annotations = NetworkAnnotations(scores: ["s": [1: .nan, 2: 1]])
    let json = NetworkExporter.render(ExportCorpus.network, annotations: annotations, format: .json)
    #expect(!json.contains("NaN") && !json.contains("null"))
    #expect(json.contains("\"works\": 5, \"first_year\": 1932, \"last_year\": 1996, \"s\": 1.0}"))
  }

  @Test("top-N by strength keeps the strongest nodes, ties by id, and the edges among them")
  func strongest() {
    // Strengths: 1: 3, 2: 3, 3: 5, 4: 3.5, 5: 0.50001, 6: 0.00001.
    let strength = NetworkExporter.strength(in: ExportCorpus.network)
    #expect(strength[3] == 5 && strength[4] == 3.5 && strength[1] == 3)
    let top3 = NetworkExporter.strongest(3, in: ExportCorpus.network)
    #expect(top3.nodes.map(\.id) == [1, 3, 4])
    #expect(top3.edges.map { [$0.source, $0.target] } == [[1, 3], [3, 4]])
    #expect(NetworkExporter.strongest(4, in: ExportCorpus.network).nodes.map(\.id) == [1, 2, 3, 4])
    #expect(NetworkExporter.strongest(99, in: ExportCorpus.network) == ExportCorpus.network)
    #expect(NetworkExporter.strongest(0, in: ExportCorpus.network).nodes.isEmpty)
  }
}

/// Values of `attribute="..."` on lines that contain `prefix`.
private func ids(in text: String, attribute: String, prefix: String) -> [String] {
  text.split(separator: "\n").compactMap { line -> String? in
    guard line.contains(prefix), let start = line.range(of: " \(attribute)=\"") else { return nil }
    let rest = line[start.upperBound...]
    guard let end = rest.firstIndex(of: "\"") else { return nil }
    return String(rest[..<end])
  }
}
