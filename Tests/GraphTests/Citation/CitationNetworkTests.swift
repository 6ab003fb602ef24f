import Foundation
import GraphTestSupport
import Testing

@testable import Graph

/// Co-citation, coupling and author-citation against brute force and hand counts; edge
/// lists (Ligra adjacency, reversed `cited citing` lines) as citation networks.
@Suite struct CitationNetworkTests {
  /// 40 works, each citing up to 6 earlier ones chosen by a fixed LCG, as OpenAlex JSONL.
  static func randomCorpus() -> String {
    var state: UInt64 = 12345
    func next(_ n: Int) -> Int {
      state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
      return Int((state >> 33) % UInt64(n))
    }
    var lines: [String] = []
    for i in 1...40 {
      var cited = Set<Int>()
      if i > 1 { for _ in 0..<next(7) { cited.insert(1 + next(i - 1)) } }
      let refs = cited.sorted().map { "\"https://openalex.org/W\($0)\"" }.joined(separator: ", ")
      lines.append(
        #"{"id": "https://openalex.org/W\#(i)", "title": "Work number \#(i)", "publication_year": \#(2000 + i % 7), "authorships": [{"author": {"display_name": "Author \#(i % 5)"}}], "referenced_works": [\#(refs)]}"#
      )
    }
    return lines.joined(separator: "\n") + "\n"
  }

  @Test func cocitationAndCouplingEqualBruteForceCounts() throws {
    let store = try GraphStore()
    _ = try store.ingest(data: Data(Self.randomCorpus().utf8), name: "random.jsonl")
    let citation = try store.citationNetwork()
    #expect(citation.edges.count > 60)
    var cites: [Int64: Set<Int64>] = [:]
    for edge in citation.edges { cites[edge.source, default: []].insert(edge.target) }
    let ids = citation.nodes.map(\.id)
    var cocitation: [String: Double] = [:]
    var coupling: [String: Double] = [:]
    for a in ids {
      for b in ids where a < b {
        let co = ids.filter { c in cites[c]?.contains(a) == true && cites[c]?.contains(b) == true }.count
        if co > 0 { cocitation["\(a)-\(b)"] = Double(co) }
        let shared = (cites[a] ?? []).intersection(cites[b] ?? []).count
        if shared > 0 { coupling["\(a)-\(b)"] = Double(shared) }
      }
    }
    let cocitationNetwork = try store.cocitationNetwork()
    let couplingNetwork = try store.couplingNetwork()
    #expect(!cocitationNetwork.isDirected && !couplingNetwork.isDirected)
    #expect(Dictionary(uniqueKeysWithValues: cocitationNetwork.edges.map { ("\($0.source)-\($0.target)", $0.weight) }) == cocitation)
    #expect(Dictionary(uniqueKeysWithValues: couplingNetwork.edges.map { ("\($0.source)-\($0.target)", $0.weight) }) == coupling)
    #expect(cocitationNetwork.edges.allSatisfy { $0.works == Int($0.weight) })
    // The same through the network selection the CLI uses.
    let selected = try store.network(kind: .coupling).network
    #expect(selected == couplingNetwork)
  }

  @Test func authorCitationCountsFullAndFractional() throws {
    let store = try CitationCorpus.store()
    let full = try store.authorCitationNetwork()
    #expect(full.isDirected && full.kind == .authorCitation)
    func weight(_ network: Network, _ a: String, _ b: String) -> Double? {
      guard let x = network.nodes.first(where: { $0.name == a })?.id,
        let y = network.nodes.first(where: { $0.name == b })?.id
      else { return nil }
      return network.edges.first { $0.source == x && $0.target == y }?.weight
    }
    // W3 (Dana White) → W1 (Ann Smith, Bob Jones); C1 (Eve Green) → W1, W2, W3.
    #expect(weight(full, "Dana White", "Ann Smith") == 1)
    #expect(weight(full, "Eve Green", "Bob Jones") == 1)
    #expect(weight(full, "Eve Green", "Carl Brown") == 1)
    let fractional = try store.authorCitationNetwork(CoauthorOptions(counting: .fractional))
    #expect(weight(fractional, "Dana White", "Ann Smith") == 0.5)
    #expect(weight(fractional, "Eve Green", "Dana White") == 1)
    // W1 (2 authors) → W2 (1 author): 1/(2·1) for each citing author.
    #expect(weight(fractional, "Ann Smith", "Carl Brown") == 0.5)
  }

  @Test func yearFiltersDropWorksAndTheirArcs() throws {
    let store = try CitationCorpus.store()
    let network = try store.citationNetwork(CoauthorOptions(since: 2002, until: 2005))
    #expect(Set(network.nodes.map(\.name)) == [
      "Beta study of citations in networks", "Gamma methods for counting things", "Citing everything",
    ])
    #expect(network.edges.count == 2)  // C1 → W2, C1 → W3
  }

  @Test func ligraAdjacencyLoadsAsADirectedCitationNetwork() throws {
    let text = "AdjacencyGraph\n4\n5\n0\n2\n3\n4\n1\n2\n2\n0\n3\n"
    #expect(InputFormat.detect(prefix: text) == .ligraAdj)
    let store = try GraphStore()
    let summary = try store.ingest(data: Data(text.utf8), name: "tiny.adj", options: .init(directed: true))
    #expect(summary.format == "ligra-adj" && summary.recordsRead == 5 && summary.skipped.isEmpty)
    let network = try store.network(kind: .citation).network
    #expect(network.kind == .citation && network.isDirected)
    let arcs = Set(network.edges.map { "\(network.node($0.source)?.name ?? "?")>\(network.node($0.target)?.name ?? "?")" })
    #expect(arcs == ["0>1", "0>2", "1>2", "2>0", "3>3"])
  }

  @Test func ligraWithBadCountsIsRefused() throws {
    let store = try GraphStore()
    #expect(throws: GraphError.self) {
      _ = try store.ingest(data: Data("AdjacencyGraph\n2\n5\n0\n1\n".utf8), name: "bad.adj")
    }
  }

  @Test func reversedEdgeListsStoreCitedCitingLinesAsCitingToCited() throws {
    let store = try GraphStore()
    var options = IngestOptions()
    options.reversed = true
    _ = try store.ingest(data: Data("35\t1033\n35\t103482\n".utf8), name: "x.cites", options: options)
    let network = try store.citationNetwork()
    #expect(network.isDirected)
    let arcs = Set(network.edges.map { "\(network.node($0.source)?.name ?? "?")>\(network.node($0.target)?.name ?? "?")" })
    #expect(arcs == ["1033>35", "103482>35"])
  }

  @Test func referencesWinOverEdgeListsForTheCitationNetwork() throws {
    let store = try CitationCorpus.store()
    _ = try store.ingest(data: Data("a b\n".utf8), name: "e.txt", options: .init(directed: true))
    #expect(try store.citationNetwork().nodes.count == 5)
  }
}
