internal import GRDB

// Questions about a few authors (`graph ego`, `path`, `author`) answered from indexed reads
// around them instead of building the whole coauthor network: an identity's works, then the
// authors of those works (the covering indexes of migration v6), batch by batch. Every answer
// is the corresponding part of `coauthorNetwork(options)`, built by the same rules, so the
// commands print the same bytes either way (LocalCoauthorQueryTests compares them).

/// One identity's ties in the coauthor network, read without building the network.
public struct CoauthorTies: Sendable, Equatable {
  /// The identity as a node: its works (and first/last year) inside the year filters.
  public var node: Network.Node
  /// Every edge of the node (the same edges as in the built network), sorted by
  /// `(source, target)`.
  public var edges: [Network.Edge]
  /// Display names of the node and of every coauthor on `edges`.
  public var names: [Int64: String]

  /// Creates ties.
  public init(node: Network.Node, edges: [Network.Edge], names: [Int64: String]) {
    self.node = node
    self.edges = edges
    self.names = names
  }
}

extension GraphStore {
  /// The options under which `coauthorNeighbourhood`, `coauthorPathNetwork` and
  /// `coauthorTies` answer exactly what the built network would, or nil when the whole
  /// network must be built.
  ///
  /// Local answers need the coauthor network (`kind` `.coauthor`, or nil on a store with
  /// author mentions, which `network(kind:coauthor:)` then picks) and per-work or per-edge
  /// rules only: counting, `maxAuthors`, the year filters and `minWeight` are local;
  /// `minWorks > 1` (a node filter) and `largestComponent` are not.
  public func localCoauthorOptions(kind: Network.Kind?, options: CoauthorOptions)
    throws(GraphError) -> CoauthorOptions?
  {
    guard kind == nil || kind == .coauthor else { return nil }
    do { try Self.requireLocal(options) } catch { return nil }
    if kind == nil {
      // What `network(kind: nil)` decides, without counting every mention.
      let hasMentions = try read { db in
        try Bool.fetchOne(db, sql: "SELECT EXISTS (SELECT 1 FROM mention)") ?? false
      }
      guard hasMentions else { return nil }
    }
    return options
  }

  /// Throws unless the local reads answer `options` exactly (see `localCoauthorOptions`).
  static func requireLocal(_ options: CoauthorOptions) throws(GraphError) {
    guard options.minWorks == 1, !options.largestComponent, options.maxAuthors >= 2,
      options.minWeight >= 0, !options.minWeight.isNaN
    else {
      throw .invalidParameter(
        name: "options",
        reason: "min-works above 1 and largest-component need the whole network (coauthorNetwork)")
    }
  }

  /// True when identity `id` is a node of the coauthor network built with `options`: it has
  /// a (non-group) mention on a work inside the year filters. One indexed query.
  public func isCoauthorNode(_ id: Int64, options: CoauthorOptions = .init()) throws(GraphError)
    -> Bool
  {
    try read { db in
      let filter = LocalCoauthorReader.yearClause(options)
      let join = filter.sql.isEmpty ? "" : " JOIN work w ON w.id = m.work_id"
      return try Bool.fetchOne(
        db,
        sql: """
          SELECT EXISTS (SELECT 1 FROM mention m\(join)
                         WHERE m.identity_id = ? AND m.is_group = 0\(filter.sql))
          """, arguments: StatementArguments([id] + filter.arguments)) ?? false
    }
  }

  /// The ties of identity `id` in the coauthor network built with `options`, read from the
  /// mentions of its own works; nil when it is not a node.
  ///
  /// Equal to the node and its edges in `coauthorNetwork(options)` (after `minWeight`).
  /// `years` as in `coauthorNeighbourhood`.
  /// - Throws: `.invalidParameter` for options `localCoauthorOptions` refuses.
  /// - Complexity: two indexed reads: the identity's mentions, then the mentions of its works.
  public func coauthorTies(
    of id: Int64, options: CoauthorOptions = .init(), years: Bool = true
  ) throws(GraphError) -> CoauthorTies? {
    try Self.requireLocal(options)
    return try read { db in
      var reader = LocalCoauthorReader(db: db, options: options, years: years)
      try reader.loadAuthors(ofWorksOf: [id])
      guard let node = reader.node(id) else { return nil }
      let edges = reader.edges(of: id).values.sorted {
        ($0.source, $0.target) < ($1.source, $1.target)
      }
      var ids = Set(edges.flatMap { [$0.source, $0.target] })
      ids.insert(id)
      let names = try reader.names(of: ids)
      var named = node
      named.name = names[id] ?? "#\(id)"
      return CoauthorTies(node: named, edges: edges, names: names)
    }
  }

  /// The coauthor network within `radius` hops of `center`, read breadth-first from the
  /// mentions (one batch of indexed queries per hop) instead of building the whole network.
  ///
  /// Equal to `coauthorNetwork(options).network.induced(by: ball)` where `ball` is every node
  /// within `radius` hops (edges lighter than `minWeight` do not count as hops): the same
  /// nodes (works, years), and every edge among them (works, weight, years), ties among the
  /// outermost nodes included. Nil when `center` is not a node. With `years` false (and no
  /// year filter) nodes and edges carry no first/last year, which saves a read per work.
  /// - Throws: `.invalidParameter` for a negative radius or options `localCoauthorOptions`
  ///   refuses.
  /// - Complexity: the mentions of the works of the nodes within `radius - 1` hops, plus the
  ///   works of the outermost nodes and the authors of the works two of them share.
  public func coauthorNeighbourhood(
    of center: Int64, radius: Int, options: CoauthorOptions = .init(), years: Bool = true
  ) throws(GraphError) -> Network? {
    try Self.requireLocal(options)
    guard radius >= 0 else {
      throw .invalidParameter(name: "radius", reason: "must be ≥ 0 (got \(radius))")
    }
    return try read { db in
      var reader = LocalCoauthorReader(db: db, options: options, years: years)
      try reader.loadWorks([center])
      guard reader.node(center) != nil else { return nil }
      var ball: Set<Int64> = [center]
      var layer: [Int64] = [center]
      for _ in 0..<radius {
        try reader.loadAuthors(ofWorksOf: layer)
        var next: [Int64] = []
        for u in layer {
          reader.forEachNeighbour(of: u) { v in
            if ball.insert(v).inserted { next.append(v) }
          }
        }
        if next.isEmpty { break }
        layer = next
      }
      // The outermost layer's own works give the ties among its members.
      return try reader.inducedNetwork(ball)
    }
  }

  /// The part of the coauthor network that holds every shortest path (fewest hops) between
  /// `from` and `to`, found by a breadth-first search from both ends, one batch of indexed
  /// queries per level, until the two frontiers share a work.
  ///
  /// Equal to `coauthorNetwork(options).network.induced(by: onPath)` where `onPath` is every
  /// node on some shortest `from`–`to` path (edges lighter than `minWeight` do not count):
  /// so every shortest path, and the works and weight of each hop, are those of the built
  /// network. When the two are not connected: the two nodes without edges. Nil when either
  /// is not a node. `years` as in `coauthorNeighbourhood`.
  /// - Throws: `.invalidParameter` for options `localCoauthorOptions` refuses.
  /// - Complexity: the mentions of the works of the nodes expanded on each side (the smaller
  ///   frontier is expanded), about the square root of a one-sided search.
  public func coauthorPathNetwork(
    from: Int64, to: Int64, options: CoauthorOptions = .init(), years: Bool = true
  ) throws(GraphError) -> Network? {
    try Self.requireLocal(options)
    return try read { db in
      var reader = LocalCoauthorReader(db: db, options: options, years: years)
      try reader.loadWorks([from, to])
      guard reader.node(from) != nil, reader.node(to) != nil else { return nil }
      guard from != to else { return try reader.inducedNetwork([from]) }
      guard let onPath = try reader.shortestPathNodes(from, to) else {
        return try reader.inducedNetwork([from, to])
      }
      return try reader.inducedNetwork(onPath)
    }
  }
}

/// Reads the coauthor network around chosen identities: the works of each identity, then
/// the authors of those works, in batches of indexed queries; edges are made from them with
/// the same rules as `CoauthorAccumulator` (works in ascending id order, so weights add up in
/// the same order and are bit-identical).
struct LocalCoauthorReader {
  let db: Database
  let options: CoauthorOptions
  /// Whether works' years are read (always with a year filter).
  let years: Bool
  /// Identity → its works inside the year filters (loaded identities only).
  private var worksOf = SortedLists()
  /// Work → year (when `years`).
  private var yearOf: [Int64: Int?] = [:]
  /// Work → its distinct (non-group) authors (loaded works only).
  private var authorsOf = SortedLists()

  init(db: Database, options: CoauthorOptions, years: Bool = true) {
    self.db = db
    self.options = options
    self.years = years || options.since != nil || options.until != nil
  }

  /// The year filters as an SQL suffix on `work w`, with its arguments.
  static func yearClause(_ options: CoauthorOptions) -> (sql: String, arguments: [Int64]) {
    var sql = ""
    var arguments: [Int64] = []
    if let since = options.since {
      sql += " AND w.year >= ?"
      arguments.append(Int64(since))
    }
    if let until = options.until {
      sql += " AND w.year <= ?"
      arguments.append(Int64(until))
    }
    return (sql, arguments)
  }

  // MARK: Reading

  /// The works of a loaded identity (inside the year filters), ascending.
  func works(of id: Int64) -> ArraySlice<Int64> { worksOf[id] ?? [] }

  /// Loads the works (inside the year filters) of those `ids` not loaded yet.
  mutating func loadWorks(_ ids: some Sequence<Int64>) throws {
    let missing = Self.sortedUnique(ids.filter { !worksOf.contains($0) })
    guard !missing.isEmpty else { return }
    let filter = Self.yearClause(options)
    let years = years
    let query = try IdListQuery(db, trailing: filter.arguments) { list in
      years
        ? """
        SELECT m.identity_id, m.work_id, w.year FROM mention m JOIN work w ON w.id = m.work_id
        WHERE m.identity_id IN (\(list)) AND m.is_group = 0\(filter.sql)
        """
        : "SELECT identity_id, work_id FROM mention WHERE identity_id IN (\(list)) AND is_group = 0"
    }
    try query.forEachRow(missing) { row in
      let work = row.int64(1)
      worksOf.append(work, to: row.int64(0))
      if years && yearOf[work] == nil { yearOf[work] = .some(row.optionalInt(2)) }
    } done: { chunk in
      worksOf.close(Array(chunk))
    }
  }

  /// Loads the distinct authors of those `works` not loaded yet.
  mutating func loadAuthors(_ works: some Sequence<Int64>) throws {
    let missing = Self.sortedUnique(works.filter { !authorsOf.contains($0) })
    guard !missing.isEmpty else { return }
    let query = try IdListQuery(db) { list in
      "SELECT work_id, identity_id FROM mention WHERE work_id IN (\(list)) AND is_group = 0"
    }
    try query.forEachRow(missing) { row in
      authorsOf.append(row.int64(1), to: row.int64(0))
    } done: { chunk in
      authorsOf.close(Array(chunk))
    }
  }

  /// Loads the works of `ids` and the authors of all those works: afterwards every edge of
  /// each of `ids` is known.
  mutating func loadAuthors(ofWorksOf ids: [Int64]) throws {
    try loadWorks(ids)
    var all: [Int64] = []
    for id in ids { all.append(contentsOf: works(of: id)) }
    try loadAuthors(all)
  }

  // MARK: Edges

  /// The node of a loaded identity (name left empty), nil when it has no work inside the
  /// filters.
  func node(_ id: Int64) -> Network.Node? {
    let works = works(of: id)
    guard !works.isEmpty else { return nil }
    var first: Int?
    var last: Int?
    for work in works {
      guard let year = yearOf[work] ?? nil else { continue }
      first = first.map { min($0, year) } ?? year
      last = last.map { max($0, year) } ?? year
    }
    return Network.Node(id: id, name: "", works: works.count, firstYear: first, lastYear: last)
  }

  /// The authors of `work` when it makes edges (2...maxAuthors authors), with the weight
  /// each of its pairs gets; nil when it makes none or its authors are not loaded.
  func coauthors(_ work: Int64) -> (authors: ArraySlice<Int64>, increment: Double)? {
    guard let authors = authorsOf[work], authors.count >= 2, authors.count <= options.maxAuthors
    else { return nil }
    return (authors, options.counting == .full ? 1 : 1 / Double(authors.count - 1))
  }

  /// The edges from `id` to the identities `keep` accepts (all by default), after
  /// `minWeight`; needs the authors of `id`'s works that two kept identities share loaded.
  func edges(of id: Int64, to keep: (Int64) -> Bool = { _ in true }) -> [Int64: Network.Edge] {
    var slot: [Int64: Int] = [:]
    var list: [Network.Edge] = []
    for work in works(of: id) {
      guard let (authors, increment) = coauthors(work) else { continue }
      let year = yearOf[work] ?? nil
      for other in authors where other != id && keep(other) {
        if let k = slot[other] {
          list[k].workIDs.append(work)  // in place: the list holds the only reference
          list[k].weight += increment
          list[k].firstYear = YearRange.earlier(list[k].firstYear, year)
          list[k].lastYear = YearRange.later(list[k].lastYear, year)
        } else {
          slot[other] = list.count
          list.append(
            Network.Edge(
              source: min(id, other), target: max(id, other), workIDs: [work],
              weight: increment, firstYear: year, lastYear: year))
        }
      }
    }
    var edges: [Int64: Network.Edge] = [:]
    edges.reserveCapacity(list.count)
    for edge in list where edge.weight >= options.minWeight {
      edges[edge.source == id ? edge.target : edge.source] = edge
    }
    return edges
  }

  /// Calls `visit` with each neighbour of `id` (its works' authors loaded), possibly more
  /// than once when they share several works. Only ids, unless `minWeight` needs weights.
  func forEachNeighbour(of id: Int64, _ visit: (Int64) -> Void) {
    if options.minWeight > 0 {
      for other in edges(of: id).keys { visit(other) }
      return
    }
    for work in works(of: id) {
      guard let (authors, _) = coauthors(work) else { continue }
      for other in authors where other != id { visit(other) }
    }
  }

  // MARK: Searches

  /// Breadth-first search from both ends; returns every node on a shortest path, or nil
  /// when a search exhausts its component first.
  ///
  /// Each round takes the smaller frontier and either expands it one level (reads the
  /// authors of all its works) or, when reading the other frontier's works costs fewer
  /// index seeks than that, first checks whether the two frontiers share a work (the last
  /// level of a search is its largest, and this check replaces it).
  ///
  /// Invariant: the two balls searched so far (depths a and b) are disjoint and so the
  /// distance is more than a + b. Frontiers that share a work give distance a + b + 1; so
  /// does a level a + 1 that reaches the other ball (every node it reaches there is at depth
  /// b). The nodes on shortest paths are then the meeting nodes with their predecessors,
  /// level by level, back to each end.
  mutating func shortestPathNodes(_ from: Int64, _ to: Int64) throws -> Set<Int64>? {
    var searches = [BreadthFirst(from), BreadthFirst(to)]
    while !searches[0].frontier.isEmpty && !searches[1].frontier.isEmpty {
      var side = searches[0].frontier.count <= searches[1].frontier.count ? 0 : 1
      try loadWorks(searches[side].frontier)
      var expansionSeeks = 0
      for id in searches[side].frontier {
        for work in works(of: id) where !authorsOf.contains(work) { expansionSeeks += 1 }
      }
      let checkSeeks = searches[1 - side].frontier.reduce(0) { $0 + (worksOf.contains($1) ? 0 : 1) }
      if checkSeeks < expansionSeeks {
        try loadWorks(searches[1 - side].frontier)
        let pairs = try adjacentPairs(searches[0].frontier, searches[1].frontier)
        if !pairs.isEmpty {
          var onPath = Set<Int64>()
          searches[0].collect(Set(pairs.map(\.0)), into: &onPath)
          searches[1].collect(Set(pairs.map(\.1)), into: &onPath)
          return onPath
        }
        let works = searches.map { $0.frontier.reduce(0) { $0 + self.works(of: $1).count } }
        side = works[0] <= works[1] ? 0 : 1
      }
      try loadAuthors(ofWorksOf: searches[side].frontier)
      searches[side].advance { id, visit in forEachNeighbour(of: id, visit) }
      let other = searches[1 - side]
      let meeting = Set(searches[side].frontier.filter { other.depth[$0] != nil })
      if !meeting.isEmpty {
        var onPath = Set<Int64>()
        searches[0].collect(meeting, into: &onPath)
        searches[1].collect(meeting, into: &onPath)
        return onPath
      }
    }
    return nil
  }

  /// The pairs (a, b), a in `left`, b in `right`, joined by an edge (works of both loaded):
  /// only the works they share need their authors.
  mutating func adjacentPairs(_ left: [Int64], _ right: [Int64]) throws -> [(Int64, Int64)] {
    var rightWorks = Set<Int64>()
    for b in right { rightWorks.formUnion(works(of: b)) }
    var shared: [Int64] = []
    for a in left {
      for work in works(of: a) where rightWorks.contains(work) { shared.append(work) }
    }
    guard !shared.isEmpty else { return [] }
    try loadAuthors(shared)
    // Candidates: the authors of the shared works on each side; exact edges decide.
    let rightSet = Set(right)
    var candidates: [Int64: Set<Int64>] = [:]
    for a in left {
      for work in works(of: a) where rightWorks.contains(work) {
        for b in authorsOf[work] ?? [] where rightSet.contains(b) {
          candidates[a, default: []].insert(b)
        }
      }
    }
    var pairs: [(Int64, Int64)] = []
    for (a, ends) in candidates {
      for b in edges(of: a, to: { ends.contains($0) }).keys { pairs.append((a, b)) }
    }
    return pairs
  }

  /// One side of the two-ended search: the levels reached and, level by level, each new
  /// node with each of its neighbours one level closer to the start.
  struct BreadthFirst {
    var depth: [Int64: Int]
    var frontier: [Int64]
    /// `links[k]`: (node at depth k + 1, neighbour at depth k) pairs.
    var links: [[(node: Int64, previous: Int64)]] = []

    init(_ start: Int64) {
      depth = [start: 0]
      frontier = [start]
    }

    /// Expands the frontier one level; `neighbours(u, visit)` visits u's neighbours.
    mutating func advance(_ neighbours: (Int64, (Int64) -> Void) -> Void) {
      let level = links.count
      var next: [Int64] = []
      var pairs: [(node: Int64, previous: Int64)] = []
      for u in frontier {
        neighbours(u) { v in
          if let d = depth[v] {
            if d == level + 1, pairs.last.map({ $0 != (v, u) }) ?? true { pairs.append((v, u)) }
          } else {
            depth[v] = level + 1
            next.append(v)
            pairs.append((v, u))
          }
        }
      }
      links.append(pairs)
      frontier = next
    }

    /// Adds `ends` (frontier nodes) and every node on a shortest path from the start to
    /// one of them.
    func collect(_ ends: Set<Int64>, into nodes: inout Set<Int64>) {
      var layer = ends
      for pairs in links.reversed() {
        nodes.formUnion(layer)
        var previous = Set<Int64>()
        for pair in pairs where layer.contains(pair.node) { previous.insert(pair.previous) }
        layer = previous
      }
      nodes.formUnion(layer)
    }
  }

  // MARK: Results

  /// The subnetwork induced by `ids`, with names.
  ///
  /// An edge between two of `ids` is made of works both have, so only works that two of
  /// `ids` share need their authors (for the author count that decides `maxAuthors` and the
  /// fractional weight); the works of each identity are read, other author lists are not.
  mutating func inducedNetwork(_ ids: Set<Int64>) throws -> Network {
    let members = ids.sorted()
    try loadWorks(members)
    var seen = Set<Int64>()
    var shared: [Int64] = []
    for id in members {
      for work in works(of: id) where !seen.insert(work).inserted { shared.append(work) }
    }
    try loadAuthors(shared)
    let names = try names(of: ids)
    var nodes: [Network.Node] = []
    var edges: [Network.Edge] = []
    var pairs: [(other: Int64, work: Int64)] = []
    for id in members {
      guard var node = node(id) else { continue }
      node.name = names[id] ?? "#\(id)"
      nodes.append(node)
      // The (larger member, work) pairs of this member's works, grouped by member with the
      // works ascending, the order in which the accumulator adds them.
      pairs.removeAll(keepingCapacity: true)
      for work in works(of: id) {
        guard let (authors, _) = coauthors(work) else { continue }
        for other in authors where other > id && ids.contains(other) {
          pairs.append((other, work))
        }
      }
      pairs.sort { ($0.other, $0.work) < ($1.other, $1.work) }
      var k = 0
      while k < pairs.count {
        let other = pairs[k].other
        var edge = Network.Edge(source: id, target: other, workIDs: [], weight: 0)
        var first = true
        while k < pairs.count && pairs[k].other == other {
          let work = pairs[k].work
          let increment = coauthors(work)!.increment
          let year = yearOf[work] ?? nil
          edge.workIDs.append(work)
          if first {
            edge.weight = increment
            edge.firstYear = year
            edge.lastYear = year
            first = false
          } else {
            edge.weight += increment
            edge.firstYear = YearRange.earlier(edge.firstYear, year)
            edge.lastYear = YearRange.later(edge.lastYear, year)
          }
          k += 1
        }
        if edge.weight >= options.minWeight { edges.append(edge) }
      }
    }
    // Edges are in (source, target) order already: the network's own sort has nothing to do.
    return Network(kind: .coauthor, isDirected: false, nodes: nodes, edges: edges)
  }

  /// Display names of `ids`.
  func names(of ids: Set<Int64>) throws -> [Int64: String] {
    var names: [Int64: String] = [:]
    names.reserveCapacity(ids.count)
    let query = try IdListQuery(db) { list in
      "SELECT id, display_name FROM identity WHERE id IN (\(list))"
    }
    try query.forEachRow(ids.sorted()) { row in names[row.int64(0)] = row.text(1) }
    return names
  }

  static func sortedUnique(_ values: [Int64]) -> [Int64] {
    var result: [Int64] = []
    result.reserveCapacity(values.count)
    for value in values.sorted() where result.last != value { result.append(value) }
    return result
  }
}

/// Sorted, duplicate-free lists of ids by key (an identity's works, a work's authors) in one
/// buffer: no array per key. Rows are appended key by key as the index returns them; `close`
/// then sorts any list that did not arrive in order and gives keys without rows an empty list.
struct SortedLists {
  private var values: [Int64] = []
  private var ranges: [Int64: Range<Int>] = [:]
  /// The key whose run is at the end of `values`, and where that run starts.
  private var open: (key: Int64, start: Int)?

  func contains(_ key: Int64) -> Bool { ranges[key] != nil }

  subscript(key: Int64) -> ArraySlice<Int64>? { ranges[key].map { values[$0] } }

  /// Appends `value` to `key`'s list.
  mutating func append(_ value: Int64, to key: Int64) {
    if open?.key != key {
      finishOpenRun()
      open = (key, values.count)
    }
    values.append(value)
  }

  /// Ends a load: `keys` without rows get an empty list.
  mutating func close(_ keys: [Int64]) {
    finishOpenRun()
    for key in keys where ranges[key] == nil { ranges[key] = values.count..<values.count }
  }

  /// Sorts and deduplicates the last run, merging it with an earlier run of the same key.
  private mutating func finishOpenRun() {
    guard let (key, start) = open else { return }
    open = nil
    // The usual case: the index gave the run in order, with repeats (an author listed twice
    // in one work) next to each other; drop those in place.
    var end = start + 1
    var ordered = true
    for i in (start + 1)..<values.count {
      if values[i] == values[end - 1] { continue }
      if values[i] < values[end - 1] {
        ordered = false
        break
      }
      values[end] = values[i]
      end += 1
    }
    if ordered && ranges[key] == nil {
      values.removeSubrange(end...)
      ranges[key] = start..<end
      return
    }
    var run = Array(values[start...])
    values.removeSubrange(start...)
    if let earlier = ranges[key] { run += values[earlier] }
    run = LocalCoauthorReader.sortedUnique(run)
    ranges[key] = values.count..<(values.count + run.count)
    values.append(contentsOf: run)
  }
}
