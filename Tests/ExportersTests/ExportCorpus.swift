import Graph

/// A small hand-built coauthor network with hostile names, for goldens and consumer checks.
enum ExportCorpus {
  /// Six nodes: ASCII, diacritics, CJK with quotes and markup, a DOT keyword, right-to-left
  /// text with braces, backslash and a newline, and an emoji with an apostrophe and a BEL.
  static let nodes: [Network.Node] = [
    .init(id: 1, name: "Ada Lovelace", works: 3, firstYear: 1843, lastYear: 1852),
    .init(id: 2, name: "Paul Erdős", works: 5, firstYear: 1932, lastYear: 1996),
    .init(id: 3, name: "李 \"Bruce\" <&>", works: 2),
    .init(id: 4, name: "graph", works: 1, firstYear: 2001, lastYear: 2001),
    .init(id: 5, name: "محمد {x} \\ end\nline2", works: 1, firstYear: 2010),
    .init(id: 6, name: "🦀 O'Brien\u{7}", works: 1, lastYear: 2020),
  ]

  static let edges: [Network.Edge] = [
    .init(source: 1, target: 2, workIDs: [10, 11], weight: 2, firstYear: 1843, lastYear: 1850),
    .init(source: 1, target: 3, workIDs: [12], weight: 1),
    .init(source: 2, target: 3, workIDs: [11], weight: 1, firstYear: 1850, lastYear: 1850),
    .init(source: 3, target: 4, workIDs: [13, 14, 15], weight: 3),
    .init(source: 4, target: 5, workIDs: [16], weight: 0.5, firstYear: 2010, lastYear: 2010),
    .init(source: 5, target: 6, workIDs: [17], weight: 0.00001),
  ]

  /// The undirected coauthor network.
  static let network = Network(kind: .coauthor, isDirected: false, nodes: nodes, edges: edges)

  /// The same nodes and edges, directed.
  static let directed = Network(kind: .edgeList, isDirected: true, nodes: nodes, edges: edges)

  /// Communities 0 (nodes 1–3) and 1 (4–5); node 6 has none.
  static let communities: [Int64: Int] = [1: 0, 2: 0, 3: 0, 4: 1, 5: 1]

  /// PageRank-like scores, one per node (6 significant digits are kept).
  static let pagerank: [Int64: Double] = [
    1: 0.123456789, 2: 0.25, 3: 0.3, 4: 0.2, 5: 0.1, 6: 0.026543211,
  ]

  /// Community and pagerank annotations.
  static let annotated = NetworkAnnotations(
    community: communities, scores: ["pagerank": pagerank])

  /// Community annotations only.
  static let withCommunities = NetworkAnnotations(community: communities)
}
