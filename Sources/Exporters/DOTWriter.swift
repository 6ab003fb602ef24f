import Foundation
import Graph

/// Writes Graphviz DOT.
///
/// Layout of the output (every id, name and value goes through `DOT.quote` where it is text):
///
///     graph "coauthor" {
///       node [style=filled, fillcolor="#ffffff"];           // only with communities
///       "1" [label="Ada", works=3, first_year=1843, last_year=1852, community=0,
///            fillcolor="#8dd3c7"];
///       "1" -- "2" [label="2", works=2, weight="2", penwidth="2.00"];
///     }
///
/// `digraph` and `->` when the network is directed. Node ids are the store ids, nodes in id
/// order, edges in `(source, target)` order. Years are omitted when unknown; `community` and
/// the fill colour (`CommunityPalette`, fixed by label) only for nodes that have one. With
/// `ExportOptions.clusters`, the nodes of community `k` are written inside
/// `subgraph "cluster_<k>" { label="community k"; ... }`, clusters in ascending label order,
/// nodes without a community after them. Edge `weight` uses `%.6g`; `penwidth` is
/// `1 + log2(weight)` clamped to [0.5, 10], with two decimals. Scores are not written (their
/// names could clash with Graphviz attributes); use GraphML for them.
public enum DOTWriter {
  /// Renders `network` as DOT; deterministic, `\n` line endings, trailing newline.
  public static func render(
    _ network: Network, annotations: NetworkAnnotations = .none, options: ExportOptions = .init()
  ) -> String {
    let community = annotations.community
    var out = network.isDirected ? "digraph " : "graph "
    out += DOT.quote(network.kind.rawValue) + " {\n"
    if !community.isEmpty {
      out += "  node [style=filled, fillcolor=\"#ffffff\"];\n"
    }
    if options.clusters && !community.isEmpty {
      let labels = Set(network.nodes.compactMap { community[$0.id] }).sorted()
      for label in labels {
        out += "  subgraph " + DOT.quote("cluster_\(label)") + " {\n"
        out += "    label=" + DOT.quote("community \(label)") + ";\n"
        for node in network.nodes where community[node.id] == label {
          out += "    " + nodeStatement(node, community: label) + "\n"
        }
        out += "  }\n"
      }
      for node in network.nodes where community[node.id] == nil {
        out += "  " + nodeStatement(node, community: nil) + "\n"
      }
    } else {
      for node in network.nodes {
        out += "  " + nodeStatement(node, community: community[node.id]) + "\n"
      }
    }
    let op = network.isDirected ? " -> " : " -- "
    for edge in network.edges {
      out += "  " + DOT.quote(String(edge.source)) + op + DOT.quote(String(edge.target))
      out += " " + edgeAttributes(edge) + ";\n"
    }
    out += "}\n"
    return out
  }

  /// The pen width for an edge of weight `weight`: `1 + log2(weight)` clamped to [0.5, 10];
  /// 0.5 for zero, negative or non-finite weights.
  static func penWidth(_ weight: Double) -> Double {
    guard weight.isFinite, weight > 0 else { return 0.5 }
    return min(max(1 + log2(weight), 0.5), 10)
  }

  /// `"<id>" [label=..., works=..., ...];`
  private static func nodeStatement(_ node: Network.Node, community: Int?) -> String {
    var attrs = ["label=" + DOT.quote(node.name), "works=\(node.works)"]
    if let year = node.firstYear { attrs.append("first_year=\(year)") }
    if let year = node.lastYear { attrs.append("last_year=\(year)") }
    if let community {
      attrs.append("community=\(community)")
      attrs.append("fillcolor=" + DOT.quote(CommunityPalette.color(for: community)))
    }
    return DOT.quote(String(node.id)) + " [" + attrs.joined(separator: ", ") + "];"
  }

  /// `[label=..., works=..., weight=..., ...]` for an edge.
  private static func edgeAttributes(_ edge: Network.Edge) -> String {
    var attrs = [
      "label=" + DOT.quote(String(edge.works)), "works=\(edge.works)",
      "weight=" + DOT.quote(NumberFormat.real(edge.weight)),
    ]
    if let year = edge.firstYear { attrs.append("first_year=\(year)") }
    if let year = edge.lastYear { attrs.append("last_year=\(year)") }
    attrs.append("penwidth=" + DOT.quote(NumberFormat.fixed2(penWidth(edge.weight))))
    return "[" + attrs.joined(separator: ", ") + "]"
  }
}
