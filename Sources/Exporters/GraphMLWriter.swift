import Graph

/// Writes GraphML 1.0 (http://graphml.graphdrawing.org/).
///
/// Every attribute written has a `<key>` with `attr.type`, declared in this fixed order:
///
/// | key id          | for  | attr.name     | attr.type | written                        |
/// |-----------------|------|---------------|-----------|--------------------------------|
/// | `v_name`        | node | `name`        | string    | always                         |
/// | `v_works`       | node | `works`       | int       | always                         |
/// | `v_first_year`  | node | `first_year`  | int       | when known                     |
/// | `v_last_year`   | node | `last_year`   | int       | when known                     |
/// | `v_community`   | node | `community`   | int       | with community annotations     |
/// | `v_score_<i>`   | node | score name    | double    | one per score, names ascending |
/// | `e_weight`      | edge | `weight`      | double    | always                         |
/// | `e_works`       | edge | `works`       | int       | always                         |
/// | `e_first_year`  | edge | `first_year`  | int       | when known                     |
/// | `e_last_year`   | edge | `last_year`   | int       | when known                     |
///
/// A score whose name is one of `id`, `name`, `works`, `first_year`, `last_year`,
/// `community` is written as `score_<name>` so it cannot shadow another attribute. Node ids
/// are `n<store id>`, nodes in id order, edges in `(source, target)` order without ids;
/// `edgedefault` follows `Network.isDirected`; the graph id is the network kind. Doubles use
/// `%.6g` (see `NumberFormat.real`); text goes through `XMLText.escape`. A `<data>` element is
/// omitted when its value is unknown (nil year, node without community or score).
public enum GraphMLWriter {
  /// Renders `network` as GraphML; deterministic, `\n` line endings, trailing newline.
  public static func render(_ network: Network, annotations: NetworkAnnotations = .none) -> String {
    let scoreNames = annotations.scores.keys.sorted()
    let hasCommunity = !annotations.community.isEmpty
    var out = """
      <?xml version="1.0" encoding="UTF-8"?>
      <graphml xmlns="http://graphml.graphdrawing.org/xmlns" \
      xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" \
      xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns \
      http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">

      """
    out += key("v_name", for: "node", name: "name", type: "string")
    out += key("v_works", for: "node", name: "works", type: "int")
    out += key("v_first_year", for: "node", name: "first_year", type: "int")
    out += key("v_last_year", for: "node", name: "last_year", type: "int")
    if hasCommunity { out += key("v_community", for: "node", name: "community", type: "int") }
    for (i, name) in scoreNames.enumerated() {
      out += key("v_score_\(i)", for: "node", name: attributeName(forScore: name), type: "double")
    }
    out += key("e_weight", for: "edge", name: "weight", type: "double")
    out += key("e_works", for: "edge", name: "works", type: "int")
    out += key("e_first_year", for: "edge", name: "first_year", type: "int")
    out += key("e_last_year", for: "edge", name: "last_year", type: "int")

    let direction = network.isDirected ? "directed" : "undirected"
    let graphID = XMLText.escape(network.kind.rawValue)
    out += "  <graph id=\"\(graphID)\" edgedefault=\"\(direction)\">\n"
    for node in network.nodes {
      out += "    <node id=\"n\(node.id)\">\n"
      out += data("v_name", XMLText.escape(node.name))
      out += data("v_works", String(node.works))
      if let year = node.firstYear { out += data("v_first_year", String(year)) }
      if let year = node.lastYear { out += data("v_last_year", String(year)) }
      if let label = annotations.community[node.id] { out += data("v_community", String(label)) }
      for (i, name) in scoreNames.enumerated() {
        if let value = annotations.scores[name]?[node.id] {
          out += data("v_score_\(i)", NumberFormat.real(value))
        }
      }
      out += "    </node>\n"
    }
    for edge in network.edges {
      out += "    <edge source=\"n\(edge.source)\" target=\"n\(edge.target)\">\n"
      out += data("e_weight", NumberFormat.real(edge.weight))
      out += data("e_works", String(edge.works))
      if let year = edge.firstYear { out += data("e_first_year", String(year)) }
      if let year = edge.lastYear { out += data("e_last_year", String(year)) }
      out += "    </edge>\n"
    }
    out += "  </graph>\n</graphml>\n"
    return out
  }

  /// Attribute names a score may not take (it gets a `score_` prefix instead).
  static let reservedNames: Set<String> = [
    "id", "name", "works", "first_year", "last_year", "community",
  ]

  /// The `attr.name` used for the score called `name`.
  static func attributeName(forScore name: String) -> String {
    reservedNames.contains(name) ? "score_" + name : name
  }

  /// One `<key .../>` line.
  private static func key(_ id: String, for domain: String, name: String, type: String) -> String {
    "  <key id=\"\(id)\" for=\"\(domain)\" attr.name=\"\(XMLText.escape(name))\" "
      + "attr.type=\"\(type)\"/>\n"
  }

  /// One `<data>` line; `text` must already be escaped.
  private static func data(_ key: String, _ text: String) -> String {
    "      <data key=\"\(key)\">\(text)</data>\n"
  }
}
