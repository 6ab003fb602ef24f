import Foundation
import GraphTestSupport
import Testing

@testable import Graph

/// One work seen through several sources (PRODUCT.md §4): same DOI from Crossref and
/// OpenAlex is one work with one merged author list; same-titled "Editorial"s stay apart.
@Suite struct CrossSourceMergeTests {
  /// OpenAlex prints initials for the first author and has a third author Crossref lacks.
  static let openAlex = """
    {"meta":{"count":1},"results":[{"id":"https://openalex.org/W77","doi":"https://doi.org/10.5555/MERGE.1","title":"Merging Author Lists Across Sources","publication_year":2021,"authorships":[{"author_position":"first","author":{"id":"https://openalex.org/A1","display_name":"A. R. Olteanu","orcid":null},"institutions":[]},{"author_position":"middle","author":{"id":"https://openalex.org/A2","display_name":"Ben Bucknall","orcid":"https://orcid.org/0000-0002-1825-0097"},"institutions":[]},{"author_position":"last","author":{"id":"https://openalex.org/A3","display_name":"Carla Diaz","orcid":null},"institutions":[]}],"referenced_works":[]}]}
    """

  /// Crossref spells the first author out and lists only two authors.
  static let crossref = """
    {"status":"ok","message-type":"work","message":{"DOI":"10.5555/merge.1","title":["Merging author lists across sources"],"issued":{"date-parts":[[2021]]},"author":[{"given":"Alexandra","family":"Olteanu","sequence":"first"},{"given":"Ben","family":"Bucknall","ORCID":"http://orcid.org/0000-0002-1825-0097","sequence":"additional"}]}}
    """

  @Test func sameDOIFromCrossrefAndOpenAlexIsOneWorkWithOneAuthorList() throws {
    let store = try GraphStore()
    let a = try store.ingest(data: Data(Self.openAlex.utf8), name: "openalex.json")
    let b = try store.ingest(data: Data(Self.crossref.utf8), name: "crossref.json")
    #expect(a.format == "openalex" && b.format == "crossref")
    #expect(a.worksNew == 1 && b.worksMerged == 1)
    let counts = try store.counts()
    #expect(counts.works == 1)
    // Every mention is kept with its provenance: 3 from OpenAlex + 2 from Crossref.
    #expect(counts.mentions == a.mentions + b.mentions)
    #expect(counts.mentions == 5)
    // …but the people are merged: Olteanu (initials ~ full name), Bucknall (same ORCID), Diaz.
    let network = try store.coauthorNetwork().network
    #expect(network.nodes.count == 3)
  }

  @Test func mergeIsTheSameInEitherOrder() throws {
    let store = try GraphStore()
    _ = try store.ingest(data: Data(Self.crossref.utf8), name: "crossref.json")
    _ = try store.ingest(data: Data(Self.openAlex.utf8), name: "openalex.json")
    #expect(try store.counts().works == 1)
    #expect(try store.coauthorNetwork().network.nodes.count == 3)
  }

  /// Two journal "Editorial"s: same title and year, other issue or DOI.
  static let editorials = """
    {"DOI":"10.5555/ed.1","title":["Editorial"],"issued":{"date-parts":[[2020]]},"container-title":["J"],"volume":"3","issue":"1","author":[{"given":"Ed","family":"Chief"}]}
    {"DOI":"10.5555/ed.2","title":["Editorial"],"issued":{"date-parts":[[2020]]},"container-title":["J"],"volume":"3","issue":"2","author":[{"given":"Ed","family":"Chief"}]}
    """

  @Test func editorialsWithTheSameTitleAndYearButOtherIssuesStayTwoWorks() throws {
    let store = try GraphStore()
    let s = try store.ingest(data: Data(Self.editorials.utf8), name: "editorials.jsonl")
    #expect(s.recordsRead == 2 && s.worksNew == 2)
    // From another source without DOIs, but with the issue: still two works.
    let openAlex = """
      {"id":"https://openalex.org/W5","title":"Editorial","publication_year":2020,"biblio":{"volume":"3","issue":"2"},"authorships":[]}
      {"id":"https://openalex.org/W6","title":"Editorial","publication_year":2020,"biblio":{"volume":"3","issue":"3"},"authorships":[]}
      """
    let t = try store.ingest(data: Data(openAlex.utf8), name: "editorials-oa.jsonl")
    #expect(t.worksMerged == 1 && t.worksNew == 1)
    #expect(try store.counts().works == 3)
  }

  @Test func editorialsWithDifferentDOIsStayTwoWorks() throws {
    let store = try GraphStore()
    let text = """
      {"DOI":"10.5555/ed.1","title":["Editorial"],"issued":{"date-parts":[[2020]]}}
      {"DOI":"10.5555/ed.9","title":["Editorial"],"issued":{"date-parts":[[2020]]}}
      """
    let s = try store.ingest(
      data: Data(text.utf8), name: "eds.jsonl", options: IngestOptions(format: .crossref))
    #expect(s.worksNew == 2)
    #expect(try store.counts().works == 2)
  }

  @Test func identicalTitleAndYearWithNothingContradictingMerge() throws {
    let store = try GraphStore()
    let crossref = """
      {"DOI":"10.5555/only.crossref","title":["A Unique Study of Merging"],"issued":{"date-parts":[[2019]]},"author":[{"given":"Ada","family":"Lovelace"}]}
      """
    // DBLP has no DOI for it; same title (other case and final period) and year, same author.
    let dblp = """
      <?xml version="1.0"?>
      <dblp><article key="journals/x/L19"><author>Ada Lovelace</author><title>A unique study of merging.</title><year>2019</year></article></dblp>
      """
    _ = try store.ingest(
      data: Data(crossref.utf8), name: "c.jsonl", options: IngestOptions(format: .crossref))
    let s = try store.ingest(data: Data(dblp.utf8), name: "d.xml")
    #expect(s.format == "dblp" && s.worksMerged == 1)
    #expect(try store.counts().works == 1)
    #expect(try store.counts().authors == 1)
  }
}
