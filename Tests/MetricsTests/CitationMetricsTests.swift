import Foundation
import Graph
import Metrics
import Testing

/// Citation counts, h-index (Hirsch 2005) and citation PageRank on a corpus built for them.
@Suite struct CitationMetricsTests {
  /// Hana Hirsch wrote H1…H5, cited 5, 4, 3, 1 and 0 times by X1…X5 (Xavier Citer):
  /// h-index 3, 13 citations. Ivan Ivanov coauthored H1 only: h-index 1, 5 citations.
  static var corpus: String {
    let cites: [Int: [Int]] = [1: [1, 2, 3, 4], 2: [1, 2, 3], 3: [1, 2, 3], 4: [1, 2], 5: [1]]
    var lines: [String] = []
    for h in 1...5 {
      let authors =
        h == 1
        ? #"[{"author": {"display_name": "Hana Hirsch"}}, {"author": {"display_name": "Ivan Ivanov"}}]"#
        : #"[{"author": {"display_name": "Hana Hirsch"}}]"#
      lines.append(
        #"{"id": "https://openalex.org/W10\#(h)", "title": "Hirsch work \#(h)", "publication_year": 2000, "authorships": \#(authors), "referenced_works": []}"#
      )
    }
    for x in 1...5 {
      let refs = (cites[x] ?? []).map { "\"https://openalex.org/W10\($0)\"" }.joined(separator: ", ")
      lines.append(
        #"{"id": "https://openalex.org/W20\#(x)", "title": "Citing work \#(x)", "publication_year": 2001, "authorships": [{"author": {"display_name": "Xavier Citer"}}], "referenced_works": [\#(refs)]}"#
      )
    }
    return lines.joined(separator: "\n") + "\n"
  }

  static func metrics() throws -> CitationMetrics {
    let store = try GraphStore()
    _ = try store.ingest(data: Data(corpus.utf8), name: "hirsch.jsonl")
    return try CitationMetrics.compute(
      citation: try store.citationNetwork(referencesOnly: true), authorships: try store.authorships())
  }

  @Test func hIndexEqualsTheHandComputation() throws {
    let metrics = try Self.metrics()
    let hana = try #require(metrics.authors.values.first { $0.name == "Hana Hirsch" })
    #expect(hana.works == 5 && hana.citations == 13 && hana.hIndex == 3)
    let ivan = try #require(metrics.authors.values.first { $0.name == "Ivan Ivanov" })
    #expect(ivan.works == 1 && ivan.citations == 5 && ivan.hIndex == 1)
    let xavier = try #require(metrics.authors.values.first { $0.name == "Xavier Citer" })
    #expect(xavier.citations == 0 && xavier.hIndex == 0)
    #expect(metrics.ranked(by: .hIndex).map(\.name) == ["Hana Hirsch", "Ivan Ivanov", "Xavier Citer"])
    #expect(metrics.ranked(by: .citations).first?.name == "Hana Hirsch")
  }

  @Test func pageRankSumsToOneOverWorksAndFavoursTheMostCited() throws {
    let metrics = try Self.metrics()
    #expect(abs(metrics.pagerankByWork.values.reduce(0, +) - 1) < 1e-9)
    let top = try #require(metrics.pagerankByWork.max { $0.value < $1.value })
    #expect(metrics.citationsByWork[top.key] == 5)
    #expect(metrics.ranked(by: .pagerank).first?.name == "Hana Hirsch")
  }

  @Test func hIndexUnitCases() {
    #expect(CitationMetrics.hIndex([]) == 0)
    #expect(CitationMetrics.hIndex([0, 0]) == 0)
    #expect(CitationMetrics.hIndex([10]) == 1)
    #expect(CitationMetrics.hIndex([3, 3, 3]) == 3)
    #expect(CitationMetrics.hIndex([0, 1, 3, 4, 5]) == 3)
    #expect(CitationMetrics.hIndex([25, 8, 5, 3, 3]) == 3)
  }

  @Test func undirectedNetworksAreRefused() {
    let network = Network(kind: .cocitation, isDirected: false, nodes: [], edges: [])
    #expect(throws: GraphError.self) {
      _ = try CitationMetrics.compute(citation: network, authorships: .init(authors: [:], names: [:]))
    }
  }
}
