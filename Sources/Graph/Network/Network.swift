/// A network read from the store: nodes with stable store ids, edges with the works behind them.
///
/// This is a plain value: exporters and tests use it without igraph or SQLite. Nodes are
/// sorted by `id` and edges by `(source, target)`, so everything derived from it is
/// deterministic. For an undirected network every edge has `source < target`.
public struct Network: Sendable, Equatable {
  /// What the nodes are and how the edges were made.
  public enum Kind: String, Sendable, Equatable, CaseIterable {
    /// Undirected, nodes = author identities, edge = joint works.
    case coauthor
    /// A ready-made network read from an edge list (SNAP files).
    case edgeList = "edge-list"
    /// Directed, nodes = works, arc citing → cited (resolved references, or directed edge
    /// lists when the store has no resolved reference).
    case citation
    /// Undirected, nodes = works, weight = citing works that cite both.
    case cocitation
    /// Undirected, nodes = works, weight = works both cite (bibliographic coupling).
    case coupling
    /// Directed, nodes = author identities, weight = citations from A's works to B's works.
    case authorCitation = "author-citation"

    /// True when the nodes are author identities (names resolve through `resolveAuthor`).
    public var nodesAreIdentities: Bool { self == .coauthor || self == .authorCitation }
  }

  /// One vertex: an identity (coauthor) or a node id of an edge list.
  public struct Node: Sendable, Equatable {
    /// Store id (identity id for coauthor networks).
    public var id: Int64
    /// Display name.
    public var name: String
    /// Number of works of this node inside the network's filters.
    public var works: Int
    /// First year with a work, when known.
    public var firstYear: Int?
    /// Last year with a work, when known.
    public var lastYear: Int?

    /// Creates a node.
    public init(id: Int64, name: String, works: Int, firstYear: Int? = nil, lastYear: Int? = nil) {
      self.id = id
      self.name = name
      self.works = works
      self.firstYear = firstYear
      self.lastYear = lastYear
    }
  }

  /// One edge with the works that make it.
  ///
  /// Held in 48 bytes with no allocation of its own for a one-work edge (issue 8: 4,776,412
  /// of the 5,289,542 coauthor edges of a million generated works have one work; an edge was
  /// 64 bytes and an array): a lone work id is kept inline and the years as 32-bit numbers.
  /// Years beyond ±2,147,483,647 are clamped.
  public struct Edge: Sendable, Equatable {
    /// Node id of one end (the smaller one when undirected).
    public var source: Int64
    /// Node id of the other end.
    public var target: Int64
    /// The works when not exactly one (or the one is `notLone`); empty otherwise.
    private var listedWorks: [Int64]
    /// The only work, or `notLone`. One representation per list, so `==` compares lists.
    private var loneWork: Int64
    /// Edge weight: joint works under full counting.
    public var weight: Double
    private var firstYearStored: Int32
    private var lastYearStored: Int32

    /// Store ids of the works behind the edge, ascending. Reading it makes an array when the
    /// edge has one work; `works` counts without.
    public var workIDs: [Int64] {
      get { loneWork == Self.notLone ? listedWorks : [loneWork] }
      set { (loneWork, listedWorks) = Self.storage(of: newValue) }
      _modify {
        var list = workIDs
        listedWorks = []  // `list` is then the only reference: appends stay in place
        defer { (loneWork, listedWorks) = Self.storage(of: list) }
        yield &list
      }
    }

    /// First year of a joint work, when known.
    public var firstYear: Int? {
      get { Self.year(firstYearStored) }
      set { firstYearStored = Self.stored(newValue) }
    }

    /// Last year of a joint work, when known.
    public var lastYear: Int? {
      get { Self.year(lastYearStored) }
      set { lastYearStored = Self.stored(newValue) }
    }

    /// Number of joint works.
    public var works: Int { loneWork == Self.notLone ? listedWorks.count : 1 }

    /// Creates an edge.
    public init(
      source: Int64, target: Int64, workIDs: [Int64], weight: Double, firstYear: Int? = nil,
      lastYear: Int? = nil
    ) {
      self.source = source
      self.target = target
      (loneWork, listedWorks) = Self.storage(of: workIDs)
      self.weight = weight
      firstYearStored = Self.stored(firstYear)
      lastYearStored = Self.stored(lastYear)
    }

    /// An edge made by one work, with no array allocated (most coauthor edges).
    init(
      source: Int64, target: Int64, work: Int64, weight: Double, firstYear: Int?, lastYear: Int?
    ) {
      self.init(
        source: source, target: target, workIDs: [], weight: weight, firstYear: firstYear,
        lastYear: lastYear)
      (loneWork, listedWorks) = Self.storage(ofOne: work)
    }

    /// Marks `loneWork` unused; a list holding only this id is kept as a list.
    private static let notLone = Int64.min
    /// Marks an unknown year.
    private static let noYear = Int32.min

    private static func storage(of list: [Int64]) -> (lone: Int64, listed: [Int64]) {
      list.count == 1 ? storage(ofOne: list[0]) : (notLone, list)
    }

    private static func storage(ofOne work: Int64) -> (lone: Int64, listed: [Int64]) {
      work == notLone ? (notLone, [work]) : (work, [])
    }

    private static func stored(_ year: Int?) -> Int32 {
      guard let year else { return noYear }
      return Int32(clamping: max(year, Int(noYear) + 1))
    }

    private static func year(_ stored: Int32) -> Int? { stored == noYear ? nil : Int(stored) }
  }

  /// What kind of network this is.
  public let kind: Kind
  /// Whether edges have a direction.
  public let isDirected: Bool
  /// Nodes, sorted by id.
  public let nodes: [Node]
  /// Edges, sorted by `(source, target)`.
  public let edges: [Edge]
  /// Node id → position in `nodes`.
  private let positionByID: NodePositions

  /// Creates a network; sorts nodes and edges so equal inputs give equal values.
  ///
  /// - Precondition: every edge end is a node id (the builders guarantee it).
  public init(kind: Kind, isDirected: Bool, nodes: [Node], edges: [Edge]) {
    self.kind = kind
    self.isDirected = isDirected
    // Builders mostly hand them over sorted already: checking is one pass, sorting is not.
    self.nodes =
      Self.inOrder(nodes, by: { $0.id <= $1.id }) ? nodes : nodes.sorted { $0.id < $1.id }
    self.edges =
      Self.inOrder(edges, by: { ($0.source, $0.target) <= ($1.source, $1.target) })
      ? edges : edges.sorted { ($0.source, $0.target) < ($1.source, $1.target) }
    self.positionByID = NodePositions(ascending: self.nodes.map(\.id))
  }

  /// True when every element is `ordered` with its successor (sorting such a list, stably,
  /// would leave it as it is).
  private static func inOrder<T>(_ list: [T], by ordered: (T, T) -> Bool) -> Bool {
    var index = 1
    while index < list.count {
      guard ordered(list[index - 1], list[index]) else { return false }
      index += 1
    }
    return true
  }

  /// Position of the node with `id` in `nodes` (its igraph vertex index), or nil.
  public func position(of id: Int64) -> Int? { positionByID[id] }

  /// The node with `id`, or nil.
  public func node(_ id: Int64) -> Node? { positionByID[id].map { nodes[$0] } }

  /// Edges as `(source position, target position)` pairs, aligned with `edges`.
  public var indexedEdges: [(Int, Int)] {
    edges.map { edge in
      guard let s = positionByID[edge.source], let t = positionByID[edge.target] else {
        preconditionFailure("edge end \(edge.source)–\(edge.target) is not a node (builder bug)")
      }
      return (s, t)
    }
  }

  /// The subnetwork induced by `ids` (nodes kept in id order, edges among them).
  public func induced(by ids: Set<Int64>) -> Network {
    Network(
      kind: kind, isDirected: isDirected, nodes: nodes.filter { ids.contains($0.id) },
      edges: edges.filter { ids.contains($0.source) && ids.contains($0.target) })
  }

  /// Equality of content (kind, direction, nodes, edges).
  public static func == (lhs: Network, rhs: Network) -> Bool {
    lhs.kind == rhs.kind && lhs.isDirected == rhs.isDirected && lhs.nodes == rhs.nodes
      && lhs.edges == rhs.edges
  }
}

extension Network {
  /// Builds the igraph graph of this network (weights = edge weights), one igraph's `create`.
  package func makeIgraph(weighted: Bool = true) throws(GraphError) -> IgraphGraph {
    try IgraphGraph.make(
      vertexCount: nodes.count, edges: indexedEdges, weights: weighted ? edges.map(\.weight) : nil,
      directed: isDirected)
  }
}
