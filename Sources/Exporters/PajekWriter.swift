import Graph

/// Writes Pajek `.net` networks and `.clu` partitions.
///
/// Network layout:
///
///     *Vertices 3
///     1 "Ada Lovelace"
///     2 "Paul Erdős"
///     3 "graph"
///     *Edges
///     1 2 2
///     2 3 0.5
///
/// Pajek numbers vertices 1…n: vertex `i` is the `i`-th node in store-id order (the store ids
/// themselves are not in the file; CSV and JSON carry them). Labels go through
/// `PajekText.quote` (line breaks become spaces). `*Arcs` instead of `*Edges` when the network
/// is directed. Each edge line is `source target weight`, weight in `%.6g`; other attributes
/// (works, years, scores) have no place in the format.
///
/// A partition (`.clu`) is `*Vertices n` and then one integer per vertex in the same order:
/// community label + 1, or 0 for a node without a community.
public enum PajekWriter {
  /// Renders `network` as a Pajek `.net` file; deterministic, `\n` line endings, trailing
  /// newline.
  public static func render(_ network: Network) -> String {
    var out = "*Vertices \(network.nodes.count)\n"
    for (i, node) in network.nodes.enumerated() {
      out += "\(i + 1) \(PajekText.quote(node.name))\n"
    }
    out += network.isDirected ? "*Arcs\n" : "*Edges\n"
    for ((s, t), edge) in zip(network.indexedEdges, network.edges) {
      out += "\(s + 1) \(t + 1) \(NumberFormat.real(edge.weight))\n"
    }
    return out
  }

  /// Renders the communities of `annotations` as a Pajek `.clu` partition of `network`'s
  /// vertices (label + 1, 0 for none), in the `.net` vertex order.
  public static func partition(_ network: Network, annotations: NetworkAnnotations) -> String {
    var out = "*Vertices \(network.nodes.count)\n"
    for node in network.nodes {
      out += "\(annotations.community[node.id].map { $0 + 1 } ?? 0)\n"
    }
    return out
  }
}
