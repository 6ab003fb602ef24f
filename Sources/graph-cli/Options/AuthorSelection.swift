import ArgumentParser
import Graph

/// The author a query is about: a name (case- and diacritic-insensitive, a unique part is
/// enough) or, among several matches, `--id`.
struct AuthorSelection: ParsableArguments {
  @Argument(help: "Author name (or part of it).")
  var name: String

  @Option(help: "Identity id, to pick one of several matching authors.")
  var id: Int64?

  /// The id of the chosen author (`--id`, else the name matched against `network`'s nodes).
  func resolve(in network: Network, store: GraphStore) throws(GraphError) -> Int64 {
    if let id { return id }
    return try store.resolveNode(name, in: network)
  }

  /// The node id of the chosen author in `network`; throws when it is not there.
  func node(in network: Network, store: GraphStore) throws(GraphError) -> Int64 {
    let center = try resolve(in: network, store: store)
    guard network.node(center) != nil else {
      throw .invalidParameter(name: "author", reason: "\(name) has no works inside the network's filters")
    }
    return center
  }
}
