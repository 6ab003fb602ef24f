internal import GRDB

extension GraphStore {
  /// Builds the coauthor network in one ordered read of all mentions (no per-edge queries).
  ///
  /// Nodes are identities with at least one work inside the year filters; an edge joins two
  /// identities with a joint work, carrying the works, the weight and the first/last year.
  /// - Complexity: O(M log M + Σ n²) for M mentions and works of n authors (n ≤ maxAuthors).
  public func coauthorNetwork(_ options: CoauthorOptions = .init()) throws(GraphError)
    -> CoauthorBuild
  {
    guard options.maxAuthors >= 2 else {
      throw .invalidParameter(
        name: "max-authors", reason: "must be ≥ 2 (got \(options.maxAuthors))")
    }
    return try read { db in
      var names: [Int64: String] = [:]
      for row in try Row.fetchAll(db, sql: "SELECT id, display_name FROM identity") {
        names[row[0]] = row[1]
      }
      var accumulator = CoauthorAccumulator(options: options)
      let cursor = try Row.fetchCursor(
        db,
        sql: """
          SELECT DISTINCT m.work_id, m.identity_id, w.year
          FROM mention m JOIN work w ON w.id = m.work_id
          WHERE m.is_group = 0
          ORDER BY m.work_id, m.identity_id
          """)
      var currentWork: Int64 = -1
      var currentYear: Int?
      var authors: [Int64] = []
      while let row = try cursor.next() {
        let work: Int64 = row[0]
        if work != currentWork {
          accumulator.add(work: currentWork, year: currentYear, authors: authors)
          currentWork = work
          currentYear = row[2]
          authors.removeAll(keepingCapacity: true)
        }
        authors.append(row[1])
      }
      accumulator.add(work: currentWork, year: currentYear, authors: authors)
      return accumulator.build(names: names)
    }
  }
}

/// Collects nodes and weighted edges work by work.
struct CoauthorAccumulator {
  let options: CoauthorOptions
  private var nodeWorks: [Int64: (count: Int, first: Int?, last: Int?)] = [:]
  private var edges: [PairKey: Network.Edge] = [:]
  private(set) var worksUsed = 0
  private(set) var hyperAuthored = 0

  struct PairKey: Hashable {
    var a: Int64
    var b: Int64
  }

  init(options: CoauthorOptions) { self.options = options }

  mutating func add(work: Int64, year: Int?, authors: [Int64]) {
    guard !authors.isEmpty else { return }
    if options.since != nil || options.until != nil {
      guard let year else { return }
      if let since = options.since, year < since { return }
      if let until = options.until, year > until { return }
    }
    worksUsed += 1
    for author in authors {
      var entry = nodeWorks[author] ?? (0, nil, nil)
      entry.count += 1
      entry.first = YearRange.earlier(entry.first, year)
      entry.last = YearRange.later(entry.last, year)
      nodeWorks[author] = entry
    }
    guard authors.count >= 2 else { return }
    guard authors.count <= options.maxAuthors else {
      hyperAuthored += 1
      return
    }
    let increment =
      options.counting == .full ? 1.0 : 1.0 / Double(authors.count - 1)
    for i in 0..<authors.count {
      for j in (i + 1)..<authors.count {
        let key = PairKey(a: authors[i], b: authors[j])  // authors are sorted ascending
        if let index = edges.index(forKey: key) {
          // Mutated in place: copying the edge out would copy its work list on append.
          edges.values[index].workIDs.append(work)
          edges.values[index].weight += increment
          edges.values[index].firstYear = YearRange.earlier(edges.values[index].firstYear, year)
          edges.values[index].lastYear = YearRange.later(edges.values[index].lastYear, year)
        } else {
          edges[key] = Network.Edge(
            source: key.a, target: key.b, workIDs: [work], weight: increment, firstYear: year,
            lastYear: year)
        }
      }
    }
  }

  func build(names: [Int64: String]) -> CoauthorBuild {
    let nodes = nodeWorks.map { id, info in
      Network.Node(
        id: id, name: names[id] ?? "#\(id)", works: info.count, firstYear: info.first,
        lastYear: info.last)
    }
    let kept = edges.values.filter { $0.weight >= options.minWeight }
    return CoauthorBuild(
      network: Network(kind: .coauthor, isDirected: false, nodes: nodes, edges: Array(kept)),
      worksUsed: worksUsed, hyperAuthoredWorksSkipped: hyperAuthored)
  }
}
