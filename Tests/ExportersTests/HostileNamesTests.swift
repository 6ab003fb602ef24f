import Exporters
import Foundation
import Graph
import Testing

/// Names built to break writers: quoting, markup, escapes, line breaks, DOT keywords, emoji,
/// right-to-left text and the empty name. Every name differs from the others even after the
/// lossy Pajek mapping (networkx keys Pajek nodes by label).
enum HostileCorpus {
  static let names: [String] = [
    "say \"hi\"", "<b>bold</b> & <i>", "back\\slash\\", "\\N \\G", "line1\nline2",
    "crlf\r\nend\ttab", "{braces} [brackets]; a=b -- c -> d", "graph", "node", "edge", "strict",
    "subgraph", "🦀👩‍🔬 crab", "محمد بن موسى", "שלום עולם", "", "O'Brien, \"Jr.\", $HOME #1",
    "&amp; &#10; ]]>", "tab\tonly",
  ]

  /// One node per name (ids 1…n) on a ring, weights 1, 1.5, 2, … so edges are distinct.
  static let network: Network = {
    let nodes = names.enumerated().map { i, name in
      Network.Node(id: Int64(i + 1), name: name, works: i + 1, firstYear: 2000 + i)
    }
    let n = Int64(names.count)
    let edges = (1...n).map { i in
      let j = i % n + 1
      return Network.Edge(
        source: min(i, j), target: max(i, j), workIDs: [i], weight: 1 + Double(i - 1) / 2,
        firstYear: 2000)
    }
    return Network(kind: .coauthor, isDirected: false, nodes: nodes, edges: edges)
  }()

  /// Every node in community `id mod 3`, and a score named like a hostile string.
  static let annotations = NetworkAnnotations(
    community: Dictionary(uniqueKeysWithValues: network.nodes.map { ($0.id, Int($0.id % 3)) }),
    scores: ["page \"rank\" <&>": Dictionary(
      uniqueKeysWithValues: network.nodes.map { ($0.id, Double($0.id) / 100) })])

  /// The name Graphviz reads back (after undoing our `\\` and `\n`): tab is a space, a CR or
  /// CRLF is a line feed.
  static func dotReadable(_ name: String) -> String {
    name.replacingOccurrences(of: "\r\n", with: "\n").replacingOccurrences(of: "\r", with: "\n")
      .replacingOccurrences(of: "\t", with: " ")
  }
}

@Suite("Hostile names survive every format")
struct HostileNamesTests {
  /// The formats networkx reads, with how it keys nodes and what names it gets back.
  static let networkxFormats: [(ExportFormat, String)] = [
    (.graphml, "graphml"), (.gexf, "gexf"), (.json, "json"),
  ]

  @Test(
    "networkx reads back every name from GraphML, GEXF and node-link JSON exactly",
    .enabled(if: ExternalTool.hasNetworkx || ExternalTool.isCI, "python3 with networkx is not available"),
    arguments: networkxFormats)
  func networkxNames(format: ExportFormat, reader: String) throws {
    guard let python = FormatReader.available() else { return }
    let network = HostileCorpus.network
    let files = try writeTemporary(
      network, annotations: HostileCorpus.annotations, format: format, name: "hostile")
    defer { files.forEach(ExternalTool.removeTemporary) }
    let read = try FormatReader.read(reader, files: files, python: python)
    let key: (Int64) -> String = format == .graphml ? { "n\($0)" } : { String($0) }
    #expect(read.nodes.count == network.nodes.count)
    #expect(read.edges.count == network.edges.count)
    for node in network.nodes {
      #expect(read.nodes[key(node.id)]?["name"]?.string == node.name, "\(reader): \(node.name.debugDescription)")
      #expect(read.nodes[key(node.id)]?["community"]?.int == Int(node.id % 3))
      let score = read.nodes[key(node.id)]?["page \"rank\" <&>"]?.double
      #expect(score == Double(node.id) / 100, "\(reader): score of \(node.id)")
    }
    if format == .gexf {
      for node in network.nodes {
        #expect(read.nodes[key(node.id)]?["label"]?.string == node.name)
      }
    }
  }

  @Test(
    "networkx reads back every Pajek label, line breaks and tabs as spaces",
    .enabled(if: ExternalTool.hasNetworkx || ExternalTool.isCI, "python3 with networkx is not available"))
  func pajekLabels() throws {
    guard let python = FormatReader.available() else { return }
    let network = HostileCorpus.network
    let files = try writeTemporary(network, annotations: .none, format: .pajek, name: "hostile")
    defer { files.forEach(ExternalTool.removeTemporary) }
    let read = try FormatReader.read("pajek", files: files, python: python)
    #expect(read.edges.count == network.edges.count)
    var labelByVertex: [String: String] = [:]
    for (label, attrs) in read.nodes { labelByVertex[attrs["id"]?.string ?? "?"] = label }
    let expected = Dictionary(
      uniqueKeysWithValues: network.nodes.enumerated().map { i, node in
        (String(i + 1), pajekReadable(node.name))
      })
    #expect(labelByVertex == expected)
    #expect(pajekReadable("line1\nline2") == "line1 line2")
  }

  @Test(
    "Python's csv module reads back every name exactly",
    .enabled(if: ExternalTool.shouldRun("python3"), "python3 is not installed"))
  func csvNames() throws {
    guard let python = ExternalTool.require("python3", hint: "install python3") else { return }
    let network = HostileCorpus.network
    let files = try writeTemporary(
      network, annotations: HostileCorpus.annotations, format: .csv, name: "hostile")
    defer { files.forEach(ExternalTool.removeTemporary) }
    let read = try FormatReader.read("csv", files: files, python: python)
    #expect(read.nodes.count == network.nodes.count)
    #expect(read.edges.count == network.edges.count)
    for node in network.nodes {
      #expect(read.nodes[String(node.id)]?["name"]?.string == node.name, "\(node.name.debugDescription)")
      #expect(read.nodes[String(node.id)]?["page \"rank\" <&>"]?.string.flatMap(Double.init) == Double(node.id) / 100)
    }
  }

  @Test("VOSviewer JSON carries every name exactly")
  func vosviewerNames() throws {
    let text = NetworkExporter.render(
      HostileCorpus.network, annotations: HostileCorpus.annotations, format: .vosviewerJSON)
    let object = try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any]
    let items = (object?["network"] as? [String: Any])?["items"] as? [[String: Any]] ?? []
    #expect(items.map { $0["label"] as? String } == HostileCorpus.names)
  }

  @Test(
    "Graphviz reads back every DOT label",
    .enabled(if: ExternalTool.shouldRun("dot"), "Graphviz dot is not installed"),
    arguments: [false, true])
  func dotLabels(clusters: Bool) throws {
    guard let tool = ExternalTool.require("dot", hint: "apt-get install graphviz") else { return }
    let dot = NetworkExporter.render(
      HostileCorpus.network, annotations: HostileCorpus.annotations, format: .dot,
      options: ExportOptions(clusters: clusters))
    let result = try ExternalTool.run(tool, ["-Tjson"], input: dot)
    try #require(result.status == 0, "dot -Tjson failed: \(result.stderr)")
    let object = try JSONSerialization.jsonObject(with: result.stdout) as? [String: Any]
    var labels: [Int64: String] = [:]
    for item in object?["objects"] as? [[String: Any]] ?? [] {
      guard let name = item["name"] as? String, let id = Int64(name) else { continue }
      labels[id] = undoDOTLabelEscapes(item["label"] as? String ?? "<none>")
    }
    let expected = Dictionary(
      uniqueKeysWithValues: HostileCorpus.network.nodes.map {
        ($0.id, HostileCorpus.dotReadable($0.name))
      })
    #expect(labels == expected)
    #expect(((object?["edges"] as? [Any]) ?? []).count == HostileCorpus.network.edges.count)
  }
}

/// Undoes the label escapes we emit (`\\` → `\`, `\n` → newline); `\"` is undone by the lexer.
private func undoDOTLabelEscapes(_ raw: String) -> String {
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
