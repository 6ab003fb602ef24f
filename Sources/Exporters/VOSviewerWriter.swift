import Graph

/// Writes VOSviewer's JSON network format (https://app.vosviewer.com/docs/file-types/json-file-type/).
///
/// Layout of the output (one item or link per line):
///
///     {
///       "network": {
///         "items": [
///           {"id": 1, "label": "Ada", "cluster": 1, "weights": {"Documents": 3, "Links": 2,
///            "Total link strength": 3.0}, "scores": {"pagerank": 0.123457}},
///           ...
///         ],
///         "links": [
///           {"source_id": 1, "target_id": 2, "strength": 2.0},
///           ...
///         ]
///       }
///     }
///
/// Item `id` is the store id; `label` the name (`JSONText.quote`); `cluster` is the community
/// label + 1 (VOSviewer counts clusters from 1; omitted for nodes without one). `weights`
/// are VOSviewer's usual co-authorship weights: `Documents` (works), `Links` (number of
/// incident edges) and `Total link strength` (sum of incident edge weights). `scores` holds
/// every annotation score by its name, names ascending (non-finite values omitted; the key
/// is left out when a node has none). Items in id order, links in `(source, target)` order,
/// `strength` = edge weight. Doubles use `%.6g` (always with a decimal point or exponent).
public enum VOSviewerWriter {
  /// Renders `network` as a VOSviewer JSON file; deterministic, `\n` line endings, trailing
  /// newline.
  public static func render(_ network: Network, annotations: NetworkAnnotations = .none) -> String {
    let scoreNames = annotations.scores.keys.sorted()
    var links: [Int64: Int] = [:]
    var strength: [Int64: Double] = [:]
    for edge in network.edges {
      for end in [edge.source, edge.target] {
        links[end, default: 0] += 1
        strength[end, default: 0] += edge.weight
      }
    }
    var items: [String] = []
    for node in network.nodes {
      var fields = ["\"id\": \(node.id)", "\"label\": " + JSONText.quote(node.name)]
      if let label = annotations.community[node.id] { fields.append("\"cluster\": \(label + 1)") }
      fields.append(
        "\"weights\": {\"Documents\": \(node.works), \"Links\": \(links[node.id] ?? 0), "
          + "\"Total link strength\": \(NumberFormat.json(strength[node.id] ?? 0))}")
      let scores = scoreNames.compactMap { name -> String? in
        guard let value = annotations.scores[name]?[node.id], value.isFinite else { return nil }
        return JSONText.quote(name) + ": " + NumberFormat.json(value)
      }
      if !scores.isEmpty { fields.append("\"scores\": {" + scores.joined(separator: ", ") + "}") }
      items.append("{" + fields.joined(separator: ", ") + "}")
    }
    let linkLines = network.edges.map { edge in
      "{\"source_id\": \(edge.source), \"target_id\": \(edge.target), "
        + "\"strength\": \(NumberFormat.json(edge.weight))}"
    }
    var out = "{\n  \"network\": {\n"
    out += "    \"items\": " + JSONLines.array(items, indent: 4) + ",\n"
    out += "    \"links\": " + JSONLines.array(linkLines, indent: 4) + "\n"
    out += "  }\n}\n"
    return out
  }
}

/// Shared layout for the JSON writers: arrays with one element per line.
enum JSONLines {
  /// `[` + one element per line indented by `indent + 2` spaces + `]` at `indent`; `[]` when
  /// empty.
  static func array(_ elements: [String], indent: Int) -> String {
    guard !elements.isEmpty else { return "[]" }
    let pad = String(repeating: " ", count: indent)
    return "[\n" + elements.map { pad + "  " + $0 }.joined(separator: ",\n") + "\n" + pad + "]"
  }
}
