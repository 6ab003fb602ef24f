internal import GRDB

extension GraphStore {
  /// The author-citation network: directed, nodes = author identities (issue 7).
  ///
  /// For every arc w₁ → w₂ of the reference-based citation network (distinct pairs of works
  /// inside the year filters), each author A of w₁ and B of w₂ get a unit on A → B under
  /// `--counting full`, or 1/(|authors(w₁)| · |authors(w₂)|) under `fractional`. Authors
  /// citing their own works make self-loops. Group authors are left out, as in the coauthor
  /// network. Nodes are the identities with a work inside the filters (`works` counts them);
  /// `workIDs` lists the citing works behind an edge. Edge lists play no part.
  /// - Complexity: O(W + M + Σ |A₁|·|A₂|) over arcs.
  public func authorCitationNetwork(_ options: CoauthorOptions = .init()) throws(GraphError)
    -> Network
  {
    let data = try citationArcs(
      CoauthorOptions(since: options.since, until: options.until), referencesOnly: true)
    let corpus = try authorships()
    let kept = Set(data.nodes.map(\.id))
    var works: [Int64: Int] = [:]
    for (work, authors) in corpus.authors where kept.contains(work) {
      for author in authors { works[author, default: 0] += 1 }
    }
    var edges: [CitationArcs.Pair: (weight: Double, via: [Int64])] = [:]
    for arc in data.arcs {
      guard let citing = corpus.authors[arc.citing], let cited = corpus.authors[arc.cited] else {
        continue
      }
      let unit =
        options.counting == .full ? 1.0 : 1.0 / (Double(citing.count) * Double(cited.count))
      for a in citing {
        for b in cited {
          let key = CitationArcs.Pair(a: a, b: b)
          var entry = edges[key] ?? (0, [])
          entry.weight += unit
          if entry.via.last != arc.citing { entry.via.append(arc.citing) }
          edges[key] = entry
        }
      }
    }
    let nodes = works.map { id, count in
      Network.Node(id: id, name: corpus.names[id] ?? "#\(id)", works: count)
    }
    return Network(
      kind: .authorCitation, isDirected: true, nodes: nodes,
      edges: edges.map { key, entry in
        Network.Edge(source: key.a, target: key.b, workIDs: entry.via, weight: entry.weight)
      })
  }

  /// Every work's distinct non-group authors (identity ids, ascending) and every identity's
  /// display name.
  public func authorships() throws(GraphError) -> Authorships {
    try read { db in
      var names: [Int64: String] = [:]
      for row in try Row.fetchAll(db, sql: "SELECT id, display_name FROM identity") {
        names[row[0]] = row[1]
      }
      var authors: [Int64: [Int64]] = [:]
      let cursor = try Row.fetchCursor(
        db,
        sql: """
          SELECT DISTINCT work_id, identity_id FROM mention WHERE is_group = 0
          ORDER BY work_id, identity_id
          """)
      while let row = try cursor.next() { authors[row[0], default: []].append(row[1]) }
      return Authorships(authors: authors, names: names)
    }
  }
}

/// Who wrote what: the authors of each work and the name of each identity.
public struct Authorships: Sendable, Equatable {
  /// Work id → distinct author identity ids, ascending (group authors left out).
  public var authors: [Int64: [Int64]]
  /// Identity id → display name.
  public var names: [Int64: String]

  /// Creates authorships.
  public init(authors: [Int64: [Int64]], names: [Int64: String]) {
    self.authors = authors
    self.names = names
  }
}
