/// How far through its input an ingest is, for growing the lists it fills to their projected
/// final size instead of doubling them (issue 8).
///
/// A list that doubles is copied at each growth, and the copies are fresh memory, slow to
/// fault in on a virtual machine: at a million works the copies of the session's three
/// million mention evidences (160 bytes each) and the pages they faulted in were about 2.5 s
/// of the storing thread (perf), the slower of the read phase's two.
struct InputShare {
  /// The share of the input read, 0 < share ≤ 1; nil while too little is read to project.
  private(set) var read: Double?

  /// Below this share the projection waits (the first records may not be typical).
  static let minimumShare = 0.01

  /// Notes that `bytesRead` of `totalBytes` are read (nil total: the size is unknown).
  mutating func note(bytesRead: Int64, of totalBytes: Int64?) {
    guard let totalBytes, totalBytes > 0 else { return }
    let share = min(1, Double(bytesRead) / Double(totalBytes))
    read = share >= Self.minimumShare ? share : nil
  }

  /// The capacity for a full list of `count` elements: what the input's rest is projected to
  /// add, with a sixteenth to spare, and at least an eighth more than now; doubling while
  /// no projection is possible.
  func grownCapacity(forFull count: Int) -> Int {
    guard let read else { return max(2 * count, 16) }
    let projected = Int(Double(count) / read * (1 + 1.0 / 16))  // read ≥ minimumShare
    return max(count + count / 8 + 16, projected)
  }
}

extension Array {
  /// Appends `element`, first growing a full list to `share`'s projected capacity.
  /// - Complexity: amortized O(1); one copy per growth, and few growths once projected.
  mutating func append(_ element: Element, projectedBy share: InputShare) {
    if count == capacity { reserveCapacity(share.grownCapacity(forFull: count)) }
    append(element)
  }
}
