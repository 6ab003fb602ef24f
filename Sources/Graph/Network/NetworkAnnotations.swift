/// Results to carry into an export: a community per node and named scores per node.
public struct NetworkAnnotations: Sendable, Equatable {
  /// Community label per node id (from a communities run), when one is named.
  public var community: [Int64: Int]
  /// Score name (e.g. "pagerank") → node id → value.
  public var scores: [String: [Int64: Double]]

  /// Creates annotations; both default to empty.
  public init(community: [Int64: Int] = [:], scores: [String: [Int64: Double]] = [:]) {
    self.community = community
    self.scores = scores
  }

  /// No annotations.
  public static let none = NetworkAnnotations()
}
