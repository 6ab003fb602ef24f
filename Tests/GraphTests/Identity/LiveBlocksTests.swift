import Foundation
import GraphTestSupport
import Testing

@testable import Graph

/// The name rules run only in blocks whose mentions the id links left in more than one
/// cluster, and a first ingest completes evidence only where those rules can read it.
@Suite struct LiveBlocksTests {
  static func mention(_ id: Int64, _ given: String, _ surname: String, ids: [Identifier] = [])
    -> MentionEvidence
  {
    EvidenceScopeTests.mention(id, given, surname, ids: ids)
  }

  @Test func aBlockInsideOneClusterIsNotLive() {
    let orcid = Identifier("orcid", "0000-0001-0000-0001")
    let other = Identifier("orcid", "0000-0002-0000-0002")
    let mentions = [
      Self.mention(1, "ann", "lee", ids: [orcid]), Self.mention(2, "anna", "lee", ids: [orcid]),
      Self.mention(3, "bob", "ray"), Self.mention(4, "bo", "ray", ids: [other]),
      Self.mention(5, "carl", "fox", ids: [other]),  // alone in its block, 4's cluster mate
      Self.mention(6, "dan", "oak"),  // alone, no id
    ]
    let blocks = NameBlocks(mentions)
    var run = ClusteringRun(count: mentions.count, policy: .evidence, overrides: .init())
    run.linkByIDs(mentions)
    let live = run.liveBlocks(blocks)
    let liveMentions = mentions.indices.filter { live[Int(blocks.blockOf[$0])] }
    #expect(liveMentions == [2, 3])
    #expect(
      run.evidenceNeeded(blocks, live: live) == [false, false, true, true, true, false])
  }

  /// `IdentityClustering.resolve` on `mentions` stripped of affiliations, venues and
  /// coauthors, completed halfway from `mentions` where needed; also how many it completed.
  static func resolveHalfway(_ mentions: [MentionEvidence])
    -> (clusters: [[Int64]], decisions: [MergeDecision], completed: Int)
  {
    var stripped = mentions.map { mention in
      var bare = mention
      bare.affiliationWords = []
      bare.venue = nil
      bare.coauthors = []
      return bare
    }
    var completed = 0
    let result = IdentityClustering.resolve(
      &stripped, blocks: NameBlocks(stripped),
      complete: { out, needed in
        for i in out.indices where needed[i] {
          out[i] = mentions[i]
          completed += 1
        }
      })
    return (result.clusters, result.decisions, completed)
  }

  /// An ORCID joins "ann lee" (no affiliation) to "ann leigh" (Cairo) before affiliations are
  /// known; the other "ann lee" (Tokyo) must then meet the cluster's Cairo, not an empty set,
  /// and stays apart, as with complete evidence.
  @Test func completingHalfwayKeepsTheClusterAffiliations() {
    let orcid = Identifier("orcid", "0000-0001-0000-0001")
    var mentions = [
      Self.mention(1, "ann", "lee", ids: [orcid]), Self.mention(2, "ann", "leigh", ids: [orcid]),
      Self.mention(3, "ann", "lee"),
    ]
    mentions[1].affiliationWords = ["cairo"]
    mentions[2].affiliationWords = ["tokyo"]
    let expected = IdentityClustering.resolve(mentions)
    #expect(expected.clusters == [[1, 2], [3]])
    let halfway = Self.resolveHalfway(mentions)
    #expect(halfway.clusters == expected.clusters)
    #expect(halfway.decisions == expected.decisions)
    #expect(halfway.completed == 3)
  }

  /// Real PubMed records (ORCIDs, affiliations, every rule firing): evidence stripped of
  /// affiliations, venues and coauthors and completed halfway, where the id links leave it
  /// needed, clusters and decides exactly as the complete evidence does, and completes
  /// fewer mentions than there are.
  @Test(.enabled(if: RepositoryPaths.shared("data/pubmed-medline-xml") != nil, "needs ../shared"))
  func completingHalfwayDecidesAsCompleteEvidence() throws {
    let file = try #require(
      RepositoryPaths.shared("data/pubmed-medline-xml/pubmed21n1298.even-records.xml.gz"))
    let store = try GraphStore()
    _ = try store.ingest(path: file.path)
    let complete = try store.write { db in
      let blocks = Set(
        try String.fetchAll(db, sql: "SELECT DISTINCT block_key FROM mention WHERE is_group = 0"))
      return try IdentityEvidenceLoader(db: db, aliases: [:], completeEvidence: true)
        .loadByScanning(blocks: blocks)
    }
    let expected = IdentityClustering.resolve(complete)
    let halfway = Self.resolveHalfway(complete)
    #expect(Set(expected.decisions.map(\.rule)).count == 5)
    #expect(halfway.clusters == expected.clusters)
    #expect(halfway.decisions == expected.decisions)
    #expect(halfway.completed > 0 && halfway.completed < complete.count)
  }
}
