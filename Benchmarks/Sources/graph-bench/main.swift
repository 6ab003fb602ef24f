// graph-bench: the product side of the wrapper-overhead comparison (see Benchmarks/README.md).
//
//   graph-bench analytics FILE [--runs N] [--warmup N] [--seed S] [--queries Q]
//                              [--analytics a,b,...] [--level bridge|metrics|both]
//       Reads a canonical edge list (the same file igraph_bench.c reads), builds the `Network`
//       and the `IgraphGraph` once (timed separately: "network" and "build"), then times each
//       analytic alone. Level "bridge" calls the package-level IgraphGraph methods with the
//       same arguments as the C program; level "metrics" calls the public Metrics API a user
//       calls (which builds its own igraph graph per call and converts results to node ids).
//   graph-bench export-edges --db DB --out FILE
//       Builds the coauthor network of a store (timed) and writes it as a canonical, weighted
//       edge list, so the C program and the Python peers can run on exactly the same graph.
//   graph-bench sample-authors --db DB [--count N] [--seed S]
//       Prints N author names of the store (one per line, chosen by the shared LCG) for the
//       CLI latency measurements.
//
// Output: one JSON object on standard output (times in seconds).
import Foundation
import Graph
import Metrics

// MARK: - Small helpers

func now() -> Double {
  var ts = timespec()
  clock_gettime(CLOCK_MONOTONIC, &ts)
  return Double(ts.tv_sec) + Double(ts.tv_nsec) * 1e-9
}

/// The query picker shared with igraph_bench.c and peers.py (Knuth's MMIX LCG).
struct LCG {
  var state: UInt64
  mutating func pick(_ n: Int) -> Int {
    state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
    return Int((state >> 33) % UInt64(n))
  }
}

func fail(_ message: String, code: Int32 = 64) -> Never {
  FileHandle.standardError.write(Data("graph-bench: \(message)\n".utf8))
  exit(code)
}

func option(_ args: [String], _ name: String) -> String? {
  guard let i = args.firstIndex(of: name), i + 1 < args.count else { return nil }
  return args[i + 1]
}

func jsonNumber(_ x: Double) -> String {
  x.isFinite ? String(format: "%.10g", x) : "null"
}

/// Parses a canonical edge list: "# n m weighted", then "u v" or "u v w" lines.
func readCanonical(_ path: String) -> (n: Int, edges: [(Int, Int)], weights: [Double]?) {
  guard let data = FileManager.default.contents(atPath: path) else {
    fail("cannot read \(path)", code: 66)
  }
  return data.withUnsafeBytes { (raw: UnsafeRawBufferPointer) in
    let bytes = raw.bindMemory(to: UInt8.self)
    var i = 0
    let end = bytes.count
    func skipSpaces() { while i < end, bytes[i] == 32 || bytes[i] == 9 || bytes[i] == 10 || bytes[i] == 13 { i += 1 } }
    func int() -> Int {
      skipSpaces()
      var v = 0
      while i < end, bytes[i] >= 48, bytes[i] <= 57 {
        v = v * 10 + Int(bytes[i] - 48)
        i += 1
      }
      return v
    }
    func double() -> Double {
      skipSpaces()
      let start = i
      while i < end, bytes[i] != 10, bytes[i] != 32 { i += 1 }
      return Double(String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<i]), as: UTF8.self)) ?? .nan
    }
    guard end > 0, bytes[0] == 35 else { fail("\(path): missing '# n m weighted' header", code: 65) }
    i = 1
    let n = int()
    let m = int()
    let weighted = int() != 0
    var edges = [(Int, Int)]()
    edges.reserveCapacity(m)
    var weights = [Double]()
    if weighted { weights.reserveCapacity(m) }
    for _ in 0..<m {
      let u = int()
      let v = int()
      edges.append((u, v))
      if weighted { weights.append(double()) }
    }
    return (n, edges, weighted ? weights : nil)
  }
}

// MARK: - analytics

struct Timing {
  var times: [Double] = []
  var check: Double = 0
  var note: String? = nil
}

func timed(runs: Int, warmup: Int, _ body: () throws -> Double) rethrows -> Timing {
  for _ in 0..<warmup { _ = try body() }
  var t = Timing()
  for _ in 0..<runs {
    let start = now()
    t.check = try body()
    t.times.append(now() - start)
  }
  return t
}

func analytics(_ args: [String]) throws {
  guard args.count >= 1 else { fail("usage: graph-bench analytics FILE [options]") }
  let path = args[0]
  let runs = Int(option(args, "--runs") ?? "5") ?? 5
  let warmup = Int(option(args, "--warmup") ?? "1") ?? 1
  let seed = UInt64(option(args, "--seed") ?? "42") ?? 42
  let queries = Int(option(args, "--queries") ?? "100") ?? 100
  let level = option(args, "--level") ?? "both"
  let names = (option(args, "--analytics")
    ?? "build,leiden,louvain,pagerank,coreness,components,transitivity,ego2,path")
    .split(separator: ",").map(String.init)

  let parseStart = now()
  let (n, pairs, weights) = readCanonical(path)
  let parseTime = now() - parseStart
  let weighted = weights != nil

  // The one-off costs: Network value (sorting, id index) and the igraph graph.
  var networkTimes: [Double] = []
  var network: Network! = nil
  for _ in 0..<max(1, names.contains("build") ? runs : 1) {
    let start = now()
    let nodes = (0..<n).map { Network.Node(id: Int64($0), name: "", works: 1) }
    let edges = pairs.enumerated().map { e, p in
      Network.Edge(
        source: Int64(p.0), target: Int64(p.1), workIDs: [], weight: weights?[e] ?? 1)
    }
    network = Network(kind: .edgeList, isDirected: false, nodes: nodes, edges: edges)
    networkTimes.append(now() - start)
  }
  var buildTimes: [Double] = []
  var graph: IgraphGraph! = nil
  for _ in 0..<max(1, names.contains("build") ? runs : 1) {
    graph = nil
    let start = now()
    graph = try network.makeIgraph(weighted: weighted)
    buildTimes.append(now() - start)
  }
  // The bridge's own build from ready index pairs (what igraph_bench.c's build measures plus
  // the Swift-side copy into an igraph vector).
  var bridgeBuildTimes: [Double] = []
  if names.contains("build") {
    for _ in 0..<runs {
      let start = now()
      let g = try IgraphGraph.make(vertexCount: n, edges: pairs, weights: weights, directed: false)
      bridgeBuildTimes.append(now() - start)
      _ = g
    }
  }

  var bridge: [(String, Timing)] = []
  var metrics: [(String, Timing)] = []
  let doBridge = level != "metrics"
  let doMetrics = level != "bridge"
  for name in names {
    switch name {
    case "build":
      bridge.append(("build", Timing(times: bridgeBuildTimes, check: Double(graph.edgeCount))))
      metrics.append(("build", Timing(times: buildTimes, check: Double(graph.edgeCount),
        note: "Network.makeIgraph (index mapping + copy + igraph_create)")))
      metrics.append(("network", Timing(times: networkTimes, check: Double(network.edges.count),
        note: "Network value from parsed pairs (sort + id index)")))
      metrics.append(("parse", Timing(times: [parseTime], check: Double(pairs.count))))
    case "leiden":
      if doBridge {
        bridge.append((name, try timed(runs: runs, warmup: warmup) {
          Double((try graph.leidenModularity(resolution: 1, seed: seed).max() ?? -1) + 1)
        }))
      }
      if doMetrics {
        metrics.append((name, try timed(runs: runs, warmup: warmup) {
          Double(try Communities.detect(
            in: network, options: .init(algorithm: .leiden, seed: seed)).communities.count)
        }))
      }
    case "louvain":
      if doBridge {
        bridge.append((name, try timed(runs: runs, warmup: warmup) {
          Double((try graph.louvain(resolution: 1, seed: seed).max() ?? -1) + 1)
        }))
      }
      if doMetrics {
        metrics.append((name, try timed(runs: runs, warmup: warmup) {
          Double(try Communities.detect(
            in: network, options: .init(algorithm: .louvain, seed: seed)).communities.count)
        }))
      }
    case "pagerank":
      if doBridge {
        bridge.append((name, try timed(runs: runs, warmup: warmup) {
          try graph.pageRank(damping: 0.85, weighted: weighted).max() ?? 0
        }))
      }
      if doMetrics {
        metrics.append((name, try timed(runs: runs, warmup: warmup) {
          try Centrality.compute(.pagerank, in: network, weighted: weighted).values.values.max() ?? 0
        }))
      }
    case "betweenness":
      if doBridge {
        bridge.append((name, try timed(runs: runs, warmup: warmup) {
          try graph.betweenness(distances: nil).max() ?? 0
        }))
      }
      if doMetrics {
        metrics.append((name, try timed(runs: runs, warmup: warmup) {
          try Centrality.compute(.betweenness, in: network).values.values.max() ?? 0
        }))
      }
    case "closeness":
      if doBridge {
        bridge.append((name, try timed(runs: runs, warmup: warmup) {
          Double(try graph.closeness(distances: nil).reachable.reduce(0, +))
        }))
      }
      if doMetrics {
        metrics.append((name, try timed(runs: runs, warmup: warmup) {
          try Centrality.compute(.closeness, in: network).values.values.max() ?? 0
        }))
      }
    case "coreness":
      if doBridge {
        bridge.append((name, try timed(runs: runs, warmup: warmup) {
          Double(try graph.coreness().max() ?? 0)
        }))
      }
      if doMetrics {
        metrics.append((name, try timed(runs: runs, warmup: warmup) {
          try Centrality.compute(.coreness, in: network).values.values.max() ?? 0
        }))
      }
    case "components":
      if doBridge {
        bridge.append((name, try timed(runs: runs, warmup: warmup) {
          Double(try graph.components().sizes.count)
        }))
      }
      if doMetrics {
        metrics.append((name, try timed(runs: runs, warmup: warmup) {
          Double(try network.largestComponent().nodes.count)
        }))
        metrics[metrics.count - 1].1.note = "Network.largestComponent() (components + induced subnetwork)"
      }
    case "transitivity":
      if doBridge {
        bridge.append((name, try timed(runs: runs, warmup: warmup) {
          try graph.transitivity()
        }))
      }
    case "clustering":
      if doBridge {
        bridge.append((name, try timed(runs: runs, warmup: warmup) {
          try graph.localClustering().reduce(0, +)
        }))
      }
      if doMetrics {
        metrics.append((name, try timed(runs: runs, warmup: warmup) {
          try Centrality.compute(.clustering, in: network).values.values.reduce(0, +)
        }))
      }
    case "ego2":
      if doBridge {
        bridge.append((name, try timed(runs: runs, warmup: warmup) {
          var rng = LCG(state: seed)
          var total = 0
          for _ in 0..<queries { total += try graph.neighborhood(of: rng.pick(n), order: 2).count }
          return Double(total)
        }))
      }
      if doMetrics {
        metrics.append((name, try timed(runs: runs, warmup: warmup) {
          var rng = LCG(state: seed)
          var total = 0
          for _ in 0..<queries {
            total += try Ego.network(of: Int64(rng.pick(n)), in: network, radius: 2).alters.count + 1
          }
          return Double(total)
        }))
      }
    case "path":
      if doBridge {
        bridge.append((name, try timed(runs: runs, warmup: warmup) {
          var rng = LCG(state: seed + 1)
          var total = 0
          for _ in 0..<queries {
            let from = rng.pick(n)
            let to = rng.pick(n)
            total += try graph.shortestPath(from: from, to: to).count
          }
          return Double(total)
        }))
      }
      if doMetrics {
        metrics.append((name, try timed(runs: runs, warmup: warmup) {
          var rng = LCG(state: seed + 1)
          var total = 0
          for _ in 0..<queries {
            let from = rng.pick(n)
            let to = rng.pick(n)
            let paths = try ShortestPaths.between(Int64(from), Int64(to), in: network)
            total += paths.first.map { $0.nodes.count } ?? 0
          }
          return Double(total)
        }))
      }
    case "diameter":
      // igraph's all-pairs diameter through the bridge (the reference value), and iFUB.
      if doBridge {
        bridge.append((name, try timed(runs: runs, warmup: 0) {
          Double(try graph.diameterAllPairs())
        }))
      }
      if doMetrics {
        // The whole public call on the prebuilt Network: index mapping, adjacency, largest
        // component, then the searches (no igraph graph; see Diameter.largestComponent).
        var searches = 0
        var t = try timed(runs: runs, warmup: warmup) {
          let result = try Diameter.largestComponent(of: network)
          searches = result.searches
          return Double(result.diameter)
        }
        t.note = "iFUB (4-Sweep start, bit-parallel fringe), BFS searches: \(searches)"
        metrics.append(("diameter-ifub", t))
      }
    default:
      fail("unknown analytic \(name)")
    }
  }

  func section(_ items: [(String, Timing)]) -> String {
    items.map { name, t in
      var s = "\"\(name)\":{\"times\":[\(t.times.map(jsonNumber).joined(separator: ","))],"
        + "\"check\":\(jsonNumber(t.check))"
      if let note = t.note { s += ",\"note\":\"\(note)\"" }
      return s + "}"
    }.joined(separator: ",")
  }
  print(
    "{\"tool\":\"graph-bench\",\"igraph\":\"\(IgraphRuntime.version)\",\"nodes\":\(n),"
      + "\"edges\":\(pairs.count),\"weighted\":\(weighted ? 1 : 0),\"runs\":\(runs),"
      + "\"warmup\":\(warmup),\"queries\":\(queries),"
      + "\"results\":{\(section(bridge))},\"metrics\":{\(section(metrics))}}")
}

// MARK: - store helpers

func exportEdges(_ args: [String]) throws {
  guard let db = option(args, "--db"), let out = option(args, "--out") else {
    fail("usage: graph-bench export-edges --db DB --out FILE")
  }
  let openStart = now()
  let store = try GraphStore(path: db)
  let openTime = now() - openStart
  let start = now()
  let build = try store.coauthorNetwork(.init())
  let buildTime = now() - start
  let network = build.network
  let igraphStart = now()
  _ = try network.makeIgraph(weighted: true)
  let igraphTime = now() - igraphStart
  var text = "# \(network.nodes.count) \(network.edges.count) 1\n"
  text.reserveCapacity(network.edges.count * 20)
  for (e, (s, t)) in network.indexedEdges.enumerated() {
    let w = network.edges[e].weight
    text += "\(s) \(t) \(w == w.rounded() ? String(Int(w)) : String(w))\n"
  }
  try text.write(toFile: out, atomically: true, encoding: .utf8)
  print(
    "{\"tool\":\"graph-bench\",\"nodes\":\(network.nodes.count),\"edges\":\(network.edges.count),"
      + "\"open\":\(jsonNumber(openTime)),\"coauthor_network\":\(jsonNumber(buildTime)),"
      + "\"igraph_build\":\(jsonNumber(igraphTime)),\"works_used\":\(build.worksUsed)}")
}

func sampleAuthors(_ args: [String]) throws {
  guard let db = option(args, "--db") else { fail("usage: graph-bench sample-authors --db DB") }
  let count = Int(option(args, "--count") ?? "100") ?? 100
  var rng = LCG(state: UInt64(option(args, "--seed") ?? "42") ?? 42)
  let authors = try GraphStore(path: db).authors()
  guard !authors.isEmpty else { fail("no authors in \(db)", code: 65) }
  for _ in 0..<count {
    let a = authors[rng.pick(authors.count)]
    print("\(a.id)\t\(a.name)")
  }
}

let arguments = Array(CommandLine.arguments.dropFirst())
do {
  switch arguments.first {
  case "analytics": try analytics(Array(arguments.dropFirst()))
  case "export-edges": try exportEdges(Array(arguments.dropFirst()))
  case "sample-authors": try sampleAuthors(Array(arguments.dropFirst()))
  default:
    fail("usage: graph-bench analytics FILE [options] | export-edges --db DB --out FILE | "
      + "sample-authors --db DB [--count N] [--seed S]")
  }
} catch {
  fail("\(error)", code: 1)
}
