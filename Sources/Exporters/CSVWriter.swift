import Graph

/// Writes a network as two RFC 4180 CSV tables: nodes and edges.
///
/// Nodes: header `id,name,works,first_year,last_year`, then `community` when the annotations
/// have communities, then one column per score (names ascending, reserved names prefixed
/// `score_` as in GraphML); one row per node in id order. Edges: header
/// `source,target,weight,works,first_year,last_year`, one row per edge in `(source, target)`
/// order; `source` and `target` are node ids. Unknown values are empty fields; text goes
/// through `CSVText.field` (an empty name is `""`). Doubles use `%.6g` (`NaN`, `INF` for
/// non-finite values). Lines end with `\n` (not RFC 4180's CRLF; every CSV reader accepts
/// it), and the header is always written, also for an empty network.
public enum CSVWriter {
  /// The nodes table; deterministic, trailing newline.
  public static func renderNodes(_ network: Network, annotations: NetworkAnnotations = .none)
    -> String
  {
    let scoreNames = annotations.scores.keys.sorted()
    let hasCommunity = !annotations.community.isEmpty
    var header = ["id", "name", "works", "first_year", "last_year"]
    if hasCommunity { header.append("community") }
    header += scoreNames.map { GraphMLWriter.attributeName(forScore: $0) }
    var out = header.map(CSVText.field).joined(separator: ",") + "\n"
    for node in network.nodes {
      var row = [
        String(node.id), CSVText.field(node.name), String(node.works),
        node.firstYear.map(String.init) ?? "", node.lastYear.map(String.init) ?? "",
      ]
      if hasCommunity { row.append(annotations.community[node.id].map(String.init) ?? "") }
      for name in scoreNames {
        row.append(annotations.scores[name]?[node.id].map(NumberFormat.real) ?? "")
      }
      out += row.joined(separator: ",") + "\n"
    }
    return out
  }

  /// The edges table; deterministic, trailing newline.
  public static func renderEdges(_ network: Network) -> String {
    var out = "source,target,weight,works,first_year,last_year\n"
    for edge in network.edges {
      let row = [
        String(edge.source), String(edge.target), NumberFormat.real(edge.weight),
        String(edge.works), edge.firstYear.map(String.init) ?? "",
        edge.lastYear.map(String.init) ?? "",
      ]
      out += row.joined(separator: ",") + "\n"
    }
    return out
  }
}
