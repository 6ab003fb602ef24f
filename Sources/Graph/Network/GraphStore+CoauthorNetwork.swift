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
      // Identities in id order; rows stepped through the C API (`BoundStatement`), not made
      // into GRDB rows: a million names and three million mentions at a million works.
      var identityIDs: [Int64] = []
      var identityNames: [String] = []
      try BoundStatement(db, sql: "SELECT id, display_name FROM identity ORDER BY id")
        .forEachRow { row in
          identityIDs.append(row.int64(0))
          identityNames.append(row.text(1))
        }
      var accumulator = CoauthorAccumulator(
        options: options, identities: NodePositions(ascending: identityIDs),
        count: identityIDs.count)
      let mentions = try BoundStatement(
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
      try mentions.forEachRow { row in
        let work = row.int64(0)
        if work != currentWork {
          accumulator.add(work: currentWork, year: currentYear, authors: authors)
          currentWork = work
          currentYear = row.optionalInt(2)
          authors.removeAll(keepingCapacity: true)
        }
        let author = row.int64(1)
        if authors.last != author { authors.append(author) }
      }
      accumulator.add(work: currentWork, year: currentYear, authors: authors)
      return accumulator.build(identityIDs: identityIDs, names: identityNames)
    }
  }
}

/// Collects nodes and weighted edges work by work.
///
/// The authors of works with pairs are kept in one flat list while works are added; `build`
/// then writes each coauthor pair of a work as one occurrence (the pair, the work's
/// position) into a list allocated once at its final size, sorts it in place and makes each
/// edge from its run, so no dictionary is hashed per pair (issue 8: the dictionary of edges
/// was most of the network build; the list grew by doubling and was sorted into a copy,
/// fresh memory that is slow to fault in on a virtual machine).
/// - Complexity: O(P log P) for P pair occurrences (Σ n(n-1)/2 over works), O(P) memory.
struct CoauthorAccumulator {
  let options: CoauthorOptions
  /// Positions of the store's identities: their works are counted in `identityWorks`.
  private let identities: NodePositions
  /// Works and first/last year of each identity, by position (count 0: not a node).
  private var identityWorks: [(count: Int, first: Int?, last: Int?)]
  /// The same for an author missing from `identities` (none in a consistent store).
  private var otherWorks: [Int64: (count: Int, first: Int?, last: Int?)] = [:]
  /// Works that made pairs, in the order added (ascending ids from the store's query), with
  /// where their authors start in `pairAuthors`.
  private var pairWorks: [(id: Int64, year: Int?, increment: Double, firstAuthor: Int)] = []
  /// The authors of the works in `pairWorks`, work after work, each work's ascending.
  private var pairAuthors: [Int64] = []
  /// Σ n(n-1)/2 over `pairWorks`: the occurrences `edges` will sort.
  private var pairCount = 0
  private(set) var worksUsed = 0
  private(set) var hyperAuthored = 0

  /// One coauthor pair of one work: ends (source < target) and the work's position in
  /// `pairWorks`.
  private struct PairOccurrence {
    var source: Int64
    var target: Int64
    var work: Int32
  }

  /// An accumulator for a store whose identities have `identities` positions (`count` of
  /// them); without, every author is counted in a dictionary and named by id.
  init(
    options: CoauthorOptions, identities: NodePositions = .init(ascending: []), count: Int = 0
  ) {
    self.options = options
    self.identities = identities
    identityWorks = Array(repeating: (0, nil, nil), count: count)
  }

  mutating func add(work: Int64, year: Int?, authors: [Int64]) {
    guard !authors.isEmpty else { return }
    if options.since != nil || options.until != nil {
      guard let year else { return }
      if let since = options.since, year < since { return }
      if let until = options.until, year > until { return }
    }
    worksUsed += 1
    for author in authors {
      if let position = identities[author] {
        Self.count(&identityWorks[position], year)
      } else {
        Self.count(&otherWorks[author, default: (0, nil, nil)], year)
      }
    }
    guard authors.count >= 2 else { return }
    guard authors.count <= options.maxAuthors else {
      hyperAuthored += 1
      return
    }
    let increment =
      options.counting == .full ? 1.0 : 1.0 / Double(authors.count - 1)
    pairWorks.append((work, year, increment, pairAuthors.count))
    pairAuthors.append(contentsOf: authors)
    pairCount += authors.count * (authors.count - 1) / 2
  }

  /// Every pair occurrence, sorted by (source, target, work).
  private func sortedOccurrences() -> [PairOccurrence] {
    var occurrences: [PairOccurrence] = []
    occurrences.reserveCapacity(pairCount)
    for (position, work) in pairWorks.enumerated() {
      let end =
        position + 1 < pairWorks.count ? pairWorks[position + 1].firstAuthor : pairAuthors.count
      for i in work.firstAuthor..<end {
        for j in (i + 1)..<end {
          // authors are sorted ascending
          occurrences.append(
            PairOccurrence(source: pairAuthors[i], target: pairAuthors[j], work: Int32(position)))
        }
      }
    }
    occurrences.sort { ($0.source, $0.target, $0.work) < ($1.source, $1.target, $1.work) }
    return occurrences
  }

  private static func count(_ entry: inout (count: Int, first: Int?, last: Int?), _ year: Int?) {
    entry.count += 1
    entry.first = YearRange.earlier(entry.first, year)
    entry.last = YearRange.later(entry.last, year)
  }

  /// The network: nodes are the authors of the works added, named from `names` (aligned
  /// with `identityIDs`, the ids `identities` was made from).
  func build(identityIDs: [Int64] = [], names: [String] = []) -> CoauthorBuild {
    var nodes: [Network.Node] = []
    for (position, info) in identityWorks.enumerated() where info.count > 0 {
      nodes.append(
        Network.Node(
          id: identityIDs[position], name: names[position], works: info.count,
          firstYear: info.first, lastYear: info.last))
    }
    for (id, info) in otherWorks {
      nodes.append(
        Network.Node(
          id: id, name: "#\(id)", works: info.count, firstYear: info.first, lastYear: info.last))
    }
    return CoauthorBuild(
      network: Network(kind: .coauthor, isDirected: false, nodes: nodes, edges: edges()),
      worksUsed: worksUsed, hyperAuthoredWorksSkipped: hyperAuthored)
  }

  /// The edges of weight ≥ `minWeight`, sorted by (source, target); each edge's works in
  /// ascending order, its weight summed in that order.
  private func edges() -> [Network.Edge] {
    let sorted = sortedOccurrences()
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
      var weight = 0.0
      var firstYear: Int?
      var lastYear: Int?
      for occurrence in sorted[start..<end] {
        let work = pairWorks[Int(occurrence.work)]
        weight += work.increment
        firstYear = YearRange.earlier(firstYear, work.year)
        lastYear = YearRange.later(lastYear, work.year)
      }
      if weight >= options.minWeight {
        if end - start == 1 {
          edges.append(
            Network.Edge(
              source: first.source, target: first.target, work: pairWorks[Int(first.work)].id,
              weight: weight, firstYear: firstYear, lastYear: lastYear))
        } else {
          edges.append(
            Network.Edge(
              source: first.source, target: first.target,
              workIDs: sorted[start..<end].map { pairWorks[Int($0.work)].id }, weight: weight,
              firstYear: firstYear, lastYear: lastYear))
        }
      }
      start = end
    }
    return edges
  }
}
