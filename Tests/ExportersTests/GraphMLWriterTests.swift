import Exporters
import Graph
import GraphTestSupport
import Testing

@Suite("GraphML writer")
struct GraphMLWriterTests {
  @Test("plain GraphML matches the golden file")
  func plainGolden() {
    let xml = NetworkExporter.render(ExportCorpus.network, format: .graphml)
    assertGolden(xml, named: "coauthor-plain.graphml")
  }

  @Test("GraphML with community and pagerank matches the golden file")
  func annotatedGolden() {
    let xml = NetworkExporter.render(
      ExportCorpus.network, annotations: ExportCorpus.annotated, format: .graphml)
    assertGolden(xml, named: "coauthor-annotated.graphml")
  }

  @Test("rendering twice gives byte-identical GraphML")
  func deterministic() {
    let first = NetworkExporter.render(
      ExportCorpus.network, annotations: ExportCorpus.annotated, format: .graphml)
    let shuffled = Network(
      kind: .coauthor, isDirected: false, nodes: ExportCorpus.nodes.reversed(),
      edges: ExportCorpus.edges.reversed())
    let second = NetworkExporter.render(
      shuffled, annotations: ExportCorpus.annotated, format: .graphml)
    #expect(Array(first.utf8) == Array(second.utf8))
    #expect(first.hasSuffix("</graphml>\n") && !first.contains("\r"))
  }

  @Test("every data key is declared with an attr.type, keys in fixed order")
  func keysDeclared() {
    let xml = NetworkExporter.render(
      ExportCorpus.network, annotations: ExportCorpus.annotated, format: .graphml)
    let keyLines = xml.split(separator: "\n").filter { $0.hasPrefix("  <key ") }
    let ids = keyLines.compactMap { attribute("id", in: String($0)) }
    #expect(
      ids == [
        "v_name", "v_works", "v_first_year", "v_last_year", "v_community", "v_score_0",
        "e_weight", "e_works", "e_first_year", "e_last_year",
      ])
    #expect(keyLines.allSatisfy { $0.contains("attr.type=\"") })
    let used = Set(
      xml.split(separator: "\n").compactMap { line -> String? in
        line.contains("<data ") ? attribute("key", in: String(line)) : nil
      })
    #expect(used.isSubset(of: Set(ids)))
  }

  @Test("edgedefault follows direction; nil years are omitted")
  func directionAndOptionals() {
    let directed = NetworkExporter.render(ExportCorpus.directed, format: .graphml)
    #expect(directed.contains("<graph id=\"edge-list\" edgedefault=\"directed\">"))
    let plain = NetworkExporter.render(ExportCorpus.network, format: .graphml)
    #expect(plain.contains("edgedefault=\"undirected\""))
    #expect(!plain.contains("v_community") && !plain.contains("v_score"))
    // Node 3 has no years: its element has only name and works.
    let node3 = plain.components(separatedBy: "<node id=\"n3\">")[1]
      .components(separatedBy: "</node>")[0]
    #expect(node3.components(separatedBy: "<data ").count - 1 == 2)
  }

  @Test("scores that would shadow a built-in attribute get a score_ prefix")
  func reservedScoreNames() {
    let annotations = NetworkAnnotations(scores: ["name": [1: 1], "works": [1: 2], "x": [1: 3]])
    let xml = NetworkExporter.render(
      ExportCorpus.network, annotations: annotations, format: .graphml)
    #expect(xml.contains("attr.name=\"score_name\" attr.type=\"double\""))
    #expect(xml.contains("attr.name=\"score_works\" attr.type=\"double\""))
    #expect(xml.contains("<key id=\"v_score_2\" for=\"node\" attr.name=\"x\""))
  }

  @Test(
    "doubles use %.6g with fixed spellings for special values",
    arguments: [
      (2.0, "2"), (0.5, "0.5"), (0.123456789, "0.123457"), (0.00001, "1e-05"), (1e20, "1e+20"),
      (-0.0, "0"), (.nan, "NaN"), (.infinity, "INF"), (-.infinity, "-INF"),
      (1_234_567, "1.23457e+06"),
    ])
  func doubleFormat(value: Double, expected: String) {
    let network = Network(
      kind: .coauthor, isDirected: false, nodes: [.init(id: 1, name: "a", works: 1)], edges: [])
    let xml = GraphMLWriter.render(network, annotations: .init(scores: ["s": [1: value]]))
    #expect(xml.contains("<data key=\"v_score_0\">\(expected)</data>"))
  }
}

/// The value of `name="..."` in one line of XML.
private func attribute(_ name: String, in line: String) -> String? {
  guard let start = line.range(of: " \(name)=\"") else { return nil }
  let rest = line[start.upperBound...]
  guard let end = rest.firstIndex(of: "\"") else { return nil }
  return String(rest[..<end])
}
