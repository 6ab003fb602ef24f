import Foundation
import Graph
import GraphTestSupport
import Metrics
import Testing

/// The local answers behind `graph ego`, `path` and `author` (read around the authors from
/// indexed mentions, `GraphStore+LocalCoauthor.swift`) equal the answers on the whole built
/// network: same nodes, edges (works, weights, years), distances, alters and paths.
@Suite struct LocalCoauthorQueryTests {
  // MARK: Corpora

  /// Letters for an index (names and titles must not carry digits, which name keys drop).
  static func letters(_ index: Int, length: Int) -> String {
    let alphabet = Array("abcdefghijklmnopqrstuvwxyz")
    var value = index
    var text = ""
    for _ in 0..<length {
      text.append(alphabet[value % 26])
      value /= 26
    }
    return text.prefix(1).uppercased() + text.dropFirst()
  }

  /// A random Crossref JSONL corpus: works by people drawn with a skew (a few prolific
  /// authors, many with one work), teams of 1–4 and now and then 5–9, group authors, repeated
  /// authors within a work, works without a year, references by DOI to earlier works.
  static func randomCorpus(seed: UInt64, works: Int, people: Int) -> String {
    var rng = SplitMix64(seed: seed)
    var lines: [String] = []
    for w in 1...works {
      var team = Int.random(in: 1...4, using: &rng)
      if Int.random(in: 0..<8, using: &rng) == 0 { team = Int.random(in: 5...9, using: &rng) }
      var members: [Int] = []
      while members.count < min(team, people) {
        let x = Double.random(in: 0..<1, using: &rng)
        let person = Int(Double(people) * x * x)
        if !members.contains(person) { members.append(person) }
      }
      var authors = members.map { person in
        #"{"given": "\#(letters(person, length: 3))", "family": "\#(letters(person * 7 + 3, length: 5))"}"#
      }
      if Int.random(in: 0..<10, using: &rng) == 0, let again = authors.first {
        authors.append(again)  // the same person twice in one author list
      }
      if Int.random(in: 0..<10, using: &rng) == 0 {
        authors.append(#"{"name": "Consortium \#(letters(Int.random(in: 0..<3, using: &rng), length: 4))"}"#)
      }
      var fields = [
        #""DOI": "10.5555/w\#(w)""#,
        #""title": ["Random study \#(letters(w, length: 4)) of \#(letters(w * 31 + 7, length: 5))"]"#,
        #""container-title": ["Journal of Tests"]"#,
        #""author": [\#(authors.joined(separator: ", "))]"#,
      ]
      if Int.random(in: 0..<6, using: &rng) != 0 {
        fields.append(#""issued": {"date-parts": [[\#(1990 + Int.random(in: 0...30, using: &rng))]]}"#)
      }
      if w > 1 {
        let cited = (0..<Int.random(in: 0...3, using: &rng)).map { _ in
          #"{"DOI": "10.5555/w\#(Int.random(in: 1..<w, using: &rng))"}"#
        }
        fields.append(#""reference": [\#(cited.joined(separator: ", "))]"#)
      }
      lines.append("{" + fields.joined(separator: ", ") + "}")
    }
    return lines.joined(separator: "\n") + "\n"
  }

  static func store(_ text: String, name: String) throws -> GraphStore {
    let store = try GraphStore()
    _ = try store.ingest(data: Data(text.utf8), name: name)
    return store
  }

  static func examplesStore() throws -> GraphStore {
    let store = try GraphStore()
    for file in ["seed-listing-1.txt", "seed-listing-2.txt"] {
      _ = try store.ingest(path: RepositoryPaths.root.appendingPathComponent("Examples/\(file)").path)
    }
    return store
  }

  /// Random network options that the local queries answer (no minWorks, no largest component).
  static func randomOptions(_ rng: inout SplitMix64) -> CoauthorOptions {
    var options = CoauthorOptions()
    if Bool.random(using: &rng) { options.counting = .fractional }
    options.maxAuthors = [2, 3, 4, 6, 100].randomElement(using: &rng)!
    if Int.random(in: 0..<3, using: &rng) == 0 { options.since = 1995 + Int.random(in: 0...10, using: &rng) }
    if Int.random(in: 0..<3, using: &rng) == 0 { options.until = 2008 + Int.random(in: 0...12, using: &rng) }
    options.minWeight = [0, 0, 0.5, 1, 1.5, 2].randomElement(using: &rng)!
    return options
  }

  // MARK: Reference answers on the whole network

  /// Every node on some shortest `a`–`b` path of `network` (both ends alone when unconnected).
  static func onShortestPaths(_ a: Int64, _ b: Int64, in network: Network) -> Set<Int64> {
    let fromA = Reference.hops(from: a, in: network)
    let fromB = Reference.hops(from: b, in: network)
    guard let distance = fromA[b] else { return [a, b] }
    return Set(fromA.keys.filter { v in fromB[v].map { fromA[v]! + $0 == distance } ?? false })
  }

  /// `network` without first/last years (what the local reads give with `years: false`).
  static func withoutYears(_ network: Network) -> Network {
    Network(
      kind: network.kind, isDirected: network.isDirected,
      nodes: network.nodes.map { Network.Node(id: $0.id, name: $0.name, works: $0.works) },
      edges: network.edges.map {
        Network.Edge(source: $0.source, target: $0.target, workIDs: $0.workIDs, weight: $0.weight)
      })
  }

  /// Checks every local answer against the whole network built with `options`: for every
  /// identity its ties and its neighbourhoods (radius 0–3), and `pairs` random paths.
  static func expectLocalEqualsWhole(
    _ store: GraphStore, _ options: CoauthorOptions, pairs: Int, rng: inout SplitMix64,
    sourceLocation: SourceLocation = #_sourceLocation
  ) throws {
    let whole = try store.network(kind: .coauthor, coauthor: options).network
    #expect(try store.localCoauthorOptions(kind: .coauthor, options: options) == options)
    let identities = try store.authors().map(\.id).sorted()
    let context = "options \(options)"
    for id in identities {
      let node = whole.node(id)
      #expect(
        try store.isCoauthorNode(id, options: options) == (node != nil), "\(context) id \(id)",
        sourceLocation: sourceLocation)
      // Ties: the node and its edges
      let ties = try store.coauthorTies(of: id, options: options)
      #expect(ties?.node == node, "\(context) id \(id)", sourceLocation: sourceLocation)
      if let ties {
        #expect(
          ties.edges == whole.edges.filter { $0.source == id || $0.target == id },
          "\(context) id \(id)", sourceLocation: sourceLocation)
        for edge in ties.edges {
          for end in [edge.source, edge.target] {
            #expect(ties.names[end] == whole.node(end)?.name, sourceLocation: sourceLocation)
          }
        }
      }
      // Neighbourhoods: the induced ball, and the ego network the CLI prints
      for radius in 0...3 {
        let local = try store.coauthorNeighbourhood(of: id, radius: radius, options: options)
        guard node != nil else {
          #expect(local == nil, "\(context) id \(id)", sourceLocation: sourceLocation)
          continue
        }
        let ego = try Ego.network(of: id, in: whole, radius: radius)
        let ball = Set(ego.alters.map(\.id) + [id])
        let expected = whole.induced(by: ball)
        #expect(local == expected, "\(context) id \(id) radius \(radius)", sourceLocation: sourceLocation)
        if let local {
          #expect(
            try Ego.network(of: id, in: local, radius: radius) == ego,
            "\(context) id \(id) radius \(radius)", sourceLocation: sourceLocation)
        }
        if radius == 2 {
          let yearless = try store.coauthorNeighbourhood(
            of: id, radius: radius, options: options, years: false)
          let filtered = options.since != nil || options.until != nil
          #expect(
            yearless == (filtered ? expected : withoutYears(expected)),
            "\(context) id \(id) without years", sourceLocation: sourceLocation)
        }
      }
    }
    // Paths between random pairs of identities (nodes or not), and each node to itself
    guard !identities.isEmpty else { return }
    for k in 0..<pairs {
      let a = identities.randomElement(using: &rng)!
      let b = k % 25 == 0 ? a : identities.randomElement(using: &rng)!
      let local = try store.coauthorPathNetwork(from: a, to: b, options: options)
      guard whole.node(a) != nil, whole.node(b) != nil else {
        #expect(local == nil, "\(context) \(a)–\(b)", sourceLocation: sourceLocation)
        continue
      }
      let part = try #require(local, sourceLocation: sourceLocation)
      #expect(
        part == whole.induced(by: onShortestPaths(a, b, in: whole)), "\(context) \(a)–\(b)",
        sourceLocation: sourceLocation)
      #expect(
        try ShortestPaths.between(a, b, in: part) == ShortestPaths.between(a, b, in: whole),
        "\(context) \(a)–\(b)", sourceLocation: sourceLocation)
      #expect(
        try ShortestPaths.between(a, b, in: part, all: true, limit: 50)
          == ShortestPaths.between(a, b, in: whole, all: true, limit: 50),
        "\(context) \(a)–\(b) all", sourceLocation: sourceLocation)
    }
  }

  // MARK: Tests

  @Test func everyAuthorOfTheSeedListingsMatchesTheWholeNetwork() throws {
    let store = try Self.examplesStore()
    var rng = SplitMix64(seed: 7)
    try Self.expectLocalEqualsWhole(store, CoauthorOptions(), pairs: 300, rng: &rng)
    try Self.expectLocalEqualsWhole(
      store, CoauthorOptions(counting: .fractional, maxAuthors: 10, minWeight: 0.2), pairs: 100,
      rng: &rng)
  }

  @Test(arguments: [1, 2, 3, 4, 5, 6, 7, 8] as [UInt64])
  func randomCorporaMatchTheWholeNetwork(seed: UInt64) throws {
    // Sparse corpora give long chains and several components; dense ones many equal paths
    let dense = seed % 2 == 0
    let text = Self.randomCorpus(
      seed: seed, works: dense ? 160 : 110, people: dense ? 70 : 160)
    let store = try Self.store(text, name: "random-\(seed).jsonl")
    var rng = SplitMix64(seed: seed &* 1_000_003)
    try Self.expectLocalEqualsWhole(store, CoauthorOptions(), pairs: 200, rng: &rng)
    for _ in 0..<3 {
      try Self.expectLocalEqualsWhole(store, Self.randomOptions(&rng), pairs: 60, rng: &rng)
    }
  }

  @Test func theSinglePathIsTheFirstOfAllShortestPaths() throws {
    // What `graph path` promises without --all: the path whose node ids come first
    // (hop by hop), i.e. the first of the sorted --all list; on random networks and corpora.
    for seed in 1...12 as ClosedRange<UInt64> {
      let network = Fixtures.randomNetwork(nodes: 40, edgeProbability: 0.08, seed: seed)
      var rng = SplitMix64(seed: seed)
      for _ in 0..<60 {
        let a = Int64.random(in: 1...40, using: &rng)
        let b = Int64.random(in: 1...40, using: &rng)
        let one = try ShortestPaths.between(a, b, in: network)
        let all = try ShortestPaths.between(a, b, in: network, all: true, limit: 10_000)
        #expect(one.first == all.first, "seed \(seed) \(a)–\(b)")
        #expect(one.count <= 1)
      }
    }
  }

  @Test func optionsThatNeedTheWholeNetworkAreRefused() throws {
    let store = try Self.examplesStore()
    #expect(try store.localCoauthorOptions(kind: nil, options: .init()) == CoauthorOptions())
    #expect(try store.localCoauthorOptions(kind: .coauthor, options: .init(minWorks: 2)) == nil)
    #expect(
      try store.localCoauthorOptions(kind: .coauthor, options: .init(largestComponent: true)) == nil)
    for kind in Network.Kind.allCases where kind != .coauthor {
      #expect(try store.localCoauthorOptions(kind: kind, options: .init()) == nil, "\(kind)")
    }
    // An empty store: the automatic choice is not a coauthor network of mentions
    #expect(try GraphStore().localCoauthorOptions(kind: nil, options: .init()) == nil)
    // The local reads refuse such options rather than ignore them
    let id = try store.resolveAuthor("Aviral Kumar")
    #expect(throws: GraphError.self) {
      try store.coauthorNeighbourhood(of: id, radius: 1, options: .init(minWorks: 2))
    }
    #expect(throws: GraphError.self) {
      try store.coauthorPathNetwork(from: id, to: id, options: .init(largestComponent: true))
    }
    #expect(throws: GraphError.self) { try store.coauthorTies(of: id, options: .init(minWorks: 3)) }
  }

  @Test func citationFiguresFromTheAuthorsRowsMatchCitationMetrics() throws {
    for seed in [3, 4] as [UInt64] {
      let store = try Self.store(
        Self.randomCorpus(seed: seed, works: 150, people: 60), name: "random-\(seed).jsonl")
      #expect(try store.hasReferences())
      let metrics = try CitationMetrics.compute(
        citation: try store.citationNetwork(referencesOnly: true),
        authorships: try store.authorships())
      #expect(metrics.authors.values.contains { $0.citations > 0 })
      for id in try store.authors().map(\.id) {
        let local = try store.citationsReceived(byWorksOf: id)
        let expected = metrics.authors[id]
        #expect((local == nil) == (expected == nil), "id \(id)")
        guard let local, let expected else { continue }
        #expect(local.count == expected.works, "id \(id)")
        #expect(local.values.reduce(0, +) == expected.citations, "id \(id)")
        #expect(CitationMetrics.hIndex(Array(local.values)) == expected.hIndex, "id \(id)")
        for (work, count) in local {
          #expect(metrics.citationsByWork[work] == count, "work \(work)")
        }
      }
    }
    #expect(try Self.examplesStore().hasReferences() == false)
  }
}
