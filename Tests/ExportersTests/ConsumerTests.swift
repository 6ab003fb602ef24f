import Exporters
import Foundation
import Graph
import Testing

/// Every DOT variant of the corpus.
enum DOTVariant: String, CaseIterable, Sendable {
  case plain, communities, clusters, directed

  /// The rendered DOT text.
  var text: String {
    switch self {
    case .plain: NetworkExporter.render(ExportCorpus.network, format: .dot)
    case .communities:
      NetworkExporter.render(
        ExportCorpus.network, annotations: ExportCorpus.withCommunities, format: .dot)
    case .clusters:
      NetworkExporter.render(
        ExportCorpus.network, annotations: ExportCorpus.annotated, format: .dot,
        options: ExportOptions(clusters: true))
    case .directed: NetworkExporter.render(ExportCorpus.directed, format: .dot)
    }
  }
}

/// Every GraphML variant of the corpus.
enum GraphMLVariant: String, CaseIterable, Sendable {
  case plain, annotated, directed

  /// The rendered GraphML text.
  var text: String {
    switch self {
    case .plain: NetworkExporter.render(ExportCorpus.network, format: .graphml)
    case .annotated:
      NetworkExporter.render(
        ExportCorpus.network, annotations: ExportCorpus.annotated, format: .graphml)
    case .directed: NetworkExporter.render(ExportCorpus.directed, format: .graphml)
    }
  }
}

/// The names readers should get back: the corpus names minus the dropped BEL of node 6.
private let expectedNames: [Int64: String] = [
  1: "Ada Lovelace", 2: "Paul Erdős", 3: "李 \"Bruce\" <&>", 4: "graph",
  5: "محمد {x} \\ end\nline2", 6: "🦀 O'Brien",
]

@Suite("Consumers read our files")
struct ConsumerTests {
  @Test(
    "dot -Tsvg renders every DOT output",
    .enabled(if: ExternalTool.shouldRun("dot"), "Graphviz dot is not installed"),
    arguments: DOTVariant.allCases)
  func graphvizRenders(variant: DOTVariant) throws {
    guard let tool = ExternalTool.require("dot", hint: "apt-get install graphviz") else { return }
    let name = variant.rawValue
    let result = try ExternalTool.run(tool, ["-Tsvg"], input: variant.text)
    #expect(result.status == 0, "dot -Tsvg failed on \(name): \(result.stderr)")
    let svg = String(decoding: result.stdout, as: UTF8.self)
    #expect(svg.contains("<svg"), "no SVG for \(name)")
    #expect(svg.contains("Erdős"), "label text missing from the SVG of \(name)")
  }

  @Test(
    "Graphviz parses every label back to the name we wrote",
    .enabled(if: ExternalTool.shouldRun("dot"), "Graphviz dot is not installed"),
    arguments: DOTVariant.allCases)
  func graphvizLabelsRoundTrip(variant: DOTVariant) throws {
    guard let tool = ExternalTool.require("dot", hint: "apt-get install graphviz") else { return }
    let name = variant.rawValue
    let result = try ExternalTool.run(tool, ["-Tjson"], input: variant.text)
    #expect(result.status == 0, "dot -Tjson failed on \(name): \(result.stderr)")
    let parsed = try JSONDecoder().decode(GraphvizJSON.self, from: result.stdout)
    var labels: [Int64: String] = [:]
    for object in parsed.objects ?? [] {
      guard let id = Int64(object.name), let label = object.label else { continue }
      labels[id] = unescapeGraphvizLabel(label)
    }
    #expect(labels == expectedNames, "labels of \(name)")
  }

  @Test(
    "xmllint accepts every GraphML output",
    .enabled(if: ExternalTool.shouldRun("xmllint"), "xmllint is not installed"),
    arguments: GraphMLVariant.allCases)
  func xmllintAccepts(variant: GraphMLVariant) throws {
    guard let tool = ExternalTool.require("xmllint", hint: "apt-get install libxml2-utils")
    else { return }
    let name = variant.rawValue
    let path = try ExternalTool.temporaryFile(variant.text, name: "\(name).graphml")
    defer { ExternalTool.removeTemporary(path) }
    let result = try ExternalTool.run(tool, ["--noout", path])
    #expect(result.status == 0, "xmllint rejected \(name): \(result.stderr)")
    #expect(result.stderr.isEmpty, "xmllint warned on \(name): \(result.stderr)")
  }

  @Test(
    "networkx reads the annotated GraphML back with the same names, types and values",
    .enabled(
      if: ExternalTool.hasNetworkx || ExternalTool.isCI, "python3 with networkx is not available"))
  func networkxRoundTrip() throws {
    guard let python = ExternalTool.require("python3", hint: "install python3") else { return }
    guard ExternalTool.hasNetworkx else {
      Issue.record("networkx is required on CI but `import networkx` failed (pip install it).")
      return
    }
    let xml = NetworkExporter.render(
      ExportCorpus.network, annotations: ExportCorpus.annotated, format: .graphml)
    let path = try ExternalTool.temporaryFile(xml, name: "annotated.graphml")
    defer { ExternalTool.removeTemporary(path) }
    let result = try ExternalTool.run(python, ["-c", networkxScript, path])
    try #require(result.status == 0, "networkx failed: \(result.stderr)")
    let read = try JSONDecoder().decode(NetworkxReport.self, from: result.stdout)

    #expect(read.nodes == ExportCorpus.nodes.count)
    #expect(read.edges == ExportCorpus.edges.count)
    #expect(read.directed == false)
    #expect(read.names == Dictionary(uniqueKeysWithValues: expectedNames.map { ("n\($0)", $1) }))
    let works = Dictionary(
      uniqueKeysWithValues: ExportCorpus.nodes.map { ("n\($0.id)", $0.works) })
    #expect(read.works == works)
    #expect(
      read.types == [
        "community": "int", "name": "str", "pagerank": "float", "works": "int",
        "first_year": "int", "last_year": "int", "weight": "float", "edge_works": "int",
      ])
    let community = Dictionary(
      uniqueKeysWithValues: ExportCorpus.communities.map { ("n\($0)", $1) })
    #expect(read.community == community)
    for (id, value) in ExportCorpus.pagerank {
      let back = read.pagerank["n\(id)"] ?? -1
      #expect(abs(back - value) <= 5e-6 * value, "pagerank of n\(id): \(back) vs \(value)")
    }
    for edge in ExportCorpus.edges {
      let back = read.weights["n\(edge.source)-n\(edge.target)"] ?? -1
      #expect(
        abs(back - edge.weight) <= 5e-6 * edge.weight, "weight \(edge.source)-\(edge.target)")
    }
  }
}

/// Graphviz's `-Tjson` output, only what the label check needs.
private struct GraphvizJSON: Decodable {
  struct Object: Decodable {
    var name: String
    var label: String?
  }
  var objects: [Object]?
}

/// Undoes the label escapes we emit (`\\` → `\`, `\n` → newline); `\"` is undone by the lexer.
private func unescapeGraphvizLabel(_ raw: String) -> String {
  var out = ""
  var escaped = false
  for ch in raw {
    if escaped {
      out.append(ch == "n" ? "\n" : ch)
      escaped = false
    } else if ch == "\\" {
      escaped = true
    } else {
      out.append(ch)
    }
  }
  return out
}

/// What the python script prints.
private struct NetworkxReport: Decodable {
  var nodes: Int
  var edges: Int
  var directed: Bool
  var names: [String: String]
  var works: [String: Int]
  var community: [String: Int]
  var pagerank: [String: Double]
  var weights: [String: Double]
  var types: [String: String]
}

/// Reads argv[1] with networkx and prints a JSON report (ASCII-escaped, so no encoding issues).
private let networkxScript = """
  import json, sys
  import networkx as nx
  g = nx.read_graphml(sys.argv[1])
  nodes = dict(g.nodes(data=True))
  types = {}
  for _, d in g.nodes(data=True):
      for k, v in d.items():
          types[k] = type(v).__name__
  for _, _, d in g.edges(data=True):
      types["weight"] = type(d["weight"]).__name__
      types["edge_works"] = type(d["works"]).__name__
  print(json.dumps({
      "nodes": g.number_of_nodes(),
      "edges": g.number_of_edges(),
      "directed": g.is_directed(),
      "names": {n: d["name"] for n, d in nodes.items()},
      "works": {n: d["works"] for n, d in nodes.items()},
      "community": {n: d["community"] for n, d in nodes.items() if "community" in d},
      "pagerank": {n: d["pagerank"] for n, d in nodes.items()},
      "weights": {u + "-" + v: d["weight"] for u, v, d in g.edges(data=True)},
      "types": types,
  }))
  """
