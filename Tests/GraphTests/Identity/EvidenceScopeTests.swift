import Foundation
import GraphTestSupport
import Testing

@testable import Graph

/// The evidence loader skips coauthors, affiliations and venues of mentions that cannot meet
/// another mention in clustering; these tests check that the skip changes no identity.
@Suite struct EvidenceScopeTests {
  static func mention(_ id: Int64, _ given: String, _ surname: String, ids: [Identifier] = [])
    -> MentionEvidence
  {
    MentionEvidence(
      id: id, workID: id, record: .init(source: 1, line: Int(id)), rawName: "\(given) \(surname)",
      nameKey: "\(given) \(surname)", given: [given], surname: surname, ids: ids)
  }

  /// Coauthors come from each work's group of mentions: runs of equal work ids when the
  /// mentions arrived work by work, and every mention of a work when a record merged into an
  /// earlier work brought more of them later.
  @Test func mentionsAreGroupedByWorkInOrderOrNot() {
    func groups(_ works: [Int64]) -> [[Int]] {
      let mentions = works.enumerated().map { position, work in
        var mention = Self.mention(Int64(position + 1), "x\(position)", "y")
        mention.workID = work
        return mention
      }
      return SessionEvidence.mentionsByWork(mentions).map(Array.init)
        .sorted { $0.first ?? 0 < $1.first ?? 0 }
    }
    #expect(groups([]) == [])
    #expect(groups([7]) == [[0]])
    #expect(groups([1, 1, 2, 3, 3, 3]) == [[0, 1], [2], [3, 4, 5]])
    #expect(groups([1, 1, 2, 1, 3, 2]) == [[0, 1, 3], [2, 5], [4]])
  }

  @Test func aloneInItsBlockNeedsEvidenceOnlyThroughAPersonID() {
    let orcid = Identifier("orcid", "0000-0001-0000-0001")
    let mentions = [
      Self.mention(1, "ann", "lee"), Self.mention(2, "anna", "lee"),  // block "a lee": 2
      Self.mention(3, "bob", "ray"),  // alone, no id
      Self.mention(4, "carl", "fox", ids: [orcid]),  // alone, joined by ORCID to 5
      Self.mention(5, "ann", "lee", ids: [orcid]),  // third in block "a lee"
      Self.mention(6, "dan", "oak", ids: [Identifier("orcid", "0000-0002-0000-0002")]),  // alone
      Self.mention(7, "eve", "elm", ids: [Identifier("pmid-author", "x")]),  // not a linking scheme
    ]
    #expect(
      IdentityEvidenceLoader.evidenceNeeded(mentions) == [true, true, false, true, true, false, false])
  }

  /// On real records (PubMed with ORCIDs and affiliations), loading evidence only where it
  /// can matter gives the same clusters and decisions as loading all; the first ingest, which
  /// resolves from the evidence it gathered while storing (`SessionEvidence`), stored exactly
  /// those; and after a second file (resolved by reading the store back) the stored
  /// identities are still what a complete reload decides.
  @Test(.enabled(if: RepositoryPaths.shared("data/pubmed-medline-xml") != nil, "needs ../shared"))
  func skippingEvidenceChangesNoIdentity() throws {
    let first = try #require(
      RepositoryPaths.shared("data/pubmed-medline-xml/pubmed20n0014.first5000.xml.gz"))
    let second = try #require(RepositoryPaths.shared("data/pubmed-medline-xml/pubmed-29768149.xml"))
    let store = try GraphStore()
    _ = try store.ingest(path: first.path)
    let complete = try store.recluster(completeEvidence: true)
    let scoped = try store.recluster(completeEvidence: false)
    #expect(complete.clusters.count > 1000)
    #expect(complete.decisions.count > 100)
    #expect(scoped.clusters == complete.clusters)
    #expect(scoped.decisions == complete.decisions)
    let stored = try store.storedClusters()
    #expect(stored.clusters == complete.clusters)
    #expect(stored.decisions == complete.decisions)

    _ = try store.ingest(path: second.path)
    #expect(try store.storedClusters().clusters == store.recluster(completeEvidence: true).clusters)
  }

  /// OpenAlex records carry an author id on every mention (the id-linking path).
  @Test(.enabled(if: RepositoryPaths.shared("data/openalex-works-json") != nil, "needs ../shared"))
  func openAlexIdsGiveTheSameIdentitiesEitherWay() throws {
    let file = try #require(
      RepositoryPaths.shared("data/openalex-works-json/openalex_works_response_49.json"))
    let store = try GraphStore()
    _ = try store.ingest(path: file.path)
    let complete = try store.recluster(completeEvidence: true)
    #expect(complete.clusters.count > 10)
    #expect(try store.recluster(completeEvidence: false).clusters == complete.clusters)
    #expect(try store.storedClusters().clusters == complete.clusters)
  }
}
