import Foundation
import GraphTestSupport
import Testing

/// Citation networks end to end (issue 7): SNAP cit-HepTh (Ligra adjacency) and Cora reproduce
/// their published counts; reference shares per source; authors ranked by citation metrics.
@Suite(.enabled(if: CLIRunner.binaryExists, "build the graph binary first (swift build)"))
struct CitationCLITests {
  static let hepTh = "data/snap-citation/cit-HepTh.ligra-adj.renumbered.txt.gz"
  static let cora = "data/cora-pubmed-citeseer-linqs/cora.cites"

  /// snap_published_stats.tsv (cit-HepTh, snap_old): 27,770 nodes, 352,807 edges, WCC 27,400
  /// nodes / 352,542 edges; the renumbered Ligra copy holds the same graph (PROVENANCE.md).
  @Test(.enabled(if: RepositoryPaths.shared(hepTh) != nil, "cit-HepTh absent"))
  func citHepThReproducesThePublishedCounts() throws {
    let file = try #require(RepositoryPaths.shared(Self.hepTh))
    let cli = CLIRunner()
    let ingest = try cli.run(["ingest", "--directed", file.path])
    #expect(ingest.status == 0)
    #expect(ingest.stdout.contains("[ligra-adj]: 352807 edge lines, 0 skipped"))
    let stats = try CLITests.json(
      try cli.run(["stats", "--network", "citation", "--no-diameter", "--json"]).stdout)
    #expect(stats["network"] as? String == "citation")
    #expect(stats["directed"] as? Bool == true)
    #expect(stats["nodes"] as? Int == 27770)
    #expect(stats["edges"] as? Int == 352_807)
    #expect(stats["largest_component_nodes"] as? Int == 27400)
    #expect(stats["largest_component_edges"] as? Int == 352_542)
    #expect(stats["triangles"] as? Int == 1_478_735)
  }

  /// Cora's PROVENANCE.md: 2,708 papers, 5,429 links; lines are `cited citing`.
  @Test(.enabled(if: RepositoryPaths.shared(cora) != nil, "Cora absent"))
  func coraReproducesItsCountsWithCitingToCitedArcs() throws {
    let file = try #require(RepositoryPaths.shared(Self.cora))
    let cli = CLIRunner()
    #expect(try cli.run(["ingest", "--reverse", file.path]).status == 0)
    let stats = try CLITests.json(
      try cli.run(["stats", "--network", "citation", "--no-diameter", "--json"]).stdout)
    #expect(stats["nodes"] as? Int == 2708)
    #expect(stats["edges"] as? Int == 5429)
    #expect(stats["directed"] as? Bool == true)
    // First line `35 1033`: paper 1033 cites paper 35.
    let csv = try cli.run(["export", "--network", "citation", "--format", "csv"]).stdout
    #expect(csv.contains("1033") && csv.contains("35"))
    let edges = csv.components(separatedBy: "\n\n").last ?? ""
    let ids = try nodeIDs(csv)
    let citing = try #require(ids["1033"])
    let cited = try #require(ids["35"])
    #expect(edges.split(separator: "\n").contains { $0.hasPrefix("\(citing),\(cited),") })
  }

  /// Node label → node id from the nodes table of a CSV export (`id,label,…`).
  private func nodeIDs(_ csv: String) throws -> [String: String] {
    let nodes = csv.components(separatedBy: "\n\n").first ?? ""
    var ids: [String: String] = [:]
    for line in nodes.split(separator: "\n").dropFirst() {
      let fields = line.split(separator: ",", omittingEmptySubsequences: false)
      if fields.count >= 2 { ids[String(fields[1])] = String(fields[0]) }
    }
    return ids
  }

  /// The share of references resolved within the corpus, per source, on the shared files.
  @Test func sharedSourcesReportTheirResolvedShare() throws {
    let files = [
      "data/crossref-json/crossref_work_items.jsonl.gz",
      "data/openalex-works-json/openalex_works_response_49.json",
      "data/pubmed-medline-xml/pubmed21n1298.even-records.xml.gz",
    ].compactMap { RepositoryPaths.shared($0)?.path }
    try #require(!files.isEmpty, "../shared data files absent")
    let cli = CLIRunner()
    #expect(try cli.run(["ingest"] + files).status == 0)
    let stats = try CLITests.json(try cli.run(["stats", "--no-diameter", "--json"]).stdout)
    let references = try #require(stats["references"] as? Int)
    let resolved = try #require(stats["references_resolved"] as? Int)
    let unresolved = try #require(stats["references_unresolved"] as? Int)
    #expect(references > 0 && resolved + unresolved == references)
    let bySource = try #require(stats["references_by_source"] as? [[String: Any]])
    #expect(bySource.count == files.count)
    for source in bySource {
      let count = try #require(source["references"] as? Int)
      let done = try #require(source["resolved"] as? Int)
      #expect(count > 0 && done >= 0 && done <= count)
      #expect(source["path"] is String && source["format"] is String)
    }
    #expect(bySource.reduce(0) { $0 + ($1["resolved"] as? Int ?? 0) } == resolved)
    let text = try cli.run(["stats", "--no-diameter"]).stdout
    #expect(text.contains("resolved within the corpus"))
  }

  @Test func authorsRankByCitationMetricsAndNetworksExport() throws {
    let dir = RepositoryPaths.temporaryDirectory()
    let file = dir.appendingPathComponent("hirsch.jsonl")
    var lines: [String] = []
    for h in 1...3 {
      lines.append(
        #"{"id": "https://openalex.org/W10\#(h)", "title": "Hirsch work \#(h)", "publication_year": 2000, "authorships": [{"author": {"display_name": "Hana Hirsch"}}], "referenced_works": []}"#
      )
    }
    lines.append(
      #"{"id": "https://openalex.org/W201", "title": "Citing work", "publication_year": 2001, "authorships": [{"author": {"display_name": "Xavier Citer"}}], "referenced_works": ["https://openalex.org/W101", "https://openalex.org/W102", "https://openalex.org/W109"]}"#
    )
    try Data((lines.joined(separator: "\n") + "\n").utf8).write(to: file)
    let cli = CLIRunner()
    #expect(try cli.run(["ingest", file.path]).status == 0)
    let ranked = try CLITests.jsonArray(try cli.run(["authors", "--by", "h-index", "--json"]).stdout)
    #expect(ranked.first?["name"] as? String == "Hana Hirsch")
    #expect(ranked.first?["h_index"] as? Int == 1)
    #expect(ranked.first?["citations"] as? Int == 2)
    let author = try CLITests.json(try cli.run(["author", "Hana Hirsch", "--json"]).stdout)
    let citation = try #require(author["citation"] as? [String: Any])
    #expect(citation["citations"] as? Int == 2)
    let text = try cli.run(["author", "Hana Hirsch"]).stdout
    #expect(text.contains("citations 2 within the corpus, h-index 1"))
    let pagerank = try cli.run(["authors", "--by", "pagerank", "--top", "1"]).stdout
    #expect(pagerank.contains("Hana Hirsch"))
    for network in ["citation", "cocitation", "coupling", "author-citation"] {
      let export = try cli.run(["export", "--network", network, "--format", "graphml"])
      #expect(export.status == 0, "\(network): \(export.stderr)")
      #expect(export.stdout.contains("<graphml"))
    }
    let cocitation = try CLITests.json(
      try cli.run(["stats", "--network", "cocitation", "--no-diameter", "--json"]).stdout)
    #expect(cocitation["edges"] as? Int == 1)  // H1–H2, co-cited by X1
    let unresolved = try CLITests.json(try cli.run(["stats", "--json", "--no-diameter"]).stdout)
    #expect(unresolved["references_unresolved"] as? Int == 1)  // H9
  }
}
