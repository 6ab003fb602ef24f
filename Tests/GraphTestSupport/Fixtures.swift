import Graph

/// Small deterministic networks with published answers, and seeded random networks.
public enum Fixtures {
  /// Zachary's karate club (1977): 34 members, 78 friendships, every weight 1.
  ///
  /// Node ids are 1...34 (networkx/igraph vertex index + 1), names "n1"…"n34". Each edge has
  /// one work id (its position in the edge list + 1). Edge list as in networkx
  /// `karate_club_graph()` and igraph `famous("Zachary")`.
  public static var zacharyKarate: Network {
    let pairs: [(Int64, Int64)] = [
      (0, 1), (0, 2), (0, 3), (0, 4), (0, 5), (0, 6), (0, 7), (0, 8), (0, 10), (0, 11),
      (0, 12), (0, 13), (0, 17), (0, 19), (0, 21), (0, 31), (1, 2), (1, 3), (1, 7), (1, 13),
      (1, 17), (1, 19), (1, 21), (1, 30), (2, 3), (2, 7), (2, 8), (2, 9), (2, 13), (2, 27),
      (2, 28), (2, 32), (3, 7), (3, 12), (3, 13), (4, 6), (4, 10), (5, 6), (5, 10), (5, 16),
      (6, 16), (8, 30), (8, 32), (8, 33), (9, 33), (13, 33), (14, 32), (14, 33), (15, 32),
      (15, 33), (18, 32), (18, 33), (19, 33), (20, 32), (20, 33), (22, 32), (22, 33), (23, 25),
      (23, 27), (23, 29), (23, 32), (23, 33), (24, 25), (24, 27), (24, 31), (25, 31), (26, 29),
      (26, 33), (27, 33), (28, 31), (28, 33), (29, 32), (29, 33), (30, 32), (30, 33), (31, 32),
      (31, 33), (32, 33),
    ]
    return unitNetwork(names: (1...34).map { "n\($0)" }, zeroBasedPairs: pairs)
  }

  /// Krackhardt's kite (1990): 10 nodes, 18 edges, every weight 1.
  ///
  /// Node ids are 1...10 (networkx index + 1): Andre, Beverly, Carol, Diane, Ed, Fernando,
  /// Garth, Heather, Ike, Jane. Edge list as in networkx `krackhardt_kite_graph()`.
  public static var krackhardtKite: Network {
    let pairs: [(Int64, Int64)] = [
      (0, 1), (0, 2), (0, 3), (0, 5), (1, 3), (1, 4), (1, 6), (2, 3), (2, 5), (3, 4), (3, 5),
      (3, 6), (4, 6), (5, 6), (5, 7), (6, 7), (7, 8), (8, 9),
    ]
    let names = [
      "Andre", "Beverly", "Carol", "Diane", "Ed", "Fernando", "Garth", "Heather", "Ike", "Jane",
    ]
    return unitNetwork(names: names, zeroBasedPairs: pairs)
  }

  /// An undirected G(n, p) random network, the same for the same arguments.
  ///
  /// Node ids are 1...nodes, names "n1"…; each pair is joined with probability
  /// `edgeProbability`. Edge weights are integers 1...3 with as many synthetic work ids.
  public static func randomNetwork(nodes: Int, edgeProbability: Double, seed: UInt64) -> Network {
    var rng = SplitMix64(seed: seed)
    let nodeList = (0..<max(nodes, 0)).map { i in
      Network.Node(id: Int64(i + 1), name: "n\(i + 1)", works: 1)
    }
    var edges: [Network.Edge] = []
    var nextWork: Int64 = 1
    for i in 0..<max(nodes, 0) {
      for j in (i + 1)..<nodes where Double.random(in: 0..<1, using: &rng) < edgeProbability {
        let weight = Int.random(in: 1...3, using: &rng)
        let works = (0..<weight).map { nextWork + Int64($0) }
        nextWork += Int64(weight)
        edges.append(
          Network.Edge(
            source: Int64(i + 1), target: Int64(j + 1), workIDs: works, weight: Double(weight)))
      }
    }
    return Network(kind: .coauthor, isDirected: false, nodes: nodeList, edges: edges)
  }

  private static func unitNetwork(names: [String], zeroBasedPairs: [(Int64, Int64)]) -> Network {
    let nodes = names.enumerated().map { i, name in
      Network.Node(id: Int64(i + 1), name: name, works: 1)
    }
    let edges = zeroBasedPairs.enumerated().map { k, pair in
      Network.Edge(source: pair.0 + 1, target: pair.1 + 1, workIDs: [Int64(k + 1)], weight: 1)
    }
    return Network(kind: .coauthor, isDirected: false, nodes: nodes, edges: edges)
  }
}

/// SplitMix64 (Steele, Lea, Flood 2014): a tiny seeded generator, identical on every platform.
public struct SplitMix64: RandomNumberGenerator, Sendable {
  private var state: UInt64

  /// Creates a generator; the same seed gives the same sequence.
  public init(seed: UInt64) { state = seed }

  /// The next 64 random bits.
  public mutating func next() -> UInt64 {
    state &+= 0x9E37_79B9_7F4A_7C15
    var z = state
    z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
    z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
    return z ^ (z >> 31)
  }
}
