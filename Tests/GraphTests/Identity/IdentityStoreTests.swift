import Foundation
import Graph
import GraphTestSupport
import Testing

/// Identity resolution through the store: overrides that survive re-ingest, explanations,
/// suggestions and the mentions table.
@Suite struct IdentityStoreTests {
  static let listing = """
    Publications

    First Paper on Graphs
    A.R. Olteanu
    Hanna Wallach
    Second Paper on Graphs
    Alexandra Olteanu
    Hanna Wallach
    Third Paper: Elsewhere
    Jane Doe
    Wei Wang
    Fourth Paper: Later
    Jane Smith
    Wei Wang

    """

  static func store() throws -> GraphStore {
    let store = try GraphStore()
    _ = try store.ingest(data: Data(listing.utf8), name: "people.txt")
    return store
  }

  @Test func compatibleVariantWithSharedCoauthorIsOneIdentityWithEvidence() throws {
    let store = try Self.store()
    let id = try store.resolveAuthor("Alexandra Olteanu")
    #expect(try store.resolveAuthor("A.R. Olteanu") == id)
    let explanation = try store.explainIdentity(id)
    #expect(explanation.name == "Alexandra Olteanu")
    #expect(explanation.variants == ["A.R. Olteanu": 1, "Alexandra Olteanu": 1])
    #expect(explanation.mentions.count == 2)
    let decision = try #require(explanation.decisions.first)
    #expect(decision.rule == "compatible-name")
    #expect(decision.evidence == "shared coauthor hanna wallach")
  }

  @Test func overridesSurviveReingestOfAChangedFile() throws {
    let store = try Self.store()
    #expect(try store.resolveAuthor("Jane Doe") != store.resolveAuthor("Jane Smith"))
    try store.addOverrides([IdentityOverride(.merge, "Jane Doe", "Jane Smith")], origin: "test")
    #expect(try store.resolveAuthor("Jane Doe") == store.resolveAuthor("Jane Smith"))
    try store.addOverrides([IdentityOverride(.split, "Wei Wang")], origin: "test")
    // Same-name mentions without shared evidence now stay apart ("Wei Wang" is ambiguous).
    #expect(throws: GraphError.self) { try store.resolveAuthor("Wei Wang") }
    // Re-ingest a changed version of the file: the overrides still hold.
    let changed = Self.listing + "Fifth Paper: Again\nJane Doe\nSomeone Else\n"
    let summary = try store.ingest(data: Data(changed.utf8), name: "people.txt")
    #expect(summary.replacedPrevious)
    let doe = try store.resolveAuthor("Jane Doe")
    #expect(try store.resolveAuthor("Jane Smith") == doe)
    #expect(try store.explainIdentity(doe).mentions.count == 3)
    #expect(throws: GraphError.self) { try store.resolveAuthor("Wei Wang") }
  }

  @Test func aliasesFileRenamesAndMerges() throws {
    let text = "label\treplace by\nJane Smith\tJane Doe\n# a comment\nsplit\tWei Wang\n"
    let overrides = try AliasesFile.parse(text, file: "aliases.tsv")
    #expect(overrides == [IdentityOverride(.alias, "Jane Smith", "Jane Doe"), IdentityOverride(.split, "Wei Wang")])
    let store = try Self.store()
    try store.addOverrides(overrides, origin: "aliases.tsv")
    let doe = try store.resolveAuthor("Jane Doe")
    #expect(try store.explainIdentity(doe).variants == ["Jane Doe": 1, "Jane Smith": 1])
    #expect(throws: GraphError.badInput(file: "bad.tsv", line: 2, reason: "merge needs two names: merge<TAB>A<TAB>B")) {
      try AliasesFile.parse("label\treplace by\nmerge\tonly one\n", file: "bad.tsv")
    }
  }

  @Test func suggestionsListUnmergedCompatiblePairsWithScores() throws {
    let store = try GraphStore()
    let text = """
      Publications

      Paper One: A
      J. Smith
      Paper Two: B
      John Smith
      Paper Three: C
      Jane Smith

      """
    _ = try store.ingest(data: Data(text.utf8), name: "smiths.txt")
    // "J. Smith" has two compatible full names: not merged, but suggested with both.
    let suggestions = try store.suggestMerges()
    #expect(suggestions.count == 2)
    #expect(Set(suggestions.flatMap { [$0.aName, $0.bName] }) == ["J. Smith", "John Smith", "Jane Smith"])
    #expect(suggestions.allSatisfy { $0.score > 0 && $0.score <= 1 && $0.reason.hasPrefix("compatible names") })
  }

  @Test func mentionRowsListEveryMentionWithItsPositionAndIdentity() throws {
    let store = try Self.store()
    let rows = try store.mentionRows()
    #expect(rows.count == 8)
    #expect(rows.map(\.position) == [1, 2, 1, 2, 1, 2, 1, 2])
    #expect(rows[0].rawName == "A.R. Olteanu")
    #expect(rows[0].identityID == rows[2].identityID)
    #expect(rows[0].identityName == "Alexandra Olteanu")
    #expect(rows[0].recordKey == "line 3")
  }
}
