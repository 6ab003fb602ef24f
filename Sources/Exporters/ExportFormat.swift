/// A file format the exporters write.
public enum ExportFormat: String, CaseIterable, Sendable {
  /// Graphviz DOT (`graph`/`digraph`), for `dot -Tsvg` and other Graphviz tools.
  case dot
  /// GraphML 1.0 with typed `<key>` declarations, for Gephi, networkx and igraph.
  case graphml
  /// GEXF 1.3 with `<attributes>` declarations and `viz:` colours and sizes, for Gephi.
  case gexf
  /// Pajek `.net` (`*Vertices`, `*Edges`/`*Arcs` with weights); communities go to a separate
  /// `.clu` partition (`NetworkExporter.pajekPartition`).
  case pajek
  /// VOSviewer's JSON network file (`network.items`, `network.links`).
  case vosviewerJSON = "vosviewer-json"
  /// RFC 4180 CSV: `render` gives the nodes table, `NetworkExporter.renderCSVEdges` the edges.
  case csv
  /// Node-link JSON as networkx's `node_link_graph` reads it (`nodes` and `edges` arrays).
  case json
}

/// Choices that change what a writer emits.
public struct ExportOptions: Sendable {
  /// DOT only: group the nodes of each community in a `subgraph "cluster_<k>"` (drawn as a
  /// box by Graphviz) in addition to colouring them. Ignored without community annotations.
  public var clusters: Bool = false

  /// GEXF only: the score (a key of `NetworkAnnotations.scores`) that sets `viz:size`; nil
  /// means the first score in name order, if there is any. A name that is not a score of the
  /// annotations writes no sizes.
  public var sizeBy: String? = nil

  /// Creates options; everything is off by default.
  public init(clusters: Bool = false, sizeBy: String? = nil) {
    self.clusters = clusters
    self.sizeBy = sizeBy
  }
}
