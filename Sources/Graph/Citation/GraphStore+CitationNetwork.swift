internal import GRDB

extension GraphStore {
  /// The citation network: directed, arc citing → cited (issue 7).
  ///
  /// From resolved references when the store has any: nodes are all works inside the year
  /// filters (name = title), one arc per distinct (citing, cited) pair of works, both inside
  /// the filters; a reference resolved to its own work makes no arc. When the store has no
  /// resolved reference but its edge lists were all ingested `--directed`, those arcs are the
  /// citation network as given, self-loops included (nodes named by label; year filters do
  /// not apply). Otherwise the
  /// network has the works and no arcs. `minWeight` and `largestComponent` apply as for
  /// other networks (through `network(kind:coauthor:)`).
  /// - Complexity: one read of works and resolved references, O(W + R log R).
  /// With `referencesOnly`, edge lists are never used (node ids are then always work ids, as
  /// citation metrics per author need).
  public func citationNetwork(_ options: CoauthorOptions = .init(), referencesOnly: Bool = false)
    throws(GraphError) -> Network
  {
    let data = try citationArcs(options, referencesOnly: referencesOnly)
    return Network(
      kind: .citation, isDirected: true, nodes: data.nodes,
      edges: data.arcs.map {
        Network.Edge(
          source: $0.citing, target: $0.cited, workIDs: data.fromEdgeList ? [] : [$0.citing],
          weight: 1)
      })
  }

  /// The co-citation network: undirected, nodes as in `citationNetwork`; the weight of a
  /// pair is the number of citing works that cite both (Small 1973); `workIDs` lists them.
  public func cocitationNetwork(_ options: CoauthorOptions = .init()) throws(GraphError) -> Network {
    let data = try citationArcs(options)
    return Network(
      kind: .cocitation, isDirected: false, nodes: data.nodes, edges: data.cocitationEdges())
  }

  /// The bibliographic-coupling network: undirected, nodes as in `citationNetwork`; the
  /// weight of a pair is the number of works both cite (Kessler 1963), counted on resolved
  /// references by resolved work id (unresolved references never couple); `workIDs` lists
  /// the shared cited works.
  public func couplingNetwork(_ options: CoauthorOptions = .init()) throws(GraphError) -> Network {
    let data = try citationArcs(options)
    return Network(
      kind: .coupling, isDirected: false, nodes: data.nodes, edges: data.couplingEdges())
  }

  /// True when at least one stored reference is resolved to a work.
  public func hasResolvedReferences() throws(GraphError) -> Bool {
    try read { db in
      try Bool.fetchOne(
        db, sql: "SELECT EXISTS (SELECT 1 FROM reference WHERE resolved_work_id IS NOT NULL)")
        ?? false
    }
  }

  /// Nodes and arcs by the rule of `citationNetwork` (`referencesOnly`: never edge lists).
  func citationArcs(_ options: CoauthorOptions, referencesOnly: Bool = false)
    throws(GraphError) -> CitationArcs
  {
    if !referencesOnly, try !hasResolvedReferences() {
      let edgeList = try edgeListNetwork()
      if edgeList.isDirected, !edgeList.edges.isEmpty {
        return CitationArcs(
          nodes: edgeList.nodes,
          arcs: edgeList.edges.map { ($0.source, $0.target) },
          fromEdgeList: true)
      }
    }
    return try read { db in
      var nodes: [Network.Node] = []
      var kept = Set<Int64>()
      for row in try Row.fetchAll(db, sql: "SELECT id, title, year FROM work ORDER BY id") {
        let year: Int? = row[2]
        guard Self.inYears(year, options) else { continue }
        let id: Int64 = row[0]
        kept.insert(id)
        nodes.append(Network.Node(id: id, name: row[1], works: 1, firstYear: year, lastYear: year))
      }
      // Read in storage order (no index orders references by work: StoreSchema v9), then
      // sorted and made distinct here, as `ORDER BY work_id, resolved_work_id` would.
      var arcs: [(citing: Int64, cited: Int64)] = []
      let cursor = try Row.fetchCursor(
        db,
        sql: """
          SELECT work_id, resolved_work_id FROM reference
          WHERE resolved_work_id IS NOT NULL AND resolved_work_id <> work_id
          """)
      while let row = try cursor.next() {
        let citing: Int64 = row[0]
        let cited: Int64 = row[1]
        if kept.contains(citing), kept.contains(cited) { arcs.append((citing, cited)) }
      }
      return CitationArcs(nodes: nodes, arcs: Self.sortedDistinct(arcs), fromEdgeList: false)
    }
  }

  /// `arcs` in (citing, cited) order with repeats removed.
  /// - Complexity: O(a log a) for a arcs.
  static func sortedDistinct(_ arcs: [(citing: Int64, cited: Int64)])
    -> [(citing: Int64, cited: Int64)]
  {
    let sorted = arcs.sorted {
      $0.citing != $1.citing ? $0.citing < $1.citing : $0.cited < $1.cited
    }
    var distinct: [(citing: Int64, cited: Int64)] = []
    distinct.reserveCapacity(sorted.count)
    for arc in sorted where distinct.last.map({ $0 != arc }) ?? true { distinct.append(arc) }
    return distinct
  }

  /// True when `year` passes the year filters (no filter: always; a filter: needs a year).
  static func inYears(_ year: Int?, _ options: CoauthorOptions) -> Bool {
    guard options.since != nil || options.until != nil else { return true }
    guard let year else { return false }
    if let since = options.since, year < since { return false }
    if let until = options.until, year > until { return false }
    return true
  }
}
