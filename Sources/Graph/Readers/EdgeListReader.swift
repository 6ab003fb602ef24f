/// Reads edge lists: `a b [weight]` per line, `#` or `%` comments, tabs or spaces (SNAP files,
/// networkx edgelists whose third field is a `{...}` attribute dict).
enum EdgeListReader {
  /// One parsed edge line.
  struct EdgeLine: Equatable {
    var a: Substring
    var b: Substring
    var weight: Double
  }

  /// True when the first data lines of `prefix` are all edges (at least one; comments skipped).
  static func recognizes(prefix: String) -> Bool {
    var dataLines = 0
    for line in prefix.split(whereSeparator: \.isNewline).prefix(200) {
      switch parse(line) {
      case .comment: continue
      case .edge: dataLines += 1
      case .malformed: return false
      }
    }
    return dataLines > 0
  }

  enum Parsed: Equatable {
    case comment
    case edge(EdgeLine)
    case malformed(String)
  }

  /// Parses one line. Blank lines count as comments.
  static func parse(_ line: Substring) -> Parsed {
    let trimmed = line.trimmingSpaces()
    if trimmed.isEmpty || trimmed.first == "#" || trimmed.first == "%" { return .comment }
    let fields = trimmed.split(whereSeparator: { $0 == " " || $0 == "\t" || $0 == "," })
    guard fields.count >= 2 else { return .malformed("an edge needs two node labels") }
    if fields.count == 2 { return .edge(EdgeLine(a: fields[0], b: fields[1], weight: 1)) }
    if fields[2].first == "{" {
      return .edge(EdgeLine(a: fields[0], b: fields[1], weight: attributeWeight(trimmed) ?? 1))
    }
    guard fields.count == 3, let weight = Double(fields[2]), weight.isFinite else {
      return .malformed("expected `a b [weight]`, got \(fields.count) fields")
    }
    return .edge(EdgeLine(a: fields[0], b: fields[1], weight: weight))
  }

  /// The `'weight': w` entry of a networkx attribute dict, if present.
  private static func attributeWeight(_ line: Substring) -> Double? {
    guard let key = line.range(of: "weight") else { return nil }
    let rest = line[key.upperBound...].drop { $0 == "'" || $0 == "\"" || $0 == ":" || $0 == " " }
    let number = rest.prefix { $0.isNumber || $0 == "." || $0 == "-" || $0 == "e" || $0 == "E" }
    return Double(number)
  }
}
