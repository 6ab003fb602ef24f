import Graph

/// Writes node-link JSON as networkx's `node_link_graph` (networkx 3.4+ defaults:
/// `edges="edges"`, `name="id"`) and D3 read it.
///
/// Layout of the output (one node or edge per line):
///
///     {
///       "directed": false,
///       "multigraph": false,
///       "graph": {},
///       "nodes": [
///         {"id": 1, "name": "Ada", "works": 3, "first_year": 1843, "last_year": 1852,
///          "community": 0, "pagerank": 0.123457},
///         ...
///       ],
///       "edges": [
///         {"source": 1, "target": 2, "weight": 2.0, "works": 2, "first_year": 1843,
///          "last_year": 1850},
///         ...
///       ]
///     }
///
/// Node `id` is the store id (a JSON integer); keys that have no value (unknown year, node
/// without community or score, non-finite score) are left out. Scores come after the fixed
/// keys, names ascending; a score whose name is reserved gets a `score_` prefix (as in
/// GraphML). Doubles use `%.6g`, always with a decimal point or exponent, so readers get
/// floats. Strings go through `JSONText.quote`, which loses nothing. Nodes in id order,
/// edges in `(source, target)` order.
public enum NodeLinkJSONWriter {
  /// Renders `network` as node-link JSON; deterministic, `\n` line endings, trailing newline.
  public static func render(_ network: Network, annotations: NetworkAnnotations = .none) -> String {
    let scoreNames = annotations.scores.keys.sorted()
    let nodes = network.nodes.map { node -> String in
      var fields = [
        "\"id\": \(node.id)", "\"name\": " + JSONText.quote(node.name), "\"works\": \(node.works)",
      ]
      if let year = node.firstYear { fields.append("\"first_year\": \(year)") }
      if let year = node.lastYear { fields.append("\"last_year\": \(year)") }
      if let label = annotations.community[node.id] { fields.append("\"community\": \(label)") }
      for name in scoreNames {
        guard let value = annotations.scores[name]?[node.id], value.isFinite else { continue }
        let key = JSONText.quote(GraphMLWriter.attributeName(forScore: name))
        fields.append(key + ": " + NumberFormat.json(value))
      }
      return "{" + fields.joined(separator: ", ") + "}"
    }
    let edges = network.edges.map { edge -> String in
      var fields = [
        "\"source\": \(edge.source)", "\"target\": \(edge.target)",
        "\"weight\": " + NumberFormat.json(edge.weight), "\"works\": \(edge.works)",
      ]
      if let year = edge.firstYear { fields.append("\"first_year\": \(year)") }
      if let year = edge.lastYear { fields.append("\"last_year\": \(year)") }
      return "{" + fields.joined(separator: ", ") + "}"
    }
    var out = "{\n"
    out += "  \"directed\": \(network.isDirected),\n"
    out += "  \"multigraph\": false,\n"
    out += "  \"graph\": {},\n"
    out += "  \"nodes\": " + JSONLines.array(nodes, indent: 2) + ",\n"
    out += "  \"edges\": " + JSONLines.array(edges, indent: 2) + "\n"
    out += "}\n"
    return out
  }
}
