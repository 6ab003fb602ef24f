extension GraphStore {
  /// The network an analysis command runs on.
  ///
  /// `kind` nil picks automatically: the coauthor network when the store has author mentions,
  /// else the edge-list network when it has edge-list sources, else the (empty) coauthor one.
  /// Coauthor filters apply to the coauthor network; `minWeight` applies to both.
  public func network(kind: Network.Kind?, coauthor options: CoauthorOptions = .init())
    throws(GraphError) -> CoauthorBuild
  {
    let chosen: Network.Kind
    if let kind {
      chosen = kind
    } else if try counts().mentions > 0 {
      chosen = .coauthor
    } else {
      chosen = try hasEdgeList() ? .edgeList : .coauthor
    }
    switch chosen {
    case .coauthor:
      return try coauthorNetwork(options)
    case .edgeList:
      let network = try edgeListNetwork()
      let kept =
        options.minWeight > 0 ? network.edges.filter { $0.weight >= options.minWeight } : network.edges
      return CoauthorBuild(
        network: Network(
          kind: .edgeList, isDirected: network.isDirected, nodes: network.nodes, edges: kept),
        worksUsed: 0, hyperAuthoredWorksSkipped: 0)
    }
  }
}
