/// First and last years of a node or tie, where a work may have no year.
enum YearRange {
  /// The earlier of two optional years (the known one when the other is missing).
  static func earlier(_ a: Int?, _ b: Int?) -> Int? {
    guard let a else { return b }
    guard let b else { return a }
    return min(a, b)
  }

  /// The later of two optional years (the known one when the other is missing).
  static func later(_ a: Int?, _ b: Int?) -> Int? {
    guard let a else { return b }
    guard let b else { return a }
    return max(a, b)
  }
}
