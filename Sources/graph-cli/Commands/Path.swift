import ArgumentParser
import Graph
import Metrics

extension GraphCommand {
  /// `graph path A B`: the shortest collaboration path, each hop with its works.
  struct Path: ParsableCommand {
    static let configuration = CommandConfiguration(
      commandName: "path",
      abstract: "Show the shortest collaboration path between two authors, with each hop's works.",
      discussion: """
        Hops ignore weights (collaboration distance). --all lists every shortest path (up to
        --limit), ordered by node ids; without --all the path shown is the first of that list
        (at each hop, the lowest identity id still on a shortest path). When the two authors
        are not connected, prints "no path between A and B" and exits 0 (JSON: no "distance"
        key, "paths": []). On the coauthor network the search runs from both authors over the
        store's indexes instead of building the whole network (unless --min-works or
        --largest-component need it). For edge-list networks the names are node labels.
        Example: graph path "Aviral Kumar" "Yi Su" --all
        """)

    @OptionGroup var global: GlobalOptions
    @OptionGroup var network: NetworkOptions

    @Argument(help: "First author (name or part of it).")
    var from: String

    @Argument(help: "Second author.")
    var to: String

    @Option(help: "Identity id for the first author, when the name is ambiguous.")
    var fromId: Int64?

    @Option(help: "Identity id for the second author.")
    var toId: Int64?

    @Flag(help: "List every shortest path, not just one.")
    var all = false

    @Option(help: "At most this many paths with --all.")
    var limit = 20

    @Flag(help: .hidden)
    var wholeNetwork = false

    func validate() throws {
      guard limit >= 1 else { throw ValidationError("--limit must be ≥ 1") }
    }

    func run() throws {
      try reportingFailures {
        let store = try global.openStore()
        let graph: Network
        let (a, b): (Int64, Int64)
        if !wholeNetwork, let options = try network.localCoauthorOptions(in: store) {
          // Local answer: a breadth-first search from both authors over the mentions
          // (indexed), reading only the part of the network that holds every shortest path.
          a = try fromId ?? store.resolveAuthor(from)
          b = try toId ?? store.resolveAuthor(to)
          for (id, name) in [(a, from), (b, to)] {
            if try !store.isCoauthorNode(id, options: options) { throw Self.notInNetwork(name, id) }
          }
          guard
            let part = try store.coauthorPathNetwork(
              from: a, to: b, options: options, years: false)
          else { throw Self.notInNetwork(from, a) }
          graph = part
        } else {
          graph = try network.build(from: store).network
          a = try fromId ?? store.resolveNode(from, in: graph)
          b = try toId ?? store.resolveNode(to, in: graph)
          for (id, name) in [(a, from), (b, to)] where graph.node(id) == nil {
            throw Self.notInNetwork(name, id)
          }
        }
        let paths = try ShortestPaths.between(a, b, in: graph, all: all, limit: limit)
        let works = try store.works(paths.flatMap { $0.hops.flatMap(\.workIDs) })
        let report = PathReport(from: a, to: b, paths: paths, network: graph, works: works)
        if global.json { try JSONOutput.print(report) } else { print(report.text) }
      }
    }

    static func notInNetwork(_ name: String, _ id: Int64) -> GraphError {
      .invalidParameter(
        name: "author", reason: "\(name) (id \(id)) is not in the network (check the filters)")
    }
  }
}

/// `graph path` output.
struct PathReport: Encodable {
  struct Node: Encodable {
    var id: Int64
    var name: String
  }
  struct Hop: Encodable {
    var from: Node
    var to: Node
    var weight: Double
    var works: [WorkSummary]
  }
  struct Path: Encodable {
    var nodes: [Node]
    var hops: [Hop]
  }
  var from: Node
  var to: Node
  var distance: Int?
  var paths: [Path]

  init(from a: Int64, to b: Int64, paths: [CollaborationPath], network: Network, works: [WorkSummary]) {
    let workByID = Dictionary(uniqueKeysWithValues: works.map { ($0.id, $0) })
    func node(_ id: Int64) -> Node { Node(id: id, name: network.node(id)?.name ?? "#\(id)") }
    from = node(a)
    to = node(b)
    distance = paths.first?.length
    self.paths = paths.map { path in
      Path(
        nodes: path.nodes.map(node),
        hops: zip(path.nodes, path.nodes.dropFirst()).enumerated().map { k, pair in
          let edge = path.hops[k]
          return Hop(
            from: node(pair.0), to: node(pair.1), weight: edge.weight,
            works: edge.workIDs.compactMap { workByID[$0] })
        })
    }
  }

  var text: String {
    guard let distance else { return "no path between \(from.name) and \(to.name)" }
    let count = paths.count == 1 ? "1 shortest path" : "\(paths.count) shortest paths"
    var lines = ["\(from.name) → \(to.name): distance \(distance) (\(count))"]
    for (k, path) in paths.enumerated() {
      if paths.count > 1 { lines.append("  path \(k + 1)") }
      for hop in path.hops {
        lines.append("    \(hop.from.name) — \(hop.to.name)  weight \(fixed(hop.weight, 2))")
        for work in hop.works {
          lines.append("        \(work.title)\(work.year.map { " (\($0))" } ?? "")")
        }
      }
    }
    return lines.joined(separator: "\n")
  }
}
