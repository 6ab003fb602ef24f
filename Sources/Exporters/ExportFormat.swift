/// A file format the exporters write.
public enum ExportFormat: String, CaseIterable, Sendable {
  /// Graphviz DOT (`graph`/`digraph`), for `dot -Tsvg` and other Graphviz tools.
  case dot
  /// GraphML 1.0 with typed `<key>` declarations, for Gephi, networkx and igraph.
  case graphml
}

/// Choices that change what a writer emits.
public struct ExportOptions: Sendable {
  /// DOT only: group the nodes of each community in a `subgraph "cluster_<k>"` (drawn as a
  /// box by Graphviz) in addition to colouring them. Ignored without community annotations.
  public var clusters: Bool = false

  /// Creates options; everything is off by default.
  public init(clusters: Bool = false) {
    self.clusters = clusters
  }
}
