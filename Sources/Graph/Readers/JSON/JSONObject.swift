/// The members of a JSON object in the order they were read.
///
/// A list rather than a dictionary (issue 8): the objects readers meet are small (a work has
/// about a dozen members, an authorship five), and a reader asks for a few members once
/// each, so comparing names costs less than hashing every name as it is read and growing a
/// table (dictionary work was 15% of the reader thread on a generated OpenAlex file). Lookup
/// is linear in the member count. A name given twice keeps its last value, as a dictionary
/// would.
struct JSONObject: Sendable, Equatable {
  private var members: [(name: String, value: JSONValue)] = []

  init() {}

  /// Adds a member read after the others.
  mutating func append(_ name: String, _ value: JSONValue) {
    members.append((name, value))
  }

  /// The value of the last member named `name`.
  subscript(name: String) -> JSONValue? {
    members.last { $0.name == name }?.value
  }

  /// True when some member's name satisfies `predicate` (no set of names is built: this runs
  /// for every JSONL line).
  func containsName(where predicate: (String) -> Bool) -> Bool {
    members.contains { predicate($0.name) }
  }

  /// The member names, each once, in first-read order.
  var names: [String] {
    var seen: Set<String> = []
    return members.compactMap { seen.insert($0.name).inserted ? $0.name : nil }
  }

  /// Objects are equal when they give every name the same value, whatever the order.
  static func == (lhs: JSONObject, rhs: JSONObject) -> Bool {
    let names = lhs.names
    guard names.count == rhs.names.count else { return false }
    return names.allSatisfy { lhs[$0] == rhs[$0] }
  }
}
