@testable import Graph
import Testing

/// Lists an ingest fills grow to the size projected from the share of the file read
/// (issue 8), and keep every element whatever the projection says.
@Suite struct InputShareTests {
  /// Appending 100,000 elements while the share read advances in step: once a hundredth is
  /// read (1,000 elements, reached by doubling) the list grows at most twice, where doubling
  /// would take seven more times, and it ends at most an eighth above the count.
  @Test func accurateSharesGrowSeldom() {
    let total = 100_000
    var share = InputShare()
    var list: [Int] = []
    var growths = 0
    for value in 0..<total {
      if value % 100 == 0 {
        share.note(bytesRead: Int64(value), of: Int64(total))
      }
      let capacity = list.capacity
      list.append(value, projectedBy: share)
      if list.capacity != capacity, value > total / 100 { growths += 1 }
    }
    #expect(list == Array(0..<total))
    #expect(growths >= 1 && growths <= 2)
    #expect(list.capacity <= total + total / 8)
  }

  /// A share that overstates or understates how far the file is still keeps every element,
  /// and each growth adds at least an eighth.
  @Test(arguments: [0.02, 0.5, 1.0])
  func wrongSharesKeepEverything(claimed: Double) {
    var share = InputShare()
    share.note(bytesRead: Int64(claimed * 1_000), of: 1_000)
    var list: [Int] = []
    var previous = list.capacity
    for value in 0..<20_000 {
      list.append(value, projectedBy: share)
      if list.capacity != previous {
        #expect(previous == 0 || list.capacity >= previous + previous / 8)
        previous = list.capacity
      }
    }
    #expect(list == Array(0..<20_000))
  }

  /// Unknown sizes, empty files and too little read project nothing: the list doubles.
  @Test func noProjectionWithoutAKnownShare() {
    var share = InputShare()
    share.note(bytesRead: 10, of: nil)
    #expect(share.read == nil)
    share.note(bytesRead: 10, of: 0)
    #expect(share.read == nil)
    share.note(bytesRead: 5, of: 1_000)
    #expect(share.read == nil)
    #expect(share.grownCapacity(forFull: 100) == 200)
    share.note(bytesRead: 250, of: 1_000)
    #expect(share.read == 0.25)
    #expect(share.grownCapacity(forFull: 100) == 425)
    share.note(bytesRead: 2_000, of: 1_000)
    #expect(share.read == 1)
    #expect(share.grownCapacity(forFull: 100) == 128)
  }
}
