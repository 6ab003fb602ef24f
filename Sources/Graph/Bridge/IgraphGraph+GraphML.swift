internal import CIgraph
import Foundation

extension IgraphGraph {
  /// Reads the first graph of the GraphML file at `path` with igraph's own reader and returns
  /// its vertex and edge counts (a round-trip check for our GraphML writer).
  ///
  /// The graph is built on the heap and destroyed before returning; attributes are not kept.
  /// Throws `.badInput` when the file cannot be opened, `.igraph` when igraph rejects it.
  /// The corresponding igraph function is `igraph_read_graph_graphml()`.
  package static func readGraphMLCounts(
    path: String
  ) throws(GraphError) -> (vertices: Int, edges: Int) {
    guard let file = fopen(path, "r") else {
      let reason = String(cString: strerror(errno))
      throw .badInput(file: path, line: nil, reason: "cannot open: \(reason)")
    }
    defer { fclose(file) }
    return try IgraphRuntime.locked { () throws(GraphError) -> (vertices: Int, edges: Int) in
      let raw = UnsafeMutablePointer<igraph_t>.allocate(capacity: 1)
      defer { raw.deallocate() }
      try check(igraph_read_graph_graphml(raw, file, 0), "igraph_read_graph_graphml")
      defer { igraph_destroy(raw) }
      return (vertices: Int(igraph_vcount(raw)), edges: Int(igraph_ecount(raw)))
    }
  }
}
