@testable import Graph
import GraphTestSupport
@testable import Metrics
import Testing

/// `CommunityTerms` gives every community what `TitleTerms.top` gives over the titles of its
/// members' works (the definition), on generated authorships with shared works, repeated
/// entries, authors outside every community and non-ASCII titles.
@Suite struct CommunityTermsTests {
  @Test(arguments: [1, 7, 42] as [UInt64])
  func everyCommunityGetsTheTopOfItsOwnTitles(seed: UInt64) {
    var random = SplitMix64(seed: seed)
    let words = [
      "graph", "learning", "the", "of", "network", "networks", "2020", "covid", "19", "deep",
      "Über", "naïve", "models", "model", "analysis", "and", "a", "x1", "community", "ab",
    ]
    let titles = (0..<400).map { _ in
      (0..<Int.random(in: 1...7, using: &random)).map { _ in words.randomElement(using: &random)! }
        .joined(separator: Bool.random(using: &random) ? " " : "-")
    }
    var entries: [AuthoredTitle] = []
    for (work, title) in titles.enumerated() {
      for _ in 0..<Int.random(in: 1...4, using: &random) {
        let author = Int64.random(in: 1...150, using: &random)
        entries.append(AuthoredTitle(author: author, work: Int64(work + 1), title: title))
      }
    }
    entries.shuffle(using: &random)
    let communities = 9
    var membership: [Int64: Int] = [:]
    for author in 1...140 as ClosedRange<Int64> {  // 141…150 belong to no community
      membership[author] = Int.random(in: 0..<communities, using: &random)
    }
    let fast = CommunityTerms.top(
      index: WorkTermIndex(entries), membership: membership, communityCount: communities, limit: 5)
    #expect(fast.count == communities)
    for label in 0..<communities {
      var own: [Int64: String] = [:]
      for entry in entries where membership[entry.author] == label { own[entry.work] = entry.title }
      let expected = TitleTerms.top(own, limit: 5)
      #expect(!expected.isEmpty)
      #expect(fast[label] == expected, "community \(label)")
    }
  }

  @Test func noTitlesGiveNoTerms() {
    let none = CommunityTerms.top(
      index: WorkTermIndex([]), membership: [1: 0], communityCount: 2, limit: 5)
    #expect(none == [[], []])
  }
}
