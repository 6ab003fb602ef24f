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

  /// The index made from the store's two scans (`AuthoredWorks`: each title once, pairs
  /// distinct) gives every community the terms the index of the joined rows gives.
  @Test(arguments: [3, 11] as [UInt64])
  func titlesReadOnceGiveTheSameTerms(seed: UInt64) {
    var random = SplitMix64(seed: seed)
    let words = ["graph", "learning", "network", "deep", "Über", "naïve", "model", "2020", "ab"]
    var entries: [AuthoredTitle] = []
    for work in 1...300 as ClosedRange<Int64> {
      let title = (0..<Int.random(in: 1...6, using: &random)).map { _ in
        words.randomElement(using: &random)!
      }.joined(separator: " ")
      for _ in 0..<Int.random(in: 1...4, using: &random) {
        entries.append(
          AuthoredTitle(author: Int64.random(in: 1...90, using: &random), work: work, title: title))
      }
    }
    var authored = AuthoredWorks()
    var workNumber: [Int64: Int32] = [:]
    for entry in entries.sorted(by: { $0.work < $1.work }) where workNumber[entry.work] == nil {
      workNumber[entry.work] = Int32(authored.works.count)
      authored.works.append((entry.work, entry.title))
    }
    let pairs = Set(entries.map { [$0.author, $0.work] }).sorted { $0.lexicographicallyPrecedes($1) }
    authored.entries = pairs.map { (author: $0[0], work: workNumber[$0[1]]!) }
    var membership: [Int64: Int] = [:]
    for author in 1...80 as ClosedRange<Int64> {
      membership[author] = Int.random(in: 0..<6, using: &random)
    }
    let joined = CommunityTerms.top(
      index: WorkTermIndex(entries.shuffled(using: &random)), membership: membership,
      communityCount: 6, limit: 5)
    let scanned = CommunityTerms.top(
      index: WorkTermIndex(authored), membership: membership, communityCount: 6, limit: 5)
    #expect(joined.allSatisfy { !$0.isEmpty })
    #expect(scanned == joined)
  }

  @Test func noTitlesGiveNoTerms() {
    let none = CommunityTerms.top(
      index: WorkTermIndex([]), membership: [1: 0], communityCount: 2, limit: 5)
    #expect(none == [[], []])
  }
}
