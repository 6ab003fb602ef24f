import ArgumentParser
import Foundation
import Graph

/// Options every subcommand shares: the store and the output mode.
struct GlobalOptions: ParsableArguments {
  @Option(name: .long, help: "SQLite store to use (default: $GRAPH_DB, else ./graph.db).")
  var db: String?

  @Flag(name: .long, help: "Print machine-readable JSON on stdout.")
  var json = false

  /// The store path after applying `--db`, then `GRAPH_DB`, then the default.
  var storePath: String {
    db ?? ProcessInfo.processInfo.environment["GRAPH_DB"] ?? "graph.db"
  }

  /// Opens the store.
  func openStore() throws(GraphError) -> GraphStore { try GraphStore(path: storePath) }
}

/// Options that shape the coauthor network (PRODUCT.md §6).
struct NetworkOptions: ParsableArguments {
  @Option(
    help: """
      Network: coauthor, edge-list, citation (works, citing → cited), cocitation, coupling \
      or author-citation (default: coauthor when the store has authors, else edge-list).
      """)
  var network: String?

  /// Network names the product will offer but this build cannot make yet (none left).
  static let plannedNetworks: [String] = []

  /// True for `--network mentions`: a table of author mentions, exported by `graph export`.
  var isMentions: Bool { network == "mentions" }

  /// The chosen kind, nil for automatic.
  var kind: Network.Kind? { network.flatMap(Network.Kind.init(rawValue:)) }

  @Option(
    help: """
      Edge weighting: full (joint works; citations) or fractional (coauthor: 1/(n-1) per pair; \
      author-citation: 1/(citing authors × cited authors) per citation).
      """)
  var counting: Counting = .full

  @Option(help: "Works with more authors than this build no edges.")
  var maxAuthors = 100

  @Option(help: "Only works from this year on.")
  var since: Int?

  @Option(help: "Only works up to this year.")
  var until: Int?

  @Option(help: "Drop edges lighter than this weight.")
  var minWeight: Double = 0

  @Option(help: "Drop authors with fewer works than this (inside --since/--until), with their edges.")
  var minWorks = 1

  @Flag(help: "Keep only the largest connected component.")
  var largestComponent = false

  func validate() throws {
    if let network, Network.Kind(rawValue: network) == nil, network != "mentions" {
      let available = Network.Kind.allCases.map(\.rawValue).joined(separator: ", ")
      if Self.plannedNetworks.contains(network) {
        throw ValidationError(
          "--network \(network) is not available yet (available: \(available))")
      }
      throw ValidationError("unknown network '\(network)' (available: \(available))")
    }
    guard maxAuthors >= 2 else { throw ValidationError("--max-authors must be ≥ 2") }
    guard minWorks >= 1 else { throw ValidationError("--min-works must be ≥ 1 (got \(minWorks))") }
    guard minWeight >= 0 else { throw ValidationError("--min-weight must be ≥ 0 (got \(minWeight))") }
    if let since, let until, since > until {
      throw ValidationError("--since \(since) is after --until \(until)")
    }
  }

  /// Builds the chosen network from the store.
  func build(from store: GraphStore) throws(GraphError) -> CoauthorBuild {
    if isMentions {
      throw .invalidParameter(
        name: "--network mentions",
        reason: "is a table of author mentions, not a network: use graph export --network mentions --format csv")
    }
    return try store.network(kind: kind, coauthor: coauthorOptions)
  }

  var coauthorOptions: CoauthorOptions {
    CoauthorOptions(
      counting: counting, maxAuthors: maxAuthors, since: since, until: until,
      minWeight: minWeight, minWorks: minWorks, largestComponent: largestComponent)
  }

  /// The network options as run parameters (the network kind included).
  func runParameters(for build: CoauthorBuild) -> [String: String] {
    var parameters = coauthorOptions.runParameters
    parameters["network"] = build.network.kind.rawValue
    return parameters
  }
}

extension Counting: ExpressibleByArgument {}
extension InputFormat: ExpressibleByArgument {}
