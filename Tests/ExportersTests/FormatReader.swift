import Foundation
import Testing

/// Reads our files back with their real consumers (networkx, Python's csv module) and returns
/// what they saw, as plain JSON values, so the tests compare what a user would get.
enum FormatReader {
  /// What a consumer read: nodes keyed by the consumer's node key, edges as listed.
  struct Read {
    /// Node key → attributes, each as `(Python type name, value)`.
    var nodes: [String: [String: TypedValue]]
    /// `(source key, target key, attributes)` per edge.
    var edges: [(String, String, [String: TypedValue])]
    /// Whether the reader built a directed graph (false for CSV).
    var directed: Bool
  }

  /// One attribute value with the Python type it was read as.
  struct TypedValue: Equatable, CustomStringConvertible {
    /// `int`, `float`, `str`, `bool`, `dict`, ...
    var type: String
    /// The value as JSONSerialization decoded it.
    var value: Any

    var string: String? { value as? String }
    var int: Int? { type == "int" ? (value as? NSNumber)?.intValue : nil }
    var double: Double? { (value as? NSNumber)?.doubleValue }
    var description: String { "\(type):\(value)" }

    static func == (lhs: TypedValue, rhs: TypedValue) -> Bool {
      lhs.type == rhs.type && "\(lhs.value)" == "\(rhs.value)"
    }
  }

  /// Whether python3 with networkx can run, recording an issue on CI when not.
  static func available(sourceLocation: SourceLocation = #_sourceLocation) -> String? {
    guard let python = ExternalTool.require("python3", hint: "install python3", sourceLocation: sourceLocation)
    else { return nil }
    guard ExternalTool.hasNetworkx else {
      Issue.record(
        "networkx is required on CI but `import networkx` failed (pip install networkx).",
        sourceLocation: sourceLocation)
      return nil
    }
    return python
  }

  /// Reads `files` (one file; two for CSV: nodes then edges) as `format` with `python`.
  ///
  /// Formats: `graphml` (`nx.read_graphml`), `gexf` (`nx.read_gexf`), `pajek`
  /// (`nx.read_pajek`), `json` (`nx.node_link_graph(..., edges="edges")`), `csv`
  /// (`csv.DictReader`, values as strings).
  static func read(_ format: String, files: [String], python: String) throws -> Read {
    let result = try ExternalTool.run(python, ["-c", script, format] + files)
    guard result.status == 0 else {
      throw ReaderFailure(message: "python reading \(format) failed: \(result.stderr)")
    }
    let object = try JSONSerialization.jsonObject(with: result.stdout) as? [String: Any] ?? [:]
    func typed(_ raw: Any?) -> [String: TypedValue] {
      var out: [String: TypedValue] = [:]
      for (key, pair) in raw as? [String: [Any]] ?? [:] where pair.count == 2 {
        out[key] = TypedValue(type: pair[0] as? String ?? "?", value: pair[1])
      }
      return out
    }
    var nodes: [String: [String: TypedValue]] = [:]
    for (key, attrs) in object["nodes"] as? [String: Any] ?? [:] { nodes[key] = typed(attrs) }
    let edges = (object["edges"] as? [[Any]] ?? []).map { triple in
      (triple[0] as? String ?? "?", triple[1] as? String ?? "?", typed(triple[2]))
    }
    return Read(nodes: nodes, edges: edges, directed: object["directed"] as? Bool ?? false)
  }

  /// A consumer refused a file.
  struct ReaderFailure: Error, CustomStringConvertible {
    var message: String
    var description: String { message }
  }

  /// argv: format, file(s). Prints {"nodes": {key: {attr: [type, value]}}, "edges": [[u, v,
  /// {attr: [type, value]}]], "directed": bool}, ASCII-escaped.
  private static let script = """
    import csv, json, sys
    fmt, files = sys.argv[1], sys.argv[2:]
    def typed(d):
        return {str(k): [type(v).__name__, v] for k, v in d.items()}
    if fmt == "csv":
        with open(files[0], newline="", encoding="utf-8") as f:
            nodes = list(csv.DictReader(f))
        with open(files[1], newline="", encoding="utf-8") as f:
            edges = list(csv.DictReader(f))
        print(json.dumps({
            "nodes": {r["id"]: typed(r) for r in nodes},
            "edges": [[r["source"], r["target"], typed(r)] for r in edges],
            "directed": False,
        }))
        sys.exit(0)
    import networkx as nx
    if fmt == "graphml":
        g = nx.read_graphml(files[0])
    elif fmt == "gexf":
        g = nx.read_gexf(files[0])
    elif fmt == "pajek":
        g = nx.read_pajek(files[0])
    elif fmt == "json":
        with open(files[0], encoding="utf-8") as f:
            g = nx.node_link_graph(json.load(f), edges="edges")
    else:
        raise SystemExit("unknown format " + fmt)
    print(json.dumps({
        "nodes": {str(n): typed(d) for n, d in g.nodes(data=True)},
        "edges": [[str(u), str(v), typed(d)] for u, v, d in g.edges(data=True)],
        "directed": g.is_directed(),
    }))
    """
}
