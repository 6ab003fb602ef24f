extension GraphStore {
  /// The network an analysis command runs on.
  ///
  /// `kind` nil picks automatically: the coauthor network when the store has author mentions,
  /// else the edge-list network when it has edge-list sources, else the (empty) coauthor one.
  /// Filters apply in this order: years (works; coauthor and citation networks) and
  /// `maxAuthors` (coauthor only), `minWeight` (edges), `minWorks` (identity nodes, with
  /// their edges), then `largestComponent`. The citation networks (citation, cocitation,
  /// coupling, author-citation) are described on `citationNetwork` and its siblings.
  /// - Throws: `.invalidParameter` for `minWorks < 1` or a negative `minWeight`.
  public func network(kind: Network.Kind?, coauthor options: CoauthorOptions = .init())
    throws(GraphError) -> CoauthorBuild
  {
    guard options.minWorks >= 1 else {
      throw .invalidParameter(name: "min-works", reason: "must be ≥ 1 (got \(options.minWorks))")
    }
    guard options.minWeight >= 0, !options.minWeight.isNaN else {
      throw .invalidParameter(
        name: "min-weight", reason: "must be ≥ 0 (got \(options.minWeight))")
    }
    let chosen: Network.Kind
    if let kind {
      chosen = kind
    } else if try counts().mentions > 0 {
      chosen = .coauthor
    } else {
      chosen = try hasEdgeList() ? .edgeList : .coauthor
    }
    if [.citation, .cocitation, .coupling, .authorCitation].contains(chosen),
      try !hasCitationData()
    {
      throw .invalidParameter(
        name: "--network \(chosen.rawValue)",
        reason: """
          the store holds no citation data yet: no stored reference resolves to a work in the \
          store and no edge list was ingested with --directed (ingest Web of Science, Scopus, \
          OpenAlex, Crossref or PubMed files, or a citation edge list with --directed)
          """)
    }
    var build: CoauthorBuild
    switch chosen {
    case .coauthor:
      build = try coauthorNetwork(options)
      build.network = build.network.keepingNodes(withAtLeast: options.minWorks)
    case .citation, .cocitation, .coupling, .authorCitation:
      let network: Network
      switch chosen {
      case .citation: network = try citationNetwork(options)
      case .cocitation: network = try cocitationNetwork(options)
      case .coupling: network = try couplingNetwork(options)
      default: network = try authorCitationNetwork(options).keepingNodes(withAtLeast: options.minWorks)
      }
      build = CoauthorBuild(
        network: network.keepingEdges(withAtLeast: options.minWeight), worksUsed: 0,
        hyperAuthoredWorksSkipped: 0)
    case .edgeList:
      let network = try edgeListNetwork()
      let kept =
        options.minWeight > 0 ? network.edges.filter { $0.weight >= options.minWeight } : network.edges
      build = CoauthorBuild(
        network: Network(
          kind: .edgeList, isDirected: network.isDirected, nodes: network.nodes, edges: kept),
        worksUsed: 0, hyperAuthoredWorksSkipped: 0)
    }
    if options.largestComponent { build.network = try build.network.largestComponent() }
    return build
  }

  /// True when a citation network can be built: a resolved reference or a directed edge list.
  func hasCitationData() throws(GraphError) -> Bool {
    if try hasResolvedReferences() { return true }
    return try read { db in
      try Bool.fetchOne(db, sql: "SELECT EXISTS (SELECT 1 FROM edge_list_source WHERE directed = 1)")
        ?? false
    }
  }
}
