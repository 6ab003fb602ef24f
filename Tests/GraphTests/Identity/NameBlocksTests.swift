import GraphTestSupport
import Testing

@testable import Graph

/// `NameBlocks` groups mentions as the dictionary of arrays it replaced did: every mention in
/// exactly one block, blocks in ascending key order, members in array order.
@Suite struct NameBlocksTests {
  /// The grouping by definition: a dictionary keyed by block key, keys sorted.
  static func byDictionary(_ mentions: [MentionEvidence]) -> [[Int]] {
    var blocks: [String: [Int]] = [:]
    for i in mentions.indices {
      blocks[NameParts.blockKey(given: mentions[i].given, surname: mentions[i].surname), default: []]
        .append(i)
    }
    return blocks.keys.sorted().map { blocks[$0]! }
  }

  static func mention(_ position: Int, given: [String], surname: String) -> MentionEvidence {
    MentionEvidence(
      id: Int64(position + 1), workID: 1, record: .init(source: 1, line: position),
      rawName: "", nameKey: (given + [surname]).joined(separator: " "), given: given,
      surname: surname)
  }

  /// 5,000 seeded names over a few surnames and initials (non-ASCII ones, empty given names
  /// and surnames among them), so that blocks of every size occur.
  @Test func blocksAreTheSortedDictionaryGrouping() {
    let surnames = ["lee", "li", "müller", "muller", "", "ōta", "zhang", "a", "lee-ann"]
    let givens = [[], ["ann"], ["a"], ["anna", "b"], ["élise"], ["e"], ["bo"], ["zoë", "k"]]
    var generator = SplitMix64(seed: 8)
    let mentions = (0..<5_000).map { position in
      Self.mention(
        position, given: givens.randomElement(using: &generator)!,
        surname: surnames.randomElement(using: &generator)!)
    }
    let blocks = NameBlocks(mentions)
    let expected = Self.byDictionary(mentions)
    #expect(blocks.count == expected.count)
    #expect((0..<blocks.count).map { Array(blocks[$0]) } == expected)
    for b in 0..<blocks.count {
      for i in blocks[b] {
        #expect(Int(blocks.blockOf[i]) == b)
        #expect(blocks.sizeOfBlock(of: i) == expected[b].count)
      }
    }
  }

  @Test func noMentionsNoBlocks() {
    let blocks = NameBlocks([])
    #expect(blocks.count == 0)
    #expect(blocks.blockOf.isEmpty)
  }
}
