import Graph

/// Citation metrics within the corpus (PRODUCT.md §7, issue 7): citations received per work
/// and per author, the h-index per author, and PageRank on the citation network.
public struct CitationMetrics: Sendable, Equatable {
  /// One author's figures.
  public struct Author: Sendable, Equatable, Codable {
    /// Identity id.
    public var id: Int64
    /// Display name.
    public var name: String
    /// Works by this author in the citation network.
    public var works: Int
    /// Citations received by the author's works (arcs into them; an arc counts once per
    /// author of the cited work, full counting).
    public var citations: Int
    /// Hirsch's h-index over the author's works.
    public var hIndex: Int
    /// Sum of the citation PageRank of the author's works (the PageRank-index of
    /// Senanayake, Piraveenan & Zomaya 2015).
    public var pagerank: Double
  }

  /// Citations received per work (in-degree in the citation network), works with none
  /// included.
  public var citationsByWork: [Int64: Int]
  /// PageRank per work on the directed citation network (damping 0.85, igraph PRPACK).
  public var pagerankByWork: [Int64: Double]
  /// Per author, keyed by identity id.
  public var authors: [Int64: Author]

  /// Computes the metrics of `citation` (a directed network of works, e.g.
  /// `GraphStore.citationNetwork()`) for the authors in `authorships`.
  ///
  /// Only works that are nodes of `citation` count for an author. PageRank is unweighted.
  /// - Throws: `.invalidParameter` when `citation` is undirected; `.igraph` on failure.
  /// - Complexity: O(V + E) plus PageRank (O(E) per iteration) and O(W log W) for h-indices.
  public static func compute(citation: Network, authorships: Authorships) throws(GraphError)
    -> CitationMetrics
  {
    guard citation.isDirected else {
      throw .invalidParameter(name: "network", reason: "citation metrics need a directed network")
    }
    var citations = [Int64: Int](minimumCapacity: citation.nodes.count)
    for node in citation.nodes { citations[node.id] = 0 }
    for edge in citation.edges where edge.source != edge.target { citations[edge.target, default: 0] += 1 }
    let pagerank = try Centrality.compute(.pagerank, in: citation).values
    var byAuthor: [Int64: [Int64]] = [:]
    for (work, authors) in authorships.authors where citations[work] != nil {
      for author in authors { byAuthor[author, default: []].append(work) }
    }
    var authors: [Int64: Author] = [:]
    for (id, works) in byAuthor {
      let counts = works.map { citations[$0] ?? 0 }
      authors[id] = Author(
        id: id, name: authorships.names[id] ?? "#\(id)", works: works.count,
        citations: counts.reduce(0, +), hIndex: hIndex(counts),
        pagerank: works.reduce(0) { $0 + (pagerank[$1] ?? 0) })
    }
    return CitationMetrics(citationsByWork: citations, pagerankByWork: pagerank, authors: authors)
  }

  /// Hirsch's h-index: the largest h such that h of the counts are ≥ h each.
  ///
  /// Hirsch, J. E. (2005). *An index to quantify an individual's scientific research
  /// output.* PNAS 102(46):16569–16572. doi:10.1073/pnas.0507655102
  /// - Complexity: O(n log n).
  public static func hIndex(_ citationCounts: [Int]) -> Int {
    let sorted = citationCounts.sorted(by: >)
    var h = 0
    while h < sorted.count && sorted[h] >= h + 1 { h += 1 }
    return h
  }

  /// Authors ranked by `order`, ties by name then id.
  public func ranked(by order: AuthorOrder) -> [Author] {
    authors.values.sorted { a, b in
      let (x, y) = (order.key(a), order.key(b))
      if x != y { return x > y }
      return (a.name, a.id) < (b.name, b.id)
    }
  }
}

/// How `graph authors --by` ranks authors.
public enum AuthorOrder: String, CaseIterable, Sendable {
  /// Most works first.
  case works
  /// Most citations received within the corpus first.
  case citations
  /// Highest h-index first.
  case hIndex = "h-index"
  /// Highest summed citation PageRank first.
  case pagerank

  /// The ranking value of `author`.
  func key(_ author: CitationMetrics.Author) -> Double {
    switch self {
    case .works: Double(author.works)
    case .citations: Double(author.citations)
    case .hIndex: Double(author.hIndex)
    case .pagerank: author.pagerank
    }
  }
}
