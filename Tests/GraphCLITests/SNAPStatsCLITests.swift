import Foundation
import GraphTestSupport
import Testing

/// `graph stats --json` on the SNAP collaboration networks reproduces the published figures
/// (../shared/data/reference-stats/snap_published_stats.tsv and the PROVENANCE table).
@Suite(
  .enabled(if: CLIRunner.binaryExists, "build the graph binary first (swift build)"),
  .enabled(
    if: RepositoryPaths.shared("data/snap-collaboration") != nil,
    "../shared/data/snap-collaboration is absent: SNAP checks skipped"))
struct SNAPStatsCLITests {
  struct Expected: Sendable, CustomStringConvertible {
    var file: String
    var nodes: Int
    var edges: Int
    var lccNodes: Int
    var lccEdges: Int
    var triangles: Int
    var averageClustering: Double
    var transitivity: Double
    var diameter: Int
    var description: String { file }
  }

  /// SNAP's figures. ca-HepTh's diameter is 18: SNAP's 17 is a sampled estimate, the exact
  /// value (igraph, and the PROVENANCE table) is 18.
  static let graphs: [Expected] = [
    Expected(
      file: "CA-GrQc.txt.gz", nodes: 5242, edges: 14496, lccNodes: 4158, lccEdges: 13428,
      triangles: 48260, averageClustering: 0.5296, transitivity: 0.6298, diameter: 17),
    Expected(
      file: "CA-HepTh.noheader.txt.gz", nodes: 9877, edges: 25998, lccNodes: 8638,
      lccEdges: 24827, triangles: 28339, averageClustering: 0.4714, transitivity: 0.2840,
      diameter: 18),
    Expected(
      file: "CA-HepPh.noheader.txt.gz", nodes: 12008, edges: 118521, lccNodes: 11204,
      lccEdges: 117649, triangles: 3_358_499, averageClustering: 0.6115, transitivity: 0.6595,
      diameter: 13),
    Expected(
      file: "CA-CondMat.noheader.txt.gz", nodes: 23133, edges: 93497, lccNodes: 21363,
      lccEdges: 91342, triangles: 173_361, averageClustering: 0.6334, transitivity: 0.2643,
      diameter: 15),
  ]

  @Test(arguments: graphs)
  func statsReproduceSNAPsPublishedFigures(expected: Expected) throws {
    let file = try #require(RepositoryPaths.shared("data/snap-collaboration/\(expected.file)"))
    let cli = CLIRunner()
    #expect(try cli.run(["ingest", file.path]).status == 0)
    let stats = try CLITests.json(try cli.run(["stats", "--json"]).stdout)
    #expect(stats["network"] as? String == "edge-list")
    #expect(stats["nodes"] as? Int == expected.nodes)
    #expect(stats["edges"] as? Int == expected.edges)
    #expect(stats["largest_component_nodes"] as? Int == expected.lccNodes)
    #expect(stats["largest_component_edges"] as? Int == expected.lccEdges)
    #expect(stats["triangles"] as? Int == expected.triangles)
    let clustering = try #require(stats["average_clustering"] as? Double)
    #expect(String(format: "%.4f", clustering) == String(format: "%.4f", expected.averageClustering))
    let transitivity = try #require(stats["transitivity"] as? Double)
    #expect(String(format: "%.4f", transitivity) == String(format: "%.4f", expected.transitivity))
    #expect(stats["diameter"] as? Int == expected.diameter)
  }

  @Test func runsTenOnGrQcReportsARIInRangeAndARepeatableConsensus() throws {
    let file = try #require(RepositoryPaths.shared("data/snap-collaboration/CA-GrQc.txt.gz"))
    let cli = CLIRunner()
    #expect(try cli.run(["ingest", file.path]).status == 0)
    let arguments = ["communities", "--runs", "10", "--seed", "7", "--top", "0", "--json"]
    let first = try CLITests.json(try cli.run(arguments).stdout)
    let second = try CLITests.json(try cli.run(arguments).stdout)
    let stability = try #require(first["stability"] as? [String: Any])
    let ari = try #require(stability["mean_ari"] as? Double)
    let nmi = try #require(stability["mean_nmi"] as? Double)
    #expect(ari >= 0 && ari <= 1)
    #expect(nmi >= 0 && nmi <= 1)
    #expect(stability["runs"] as? Int == 10)
    // Same seeds, same consensus: the community lists (members in canonical order) agree
    func members(_ json: [String: Any]) -> [[Int]] {
      (json["communities"] as? [[String: Any]] ?? []).map { community in
        (community["top_members"] as? [[String: Any]] ?? []).compactMap { $0["id"] as? Int }
      }
    }
    #expect(first["count"] as? Int == second["count"] as? Int)
    #expect(members(first) == members(second))
    #expect((first["modularity"] as? Double ?? 0) > 0.8)
  }
}
