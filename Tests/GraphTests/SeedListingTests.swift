import Foundation
import Graph
import GraphTestSupport
import Testing

/// The seed listings and digests (../shared/seeds) against the figures of issue 2.
@Suite struct SeedListingTests {
  static let listings = ["000_", "001_"].flatMap {
    RepositoryPaths.sharedFiles(in: "seeds", prefix: $0)
  }
  static let digests = ["002_", "004_"].flatMap {
    RepositoryPaths.sharedFiles(in: "seeds", prefix: $0)
  }

  /// Given both listings ingested into an empty store.
  static func storeWithListings() throws -> GraphStore {
    let store = try GraphStore()
    for url in listings { _ = try store.ingest(path: url.path) }
    return store
  }

  @Test(.enabled(if: listings.count == 2, "../shared/seeds is absent"))
  func listingsHold17WorksWith13AuthoredAnd89Authors() throws {
    let counts = try Self.storeWithListings().counts()
    #expect(counts.works == 17)
    #expect(counts.worksWithAuthors == 13)
    #expect(counts.authors == 89)
  }

  @Test(.enabled(if: listings.count == 2, "../shared/seeds is absent"))
  func selfCorrectionPaperHas16AuthorsSoAviralKumarHas15Coauthors() throws {
    let store = try Self.storeWithListings()
    let network = try store.coauthorNetwork().network
    let aviral = try store.resolveAuthor("Aviral Kumar")
    let coauthors = network.edges.filter { $0.source == aviral || $0.target == aviral }
    #expect(coauthors.count == 15)
    let works = Set(coauthors.flatMap(\.workIDs))
    let titles = try store.works(Array(works)).map(\.title)
    #expect(titles == ["Training Language Models to Self-Correct via Reinforcement Learning"])
  }

  @Test(.enabled(if: listings.count == 2, "../shared/seeds is absent"))
  func geopoliticalRivalsPaperLists20AuthorsAndRecords2Hidden() throws {
    let store = try GraphStore()
    let summary = try store.ingest(path: Self.listings[0].path)
    #expect(summary.hiddenAuthors == 2)
    let network = try store.coauthorNetwork().network
    let bucknall = try store.resolveAuthor("Ben Bucknall")
    let ties = network.edges.filter { $0.source == bucknall || $0.target == bucknall }
    #expect(ties.count == 19)  // 20 listed authors: Bucknall and 19 others
    #expect(network.node(bucknall)?.name == "Ben Bucknall")
  }

  @Test(.enabled(if: listings.count == 2, "../shared/seeds is absent"))
  func repeatedEntryIsOneWorkAndSharedWorksUniteAuthorLists() throws {
    let store = try GraphStore()
    let second = try store.ingest(path: Self.listings[1].path)
    // 001 prints "Trajectory Balance with Asynchrony" twice: 12 records, 11 works.
    #expect(second.recordsRead == 12)
    #expect(second.worksNew == 11)
    #expect(second.worksMerged == 1)
    _ = try store.ingest(path: Self.listings[0].path)
    // "Understanding and Meeting Practitioner Needs…": 000 lists A.R. Olteanu, 001 lists
    // Su Lin Blodgett; the work carries all 7 authors.
    let network = try store.coauthorNetwork().network
    let harvey = try store.resolveAuthor("Emma Harvey")
    let ties = network.edges.filter { $0.source == harvey || $0.target == harvey }
    let names = Set(ties.map { network.node($0.source == harvey ? $0.target : $0.source)?.name })
    #expect(names.count == 6)
    #expect(names.contains("A.R. Olteanu"))
    #expect(names.contains("Su Lin Blodgett"))
  }

  @Test(.enabled(if: digests.count == 2, "../shared/seeds is absent"))
  func digestsYieldWorksWithoutAuthorsAndTheSummaryCountsThem() throws {
    let store = try GraphStore()
    // Expected counts: one work per abstract line (`awk 'length > 200' FILE | wc -l`).
    let first = try store.ingest(path: Self.digests[0].path)
    #expect(first.format == "digest")
    #expect(first.recordsRead == 101)
    #expect(first.recordsWithoutAuthors == 101)
    let second = try store.ingest(path: Self.digests[1].path)
    #expect(second.recordsRead == 286)
    #expect(second.recordsWithoutAuthors == 286)
    let counts = try store.counts()
    #expect(counts.mentions == 0)
    #expect(counts.works == 101 + 286 - second.worksMerged)
  }

  @Test(.enabled(if: listings.count == 2, "../shared/seeds is absent"))
  func reingestingTheSameContentAddsNothing() throws {
    let store = try Self.storeWithListings()
    let before = try store.counts()
    let again = try store.ingest(path: Self.listings[0].path)
    #expect(again.alreadyIngested)
    #expect(try store.counts() == before)
  }

  @Test(.enabled(if: listings.count == 2, "../shared/seeds is absent"))
  func bundledExamplesMatchTheSeedFigures() throws {
    let store = try GraphStore()
    for name in ["seed-listing-1.txt", "seed-listing-2.txt"] {
      _ = try store.ingest(path: RepositoryPaths.root.appendingPathComponent("Examples/\(name)").path)
    }
    let counts = try store.counts()
    #expect(counts.works == 17)
    #expect(counts.worksWithAuthors == 13)
    #expect(counts.authors == 89)
  }
}
