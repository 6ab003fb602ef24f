import Graph
import GraphTestSupport
@testable import Metrics
import Testing

/// Shortest collaboration paths and title terms.
@Suite struct PathAndTermsTests {
  @Test func kitePathsFromAndreToJane() throws {
    // Andre (1) reaches Jane (10) in 4 hops, via Fernando or Garth, then Heather and Ike
    let kite = Fixtures.krackhardtKite
    let one = try ShortestPaths.between(kiteID("Andre"), kiteID("Jane"), in: kite)
    #expect(one.count == 1)
    #expect(one[0].length == 4)
    let all = try ShortestPaths.between(kiteID("Andre"), kiteID("Jane"), in: kite, all: true)
    #expect(all.map(\.nodes) == [[1, 6, 8, 9, 10]])
    for path in one + all {
      for (k, hop) in path.hops.enumerated() {
        #expect(Set([hop.source, hop.target]) == Set([path.nodes[k], path.nodes[k + 1]]))
        #expect(!hop.workIDs.isEmpty)
      }
    }
    // Beverly (2) to Heather (8): via Garth only
    let beverly = try ShortestPaths.between(2, 8, in: kite, all: true)
    #expect(beverly.map(\.nodes) == [[2, 7, 8]])
    // Diane (4) to Heather (8): via Fernando or Garth
    let diane = try ShortestPaths.between(4, 8, in: kite, all: true)
    #expect(diane.map(\.nodes) == [[4, 6, 8], [4, 7, 8]])
  }

  @Test func disconnectedNodesHaveNoPathAndUnknownIdsAreRejected() throws {
    let nodes = (1...3).map { Network.Node(id: Int64($0), name: "n\($0)", works: 1) }
    let network = Network(
      kind: .coauthor, isDirected: false, nodes: nodes,
      edges: [Network.Edge(source: 1, target: 2, workIDs: [7], weight: 1)])
    #expect(try ShortestPaths.between(1, 3, in: network).isEmpty)
    #expect(try ShortestPaths.between(1, 3, in: network, all: true).isEmpty)
    #expect(try ShortestPaths.between(2, 2, in: network).first?.length == 0)
    let error = graphError { () throws(GraphError) in try ShortestPaths.between(1, 9, in: network) }
    #expect(isInvalidParameter(error, named: "to"))
  }

  @Test func titleTermsDropStopwordsShortWordsAndCountOncePerWork() {
    #expect(
      TitleTerms.terms(in: "The Anatomy of a Large-Scale Web Search Engine, 1998")
        == ["anatomy", "large", "scale", "web", "search", "engine"])
    let top = TitleTerms.top(
      [1: "Graph Learning for Graphs", 2: "Learning graph embeddings", 3: "On embeddings"],
      limit: 2)
    #expect(top == [TermCount(term: "embeddings", count: 2), TermCount(term: "graph", count: 2)])
    #expect(TitleTerms.top([:]).isEmpty)
  }

  /// The byte-level path for ASCII titles gives the Character-level answer.
  @Test func asciiTitleTermsEqualTheUnicodePath() {
    let titles = [
      "The Anatomy of a Large-Scale Web Search Engine, 1998", "", "a an the", "COVID-19 and 2020",
      "x86_64 ABI: 123 456 7890 abc1 1abc", "Tab\tand\nnewline (parentheses) [brackets] {braces}",
      "ALL CAPS TITLE WITH NUMBERS 42 AND WORDS", "hyphen-ated multi--dash ... dots", "Über naïve",
    ]
    for title in titles {
      #expect(TitleTerms.terms(in: title) == TitleTerms.unicodeTerms(in: title), "\(title)")
    }
    #expect(TitleTerms.asciiTerms(in: "Über naïve") == nil)
    #expect(TitleTerms.asciiTerms(in: "Plain words") == ["plain", "words"])
  }
}
