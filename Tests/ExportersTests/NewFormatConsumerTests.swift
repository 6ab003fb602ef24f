import Exporters
import Foundation
import Graph
import Testing

/// The name XML and Pajek readers get back for a corpus name: control characters other than
/// tab, line feed and carriage return are dropped (XML 1.0 cannot carry them).
func xmlReadable(_ name: String) -> String {
  String(
    String.UnicodeScalarView(
      name.unicodeScalars.filter { s in
        s == "\t" || s == "\n" || s == "\r" || s.properties.generalCategory != .control
      }))
}

/// The label networkx's `read_pajek` gets back: line breaks and tabs are spaces, other control
/// characters are dropped (see `PajekText.quote`).
func pajekReadable(_ name: String) -> String {
  var out = ""
  var afterCR = false
  for s in name.unicodeScalars {
    defer { afterCR = s == "\r" }
    if s == "\r" || s == "\t" || (s == "\n" && !afterCR) {
      out += " "
    } else if s == "\n" || s.properties.generalCategory == .control {
      continue
    } else {
      out.unicodeScalars.append(s)
    }
  }
  return out
}

/// Writes `network` in `format` to temporary files (two for CSV) and returns their paths.
func writeTemporary(
  _ network: Network, annotations: NetworkAnnotations, format: ExportFormat, name: String
) throws -> [String] {
  let text = NetworkExporter.render(network, annotations: annotations, format: format)
  if format == .csv {
    let nodes = try ExternalTool.temporaryFile(text, name: "\(name)-nodes.csv")
    let edges = try ExternalTool.temporaryFile(
      NetworkExporter.renderCSVEdges(network), name: "\(name)-edges.csv")
    return [nodes, edges]
  }
  return [try ExternalTool.temporaryFile(text, name: "\(name).\(format.rawValue)")]
}

@Suite("Consumers read GEXF, Pajek, node-link JSON and CSV")
struct NewFormatConsumerTests {
  @Test(
    "networkx reads GEXF with every attribute, type and colour",
    .enabled(if: ExternalTool.hasNetworkx || ExternalTool.isCI, "python3 with networkx is not available"))
  func networkxReadsGEXF() throws {
    guard let python = FormatReader.available() else { return }
    let files = try writeTemporary(
      ExportCorpus.network, annotations: ExportCorpus.annotated, format: .gexf, name: "annotated")
    defer { files.forEach(ExternalTool.removeTemporary) }
    let read = try FormatReader.read("gexf", files: files, python: python)
    try expectCorpus(read, key: { String($0) }, name: xmlReadable, typed: true)
    #expect(read.nodes["1"]?["label"]?.string == "Ada Lovelace")
    let viz = read.nodes["1"]?["viz"]?.value as? [String: Any]
    let color = viz?["color"] as? [String: Any]
    #expect((color?["r"] as? Int, color?["g"] as? Int, color?["b"] as? Int) == (141, 211, 199))
    #expect((viz?["size"] as? NSNumber)?.doubleValue ?? 0 > 0)
    #expect(read.nodes["6"]?["viz"].flatMap { ($0.value as? [String: Any])?["color"] } == nil)
  }

  @Test(
    "networkx reads node-link JSON with every attribute and type, nothing lost",
    .enabled(if: ExternalTool.hasNetworkx || ExternalTool.isCI, "python3 with networkx is not available"))
  func networkxReadsNodeLinkJSON() throws {
    guard let python = FormatReader.available() else { return }
    for (network, directed) in [(ExportCorpus.network, false), (ExportCorpus.directed, true)] {
      let files = try writeTemporary(
        network, annotations: ExportCorpus.annotated, format: .json, name: "annotated")
      defer { files.forEach(ExternalTool.removeTemporary) }
      let read = try FormatReader.read("json", files: files, python: python)
      #expect(read.directed == directed)
      try expectCorpus(read, key: { String($0) }, name: { $0 }, typed: true)
    }
  }

  @Test(
    "networkx reads Pajek with every label and weight; the .clu has one line per vertex",
    .enabled(if: ExternalTool.hasNetworkx || ExternalTool.isCI, "python3 with networkx is not available"))
  func networkxReadsPajek() throws {
    guard let python = FormatReader.available() else { return }
    for (network, directed) in [(ExportCorpus.network, false), (ExportCorpus.directed, true)] {
      let files = try writeTemporary(network, annotations: .none, format: .pajek, name: "corpus")
      defer { files.forEach(ExternalTool.removeTemporary) }
      let read = try FormatReader.read("pajek", files: files, python: python)
      #expect(read.directed == directed)
      #expect(read.nodes.count == ExportCorpus.nodes.count)
      #expect(read.edges.count == ExportCorpus.edges.count)
      let labels = ExportCorpus.nodes.map { pajekReadable($0.name) }
      #expect(Set(read.nodes.keys) == Set(labels))
      for (i, label) in labels.enumerated() {
        #expect(read.nodes[label]?["id"]?.string == String(i + 1), "vertex number of \(label)")
      }
      var weights: [String: Double] = [:]
      for (u, v, attrs) in read.edges { weights["\(u)|\(v)"] = attrs["weight"]?.double }
      for edge in ExportCorpus.edges {
        let key = "\(labels[Int(edge.source) - 1])|\(labels[Int(edge.target) - 1])"
        let back = weights[key] ?? -1
        #expect(abs(back - edge.weight) <= 5e-6 * edge.weight, "weight of \(key)")
      }
    }
    let clu = NetworkExporter.pajekPartition(ExportCorpus.network, annotations: ExportCorpus.annotated)
    #expect(clu.split(separator: "\n").count == 1 + ExportCorpus.nodes.count)
  }

  @Test(
    "Python's csv module reads both CSV tables with every value",
    .enabled(if: ExternalTool.shouldRun("python3"), "python3 is not installed"))
  func pythonCSVReads() throws {
    guard let python = ExternalTool.require("python3", hint: "install python3") else { return }
    let files = try writeTemporary(
      ExportCorpus.network, annotations: ExportCorpus.annotated, format: .csv, name: "annotated")
    defer { files.forEach(ExternalTool.removeTemporary) }
    let read = try FormatReader.read("csv", files: files, python: python)
    try expectCorpus(read, key: { String($0) }, name: { $0 }, typed: false)
  }

  @Test(
    "xmllint accepts every GEXF output",
    .enabled(if: ExternalTool.shouldRun("xmllint"), "xmllint is not installed"),
    arguments: [
      ("plain", ExportCorpus.network, NetworkAnnotations.none),
      ("annotated", ExportCorpus.network, ExportCorpus.annotated),
      ("directed", ExportCorpus.directed, ExportCorpus.annotated),
    ])
  func xmllintAcceptsGEXF(name: String, network: Network, annotations: NetworkAnnotations) throws {
    guard let tool = ExternalTool.require("xmllint", hint: "apt-get install libxml2-utils")
    else { return }
    let files = try writeTemporary(network, annotations: annotations, format: .gexf, name: name)
    defer { files.forEach(ExternalTool.removeTemporary) }
    let result = try ExternalTool.run(tool, ["--noout", files[0]])
    #expect(result.status == 0, "xmllint rejected \(name): \(result.stderr)")
    #expect(result.stderr.isEmpty, "xmllint warned on \(name): \(result.stderr)")
  }

  @Test("VOSviewer JSON parses and has one item per node, one link per edge, 1-based clusters")
  func vosviewerParses() throws {
    let text = NetworkExporter.render(
      ExportCorpus.network, annotations: ExportCorpus.annotated, format: .vosviewerJSON)
    let object = try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any]
    let network = try #require(object?["network"] as? [String: Any])
    let items = try #require(network["items"] as? [[String: Any]])
    let links = try #require(network["links"] as? [[String: Any]])
    #expect(items.count == ExportCorpus.nodes.count)
    #expect(links.count == ExportCorpus.edges.count)
    #expect(items.map { $0["label"] as? String } == ExportCorpus.nodes.map(\.name))
    #expect(items.map { $0["cluster"] as? Int } == [1, 1, 1, 2, 2, nil])
    let weights = items[2]["weights"] as? [String: Any]
    #expect(weights?["Documents"] as? Int == 2)
    #expect(weights?["Links"] as? Int == 3)
    #expect((weights?["Total link strength"] as? NSNumber)?.doubleValue == 5)
    #expect(((items[1]["scores"] as? [String: Any])?["pagerank"] as? NSNumber)?.doubleValue == 0.25)
    #expect(links.first?["source_id"] as? Int == 1 && links.first?["target_id"] as? Int == 2)
    #expect((links.first?["strength"] as? NSNumber)?.doubleValue == 2)
  }
}

/// Checks that `read` holds the annotated corpus: counts, names, works, years, communities,
/// pagerank and edge weights, works and years. `typed`: values must have Python types
/// (int/float/str); otherwise (CSV) every value is the string we wrote.
func expectCorpus(
  _ read: FormatReader.Read, key: (Int64) -> String, name: (String) -> String, typed: Bool,
  sourceLocation: SourceLocation = #_sourceLocation
) throws {
  #expect(read.nodes.count == ExportCorpus.nodes.count, sourceLocation: sourceLocation)
  #expect(read.edges.count == ExportCorpus.edges.count, sourceLocation: sourceLocation)
  func int(_ value: FormatReader.TypedValue?) -> Int? {
    typed ? value?.int : value?.string.flatMap { Int($0) }
  }
  func double(_ value: FormatReader.TypedValue?) -> Double? {
    typed ? (value?.type == "float" ? value?.double : nil) : value?.string.flatMap { Double($0) }
  }
  for node in ExportCorpus.nodes {
    let attrs = try #require(read.nodes[key(node.id)], "node \(node.id)", sourceLocation: sourceLocation)
    #expect(attrs["name"]?.string == name(node.name), "name of \(node.id)", sourceLocation: sourceLocation)
    #expect(attrs["name"]?.type == "str", sourceLocation: sourceLocation)
    #expect(int(attrs["works"]) == node.works, "works of \(node.id)", sourceLocation: sourceLocation)
    let missing = typed ? nil : Optional("")
    #expect(
      node.firstYear.map { int(attrs["first_year"]) == $0 } ?? (attrs["first_year"]?.string == missing),
      "first_year of \(node.id): \(String(describing: attrs["first_year"]))", sourceLocation: sourceLocation)
    #expect(
      node.lastYear.map { int(attrs["last_year"]) == $0 } ?? (attrs["last_year"]?.string == missing),
      "last_year of \(node.id)", sourceLocation: sourceLocation)
    let community = ExportCorpus.communities[node.id]
    #expect(
      community.map { int(attrs["community"]) == $0 } ?? (attrs["community"]?.string == missing),
      "community of \(node.id)", sourceLocation: sourceLocation)
    let pagerank = try #require(ExportCorpus.pagerank[node.id])
    let back = double(attrs["pagerank"]) ?? -1
    #expect(abs(back - pagerank) <= 5e-6 * pagerank, "pagerank of \(node.id): \(back)", sourceLocation: sourceLocation)
  }
  var byEnds: [String: [String: FormatReader.TypedValue]] = [:]
  for (u, v, attrs) in read.edges { byEnds["\(u)|\(v)"] = attrs }
  for edge in ExportCorpus.edges {
    let ends = "\(key(edge.source))|\(key(edge.target))"
    let attrs = try #require(byEnds[ends], "edge \(ends)", sourceLocation: sourceLocation)
    let weight = double(attrs["weight"]) ?? -1
    #expect(abs(weight - edge.weight) <= 5e-6 * edge.weight, "weight of \(ends)", sourceLocation: sourceLocation)
    #expect(int(attrs["works"]) == edge.works, "works of \(ends)", sourceLocation: sourceLocation)
    if let year = edge.firstYear {
      #expect(int(attrs["first_year"]) == year, sourceLocation: sourceLocation)
    }
    if let year = edge.lastYear {
      #expect(int(attrs["last_year"]) == year, sourceLocation: sourceLocation)
    }
  }
}
