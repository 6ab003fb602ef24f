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
          SELECT m.work_id, m.identity_id, w.year
          FROM mention m JOIN work w ON w.id = m.work_id
          WHERE m.is_group = 0
          ORDER BY m.work_id, m.identity_id
          """)
      // A person listed twice on one work (the work merged from two sources) counts once:
      // rows arrive sorted, so a repeat follows its first. Skipping it here instead of
      // `SELECT DISTINCT` spares SQLite a temporary B-tree of every mention (1M works:
      // 2.4 s against 5.0 s for the query).
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
        let author: Int64 = row[1]
        if authors.last != author { authors.append(author) }
      }
      accumulator.add(work: currentWork, year: currentYear, authors: authors)
      return accumulator.build(names: names)
    }
  }
}

/// Collects nodes and weighted edges work by work.
///
/// Each coauthor pair of a work is noted as one occurrence (the pair, the work's
/// position); `build` sorts them once and makes each edge from its run, so no dictionary is
/// hashed per pair (issue 8: the dictionary of edges was most of the network build).
/// - Complexity: O(P log P) for P pair occurrences (Σ n(n-1)/2 over works), O(P) memory.
struct CoauthorAccumulator {
  let options: CoauthorOptions
  private var nodeWorks: [Int64: (count: Int, first: Int?, last: Int?)] = [:]
  /// Works that made pairs, in the order added (ascending ids from the store's query).
  private var pairWorks: [(id: Int64, year: Int?, increment: Double)] = []
  private var occurrences: [PairOccurrence] = []
  private(set) var worksUsed = 0
  private(set) var hyperAuthored = 0

  /// One coauthor pair of one work: ends (source < target) and the work's position in
  /// `pairWorks`.
  private struct PairOccurrence {
    var source: Int64
    var target: Int64
    var work: Int32
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
    let position = Int32(pairWorks.count)
    pairWorks.append((work, year, increment))
    for i in 0..<authors.count {
      for j in (i + 1)..<authors.count {
        // authors are sorted ascending
        occurrences.append(PairOccurrence(source: authors[i], target: authors[j], work: position))
      }
    }
  }

  func build(names: [Int64: String]) -> CoauthorBuild {
    let nodes = nodeWorks.map { id, info in
      Network.Node(
        id: id, name: names[id] ?? "#\(id)", works: info.count, firstYear: info.first,
        lastYear: info.last)
    }
    return CoauthorBuild(
      network: Network(kind: .coauthor, isDirected: false, nodes: nodes, edges: edges()),
      worksUsed: worksUsed, hyperAuthoredWorksSkipped: hyperAuthored)
  }

  /// The edges of weight ≥ `minWeight`, sorted by (source, target); each edge's works in
  /// ascending order, its weight summed in that order.
  private func edges() -> [Network.Edge] {
    let sorted = occurrences.sorted {
      ($0.source, $0.target, $0.work) < ($1.source, $1.target, $1.work)
    }
    var edges: [Network.Edge] = []
    edges.reserveCapacity(sorted.count)
    var start = 0
    while start < sorted.count {
      let first = sorted[start]
      var end = start + 1
      while end < sorted.count, sorted[end].source == first.source,
        sorted[end].target == first.target
      {
        end += 1
      }
      var workIDs: [Int64] = []
      workIDs.reserveCapacity(end - start)
      var weight = 0.0
      var firstYear: Int?
      var lastYear: Int?
      for occurrence in sorted[start..<end] {
        let work = pairWorks[Int(occurrence.work)]
        workIDs.append(work.id)
        weight += work.increment
        firstYear = YearRange.earlier(firstYear, work.year)
        lastYear = YearRange.later(lastYear, work.year)
      }
      if weight >= options.minWeight {
        edges.append(
          Network.Edge(
            source: first.source, target: first.target, workIDs: workIDs, weight: weight,
            firstYear: firstYear, lastYear: lastYear))
      }
      start = end
    }
    return edges
  }
}
