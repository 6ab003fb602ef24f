import Foundation
import Graph
import GraphTestSupport
import Metrics
import Testing

/// Whole-network statistics: karate-club known answers and iFUB against igraph's diameter.
@Suite struct StatisticsTests {
  @Test func karateStatisticsMatchNetworkx() throws {
    // networkx: triangles 45, transitivity 0.2557, average_clustering 0.5706, diameter 5,
    // degree_assortativity_coefficient −0.4756
    let stats = try NetworkStatistics.compute(Fixtures.zacharyKarate)
    #expect(stats.nodes == 34)
    #expect(stats.edges == 78)
    #expect(stats.components == 1)
    #expect(stats.triangles == 45)
    expectClose(stats.transitivity, 0.2556818181818182, tolerance: 1e-12)
    expectClose(stats.averageClustering, 0.5706384782076823, tolerance: 1e-12)
    #expect(stats.diameter == 5)
    expectClose(stats.assortativity, -0.47561309768461413, tolerance: 1e-9)
  }

  @Test func selfLoopsCountAsEdgesButNotInClustering() throws {
    // Given a triangle 1–2–3 with a loop at 1 and a pendant 4
    let nodes = (1...4).map { Network.Node(id: Int64($0), name: "n\($0)", works: 0) }
    let network = Network(
      kind: .edgeList, isDirected: false, nodes: nodes,
      edges: [(1, 1), (1, 2), (1, 3), (2, 3), (3, 4)].map {
        Network.Edge(source: $0.0, target: $0.1, workIDs: [], weight: 1)
      })
    let stats = try NetworkStatistics.compute(network)
    #expect(stats.edges == 5)
    #expect(stats.selfLoops == 1)
    #expect(stats.triangles == 1)
    // local clustering 1, 1, 1/3, 0 → mean 7/12; transitivity 3·1/5 triples
    expectClose(stats.averageClustering, 7.0 / 12, tolerance: 1e-12)
    expectClose(stats.transitivity, 0.6, tolerance: 1e-12)
    #expect(stats.diameter == 2)
  }

  @Test func emptyAndEdgelessNetworks() throws {
    let empty = Network(kind: .coauthor, isDirected: false, nodes: [], edges: [])
    #expect(try NetworkStatistics.compute(empty).nodes == 0)
    let lonely = Network(
      kind: .coauthor, isDirected: false,
      nodes: [Network.Node(id: 1, name: "a", works: 1), Network.Node(id: 2, name: "b", works: 1)],
      edges: [])
    let stats = try NetworkStatistics.compute(lonely)
    #expect(stats.components == 2)
    #expect(stats.diameter == 0)
    #expect(stats.triangles == 0)
    #expect(stats.assortativity == nil)
  }
}

/// Exact diameter (iFUB with 4-Sweep) against igraph's all-pairs `diameter`.
@Suite struct DiameterTests {
  @Test func iFUBEqualsAllPairsDiameterOnRandomGraphs() throws {
    // Sparse (tree-like, long diameters) to dense, connected or not
    var checked = 0
    for seed: UInt64 in 1...40 {
      let n = 10 + Int(seed % 7) * 25
      let p = [0.8, 1.2, 2.0, 4.0][Int(seed % 4)] / Double(n)
      let network = Fixtures.randomNetwork(nodes: n, edgeProbability: p, seed: seed)
      let exact = try Diameter.largestComponent(of: network)
      #expect(
        exact.diameter == (try Diameter.largestComponentByAllPairs(of: network)), "seed \(seed)")
      checked += 1
    }
    #expect(checked == 40)
  }

  /// A disjoint union of 2–5 random pieces (sparse G(n, p), random trees, cycles with chords,
  /// spiders), node ids shuffled so components interleave in `nodes`, with loops and
  /// duplicate edges sprinkled in.
  static func severalComponents(seed: UInt64) -> Network {
    var rng = SplitMix64(seed: seed)
    var pairs: [(Int, Int)] = []
    var count = 0
    for _ in 0..<Int.random(in: 2...5, using: &rng) {
      let n = Int.random(in: 2...160, using: &rng)
      let base = count
      count += n
      switch Int.random(in: 0..<4, using: &rng) {
      case 0:  // G(n, p), mean degree 0.8 to 8: tree-like with long paths, or pieces, or
        // denser, where 4-Sweep's lower bound often falls short and the fringe must raise it
        let p = Double.random(in: 0.8...8, using: &rng) / Double(n)
        for i in 0..<n {
          for j in (i + 1)..<n where Double.random(in: 0..<1, using: &rng) < p {
            pairs.append((base + i, base + j))
          }
        }
      case 1:  // random recursive tree
        for i in 1..<n { pairs.append((base + Int.random(in: 0..<i, using: &rng), base + i)) }
      case 2:  // cycle with a few chords
        for i in 0..<n { pairs.append((base + i, base + (i + 1) % n)) }
        for _ in 0..<Int.random(in: 0...3, using: &rng) {
          pairs.append(
            (base + Int.random(in: 0..<n, using: &rng), base + Int.random(in: 0..<n, using: &rng)))
        }
      default:  // spider: legs of random lengths from a centre (many equidistant leaves)
        var previous = base
        for i in 1..<n {
          let fromCentre = Int.random(in: 0..<4, using: &rng) == 0
          pairs.append((fromCentre ? base : previous, base + i))
          previous = base + i
        }
      }
    }
    for _ in 0..<Int.random(in: 0...3, using: &rng) where !pairs.isEmpty {
      let v = Int.random(in: 0..<count, using: &rng)
      pairs.append((v, v))  // a loop
      pairs.append(pairs[Int.random(in: 0..<pairs.count, using: &rng)])  // a duplicate
    }
    // Shuffle the ids so that a component's nodes are spread over `nodes`.
    var ids = Array(1...Int64(count))
    ids.shuffle(using: &rng)
    let nodes = ids.map { Network.Node(id: $0, name: "n\($0)", works: 1) }
    let edges = pairs.map { s, t in
      Network.Edge(source: ids[s], target: ids[t], workIDs: [], weight: 1)
    }
    return Network(kind: .coauthor, isDirected: false, nodes: nodes, edges: edges)
  }

  @Test func iFUBEqualsAllPairsOnRandomGraphsWithSeveralComponents() throws {
    var fringeSearched = 0
    for seed: UInt64 in 1...200 {
      let network = Self.severalComponents(seed: seed)
      let positions = try network.largestComponentPositions()
      #expect(positions.count < network.nodes.count, "seed \(seed): one component")
      let exact = try Diameter.largestComponent(of: network)
      let reference = try Diameter.largestComponentByAllPairs(of: network)
      #expect(exact.diameter == reference, "seed \(seed)")
      #expect(exact.searches <= positions.count + 5, "seed \(seed): \(exact.searches) searches")
      if exact.searches > 5 { fringeSearched += 1 }
    }
    // The fringe loop ran (not every case was settled by 4-Sweep's bounds).
    #expect(fringeSearched > 10)
  }

  @Test func indexPairAdjacencyMatchesIgraphsAdjacencyList() throws {
    for seed: UInt64 in 1...12 {
      let network = Self.severalComponents(seed: seed)
      let fromIgraph = try network.makeIgraph(weighted: false).breadthFirstSearch()
      let fromPairs = BreadthFirstSearch(
        vertexCount: network.nodes.count, edges: Diameter.indexPairs(network))
      #expect(
        Diameter.indexPairs(network).map { [$0.0, $0.1] }
          == network.indexedEdges.map { [$0.0, $0.1] })
      #expect(fromPairs.largestComponent()?.size == fromIgraph.largestComponent()?.size)
      #expect(fromPairs.largestComponent()?.size == (try network.largestComponentPositions().count))
      for v in 0..<network.nodes.count {
        let a = fromPairs.search(from: v)
        let b = fromIgraph.search(from: v)
        #expect(
          a.eccentricity == b.eccentricity && a.reached == b.reached, "seed \(seed) vertex \(v)")
      }
    }
  }

  @Test func indexPairsMapIdsWithGapsAndNegativeIds() throws {
    // Given ids that are not consecutive (binary search) and consecutive from −2 (subtraction)
    for ids: [Int64] in [[3, 10, 11, 400, 9_000_000_000], [-2, -1, 0, 1, 2]] {
      let network = Network(
        kind: .citation, isDirected: true,
        nodes: ids.map { Network.Node(id: $0, name: "\($0)", works: 1) },
        edges: [(4, 0), (0, 1), (1, 0), (2, 3), (3, 3), (0, 4)].map {
          Network.Edge(source: ids[$0.0], target: ids[$0.1], workIDs: [], weight: 1)
        })
      #expect(
        Diameter.indexPairs(network).map { [$0.0, $0.1] }
          == network.indexedEdges.map { [$0.0, $0.1] })
      // 0–1, 0–4 and 2–3: the largest component {0, 1, 4} has diameter 2
      #expect(try Diameter.largestComponent(of: network).diameter == 2)
      #expect(try Diameter.largestComponentByAllPairs(of: network) == 2)
    }
  }

  @Test func bitParallelEccentricitiesEqualSingleSearches() throws {
    for seed: UInt64 in 1...12 {
      let network = Self.severalComponents(seed: seed)
      let bfs = try network.makeIgraph(weighted: false).breadthFirstSearch()
      // Every component, whole (more than 64 sources makes several batches).
      var done = Set<Int>()
      for root in 0..<bfs.vertexCount where !done.contains(root) {
        bfs.search(from: root)
        let component = bfs.levels().order
        done.formUnion(component.map(Int.init))
        let single = component.map { bfs.search(from: Int($0)).eccentricity }
        #expect(bfs.eccentricities(of: component[...], within: component) == single, "seed \(seed)")
      }
    }
  }

  @Test func breadthFirstSearchLevelsAndParents() throws {
    // Given the path 0–1–2–3 and a triangle 4–5–6, with a loop at 1 and a duplicate 2–3
    let network = Network(
      kind: .edgeList, isDirected: false,
      nodes: (0...6).map { Network.Node(id: Int64($0), name: "v\($0)", works: 1) },
      edges: [(0, 1), (1, 1), (1, 2), (2, 3), (3, 2), (4, 5), (5, 6), (6, 4)].map {
        Network.Edge(source: Int64($0.0), target: Int64($0.1), workIDs: [], weight: 1)
      })
    let bfs = try network.makeIgraph(weighted: false).breadthFirstSearch()
    #expect(bfs.degree(of: 1) == 2)
    #expect(bfs.degree(of: 2) == 2)
    let sweep = bfs.search(from: 1)
    #expect(sweep.eccentricity == 2 && sweep.farthest == 3 && sweep.reached == 4)
    #expect(bfs.levels().starts == [0, 1, 3, 4])
    #expect(Set(bfs.levels().vertices(at: 1)) == [0, 2])
    #expect(bfs.parent(of: 3) == 2)
    #expect(bfs.distance(to: 3) == 2)
    #expect(bfs.distance(to: 4) == nil)
    // A new search forgets the old one
    let triangle = bfs.search(from: 5)
    #expect(triangle.eccentricity == 1 && triangle.reached == 3)
    #expect(bfs.distance(to: 0) == nil)
    #expect(bfs.search(from: 0).eccentricity == 3)
  }

  @Test func knownShapes() throws {
    func network(_ n: Int, _ pairs: [(Int, Int)]) -> Network {
      Network(
        kind: .edgeList, isDirected: false,
        nodes: (0..<n).map { Network.Node(id: Int64($0), name: "v\($0)", works: 1) },
        edges: pairs.map {
          Network.Edge(source: Int64($0.0), target: Int64($0.1), workIDs: [], weight: 1)
        })
    }
    let path = network(50, (0..<49).map { ($0, $0 + 1) })
    let cycle = network(41, (0..<41).map { ($0, ($0 + 1) % 41) })
    let star = network(200, (1..<200).map { (0, $0) })
    let complete = network(12, (0..<12).flatMap { i in ((i + 1)..<12).map { (i, $0) } })
    let twoNodes = network(2, [(0, 1), (1, 0), (0, 0)])
    let loopsOnly = network(3, [(0, 0), (1, 1)])
    #expect(try Diameter.largestComponent(of: path).diameter == 49)
    #expect(try Diameter.largestComponent(of: cycle).diameter == 20)
    #expect(try Diameter.largestComponent(of: star).diameter == 2)
    #expect(try Diameter.largestComponent(of: complete).diameter == 1)
    #expect(try Diameter.largestComponent(of: twoNodes).diameter == 1)
    #expect(try Diameter.largestComponent(of: loopsOnly) == (0, 0))
    #expect(try Diameter.largestComponent(of: network(1, [])) == (0, 0))
  }

  @Test func tiedLargestComponentsPickTheOneWithTheSmallestNodeLikeAllPairs() throws {
    // Given a star (diameter 2) and a path (diameter 4), five nodes each
    func network(starFirst: Bool) -> Network {
      let (star, path): (Int64, Int64) = starFirst ? (0, 5) : (5, 0)
      let pairs = (1...4).map { (star, star + $0) } + (0..<4).map { (path + $0, path + $0 + 1) }
      return Network(
        kind: .edgeList, isDirected: false,
        nodes: (0..<10).map { Network.Node(id: Int64($0), name: "v\($0)", works: 1) },
        edges: pairs.map { Network.Edge(source: $0.0, target: $0.1, workIDs: [], weight: 1) })
    }
    #expect(try Diameter.largestComponent(of: network(starFirst: true)).diameter == 2)
    #expect(try Diameter.largestComponentByAllPairs(of: network(starFirst: true)) == 2)
    #expect(try Diameter.largestComponent(of: network(starFirst: false)).diameter == 4)
    #expect(try Diameter.largestComponentByAllPairs(of: network(starFirst: false)) == 4)
  }
}

/// iFUB on the SNAP collaboration networks against igraph's all-pairs `diameter` (the values
/// of ../shared/data/snap-collaboration/PROVENANCE.md; all-pairs itself takes 20–50 s each).
/// The files are read directly (gzip, then "u v" lines) rather than ingested: ingesting the
/// five in a debug build takes about 25 s; `graph stats` on them is SNAPStatsCLITests' job.
@Suite(
  .enabled(
    if: RepositoryPaths.shared("data/snap-collaboration") != nil,
    "../shared/data/snap-collaboration is absent: SNAP diameter checks skipped"))
struct SNAPDiameterTests {
  /// The undirected network of a gzipped SNAP edge list ("#" comment lines, "u v" lines).
  static func network(_ url: URL) throws -> Network {
    let gzip = Process()
    gzip.executableURL = URL(fileURLWithPath: "/usr/bin/env")
    gzip.arguments = ["gzip", "-dc", url.path]
    let pipe = Pipe()
    gzip.standardOutput = pipe
    try gzip.run()
    let data = pipe.fileHandleForReading.readDataToEndOfFile()
    gzip.waitUntilExit()
    #expect(gzip.terminationStatus == 0)
    var keys: [UInt64] = []  // (min << 32) | max, so both directions of an edge coincide
    var ids = Set<Int64>()
    data.withUnsafeBytes { (bytes: UnsafeRawBufferPointer) in
      var i = 0
      func number() -> Int64? {
        while i < bytes.count, bytes[i] == 32 || bytes[i] == 9 { i += 1 }
        var value: Int64 = 0
        var digits = 0
        while i < bytes.count, bytes[i] >= 48, bytes[i] <= 57 {
          value = value * 10 + Int64(bytes[i] - 48)
          digits += 1
          i += 1
        }
        return digits > 0 ? value : nil
      }
      while i < bytes.count {
        if bytes[i] != 35, let u = number(), let v = number() {
          keys.append(UInt64(min(u, v)) << 32 | UInt64(max(u, v)))
          ids.insert(u)
          ids.insert(v)
        }
        while i < bytes.count, bytes[i] != 10 { i += 1 }
        i += 1
      }
    }
    keys.sort()
    var edges: [Network.Edge] = []
    for (k, key) in keys.enumerated() where k == 0 || keys[k - 1] != key {
      edges.append(
        Network.Edge(
          source: Int64(key >> 32), target: Int64(key & 0xFFFF_FFFF), workIDs: [], weight: 1))
    }
    return Network(
      kind: .edgeList, isDirected: false,
      nodes: ids.map { Network.Node(id: $0, name: "", works: 1) }, edges: edges)
  }

  @Test(arguments: [
    ("CA-GrQc.txt.gz", 17), ("CA-HepTh.noheader.txt.gz", 18), ("CA-HepPh.noheader.txt.gz", 13),
    ("CA-CondMat.noheader.txt.gz", 15), ("lcc/ca-AstroPh.lcc.txt.gz", 14),
  ])
  func iFUBMatchesIgraphsDiameter(file: String, diameter: Int) throws {
    let url = try #require(RepositoryPaths.shared("data/snap-collaboration/\(file)"))
    let exact = try Diameter.largestComponent(of: try Self.network(url))
    #expect(exact.diameter == diameter)
    #expect(exact.searches < 100, "\(exact.searches) searches")
  }
}
