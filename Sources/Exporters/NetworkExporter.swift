import Graph

/// The single entry point the CLI uses: renders a network in one of the `ExportFormat`s.
public enum NetworkExporter {
  /// Renders `network` with its `annotations` in `format`.
  ///
  /// The result is deterministic (same input, byte-identical output), uses `\n` line endings
  /// and ends with a newline. See `DOTWriter`, `GraphMLWriter`, `GEXFWriter`, `PajekWriter`,
  /// `VOSviewerWriter`, `CSVWriter` and `NodeLinkJSONWriter` for the format details. Two
  /// formats have a second file: `.csv` gives the nodes table here (edges:
  /// `renderCSVEdges`), and `.pajek` gives the network here (communities: `pajekPartition`).
  public static func render(
    _ network: Network, annotations: NetworkAnnotations = .none, format: ExportFormat,
    options: ExportOptions = .init()
  ) -> String {
    switch format {
    case .dot: DOTWriter.render(network, annotations: annotations, options: options)
    case .graphml: GraphMLWriter.render(network, annotations: annotations)
    case .gexf: GEXFWriter.render(network, annotations: annotations, options: options)
    case .pajek: PajekWriter.render(network)
    case .vosviewerJSON: VOSviewerWriter.render(network, annotations: annotations)
    case .csv: CSVWriter.renderNodes(network, annotations: annotations)
    case .json: NodeLinkJSONWriter.render(network, annotations: annotations)
    }
  }

  /// The edges table that goes with `render(_:annotations:format: .csv)` (see `CSVWriter`).
  public static func renderCSVEdges(_ network: Network) -> String {
    CSVWriter.renderEdges(network)
  }

  /// The Pajek `.clu` partition that goes with `render(_:format: .pajek)`: one line per
  /// vertex, community label + 1 or 0 for none (see `PajekWriter`). Meaningful only when
  /// `annotations` has communities.
  public static func pajekPartition(_ network: Network, annotations: NetworkAnnotations)
    -> String
  {
    PajekWriter.partition(network, annotations: annotations)
  }

  /// Strength (weighted degree) of every node: the sum of the weights of its edges, both
  /// directions counted for a directed network; 0 for an isolated node. O(nodes + edges).
  public static func strength(in network: Network) -> [Int64: Double] {
    var strength = Dictionary(uniqueKeysWithValues: network.nodes.map { ($0.id, 0.0) })
    for edge in network.edges {
      strength[edge.source, default: 0] += edge.weight
      strength[edge.target, default: 0] += edge.weight
    }
    return strength
  }

  /// The subnetwork induced by the `count` nodes of highest strength (ties: smaller id
  /// first; NaN strength counts as lowest). The whole network when `count` ≥ its size; an
  /// empty one when `count` ≤ 0. O(n log n + edges).
  public static func strongest(_ count: Int, in network: Network) -> Network {
    guard count < network.nodes.count else { return network }
    let strength = self.strength(in: network)
    let ranked = network.nodes.map(\.id).sorted { a, b in
      let sa = strength[a] ?? 0
      let sb = strength[b] ?? 0
      let ka = sa.isNaN ? -Double.infinity : sa
      let kb = sb.isNaN ? -Double.infinity : sb
      return ka != kb ? ka > kb : a < b
    }
    return network.induced(by: Set(ranked.prefix(max(0, count))))
  }
}
