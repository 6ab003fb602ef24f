import Foundation
import GraphTestSupport
import Testing

/// The built `graph` binary end to end: exit codes, JSON, golden text and exports.
@Suite(.enabled(if: CLIRunner.binaryExists, "build the graph binary first (swift build)"))
struct CLITests {
  @Test func badArgumentsExitWith64() throws {
    let cli = CLIRunner()
    #expect(try cli.run(["communities", "--resolution", "-1"]).status == 64)
    #expect(try cli.run(["ego", "Someone", "--radius", "-2"]).status == 64)
    #expect(try cli.run(["no-such-command"], useDB: false).status == 64)
    let missing = try cli.run(["ingest", "no/such/file.txt"])
    #expect(missing.status == 64)
    #expect(missing.stderr.contains("no such file: no/such/file.txt"))
  }

  @Test func fileInNoKnownFormatExitsWith65AndNamesTheFormatsTried() throws {
    let cli = CLIRunner()
    let garbage = RepositoryPaths.temporaryDirectory().appendingPathComponent("garbage.bin")
    try Data((0..<4096).map { UInt8(truncatingIfNeeded: $0 &* 7919) }).write(to: garbage)
    let binary = try cli.run(["ingest", garbage.path])
    #expect(binary.status == 65)
    #expect(binary.stderr.contains("garbage.bin"))
    let text = RepositoryPaths.temporaryDirectory().appendingPathComponent("notes.txt")
    try Data("shopping list\nmilk\n".utf8).write(to: text)
    let unknown = try cli.run(["ingest", text.path])
    #expect(unknown.status == 65)
    #expect(unknown.stderr.contains("not in a known format (tried: listing, digest, "))
    // Nothing was written for either file.
    let stats = try cli.run(["stats", "--json"])
    #expect(try Self.json(stats.stdout)["sources"] as? Int == 0)
  }

  @Test func ingestThenStatsReportsTheSampleFigures() throws {
    let cli = CLIRunner()
    let ingest = try cli.ingestExamples()
    #expect(ingest.status == 0)
    #expect(ingest.stdout.contains("total: 2 files, 24 records, 17 new works, 7 merged"))
    let stats = try Self.json(try cli.run(["stats", "--json"]).stdout)
    #expect(stats["works"] as? Int == 17)
    #expect(stats["works_with_authors"] as? Int == 13)
    #expect(stats["authors"] as? Int == 89)
    #expect(stats["mentions"] as? Int == 125)
    #expect((stats["coauthor_edges"] as? Int ?? 0) > 0)
    let again = try cli.ingestExamples()
    #expect(again.stdout.contains("already ingested"))
    #expect(try Self.json(try cli.run(["stats", "--json"]).stdout)["mentions"] as? Int == 125)
  }

  @Test func egoOfAviralKumarShowsHis15CoauthorsWithTheirWork() throws {
    let cli = CLIRunner()
    _ = try cli.ingestExamples()
    let text = try cli.run(["ego", "Aviral Kumar"])
    #expect(text.status == 0)
    assertGolden(text.stdout, named: "ego-aviral-kumar.txt")
    let json = try Self.json(try cli.run(["ego", "aviral KUMAR", "--json"]).stdout)
    let alters = try #require(json["alters"] as? [[String: Any]])
    #expect(alters.count == 15)
    #expect(alters.allSatisfy { $0["distance"] as? Int == 1 })
  }

  @Test func unknownAuthorFailsWithClosestNames() throws {
    let cli = CLIRunner()
    _ = try cli.ingestExamples()
    let result = try cli.run(["ego", "Aviral Kumaar"])
    #expect(result.status == 1)
    #expect(result.stderr.contains("closest: Aviral Kumar"))
  }

  @Test func communitiesAreRecordedAsRunsAndRepeatable() throws {
    let cli = CLIRunner()
    _ = try cli.ingestExamples()
    let first = try cli.run(["communities", "--top", "2"])
    #expect(first.status == 0)
    assertGolden(first.stdout, named: "communities-leiden.txt")
    let louvain = try Self.json(try cli.run(["communities", "--algorithm", "louvain", "--json"]).stdout)
    #expect((louvain["modularity"] as? Double ?? 0) > 0.5)
    let centrality = try cli.run(["centrality", "--measure", "betweenness", "--top", "3"])
    #expect(centrality.status == 0)
    let runs = try Self.jsonArray(try cli.run(["runs", "--json"]).stdout)
    #expect(runs.map { $0["algorithm"] as? String } == ["leiden", "louvain", "betweenness"])
    #expect(runs.allSatisfy { ($0["igraph_version"] as? String ?? "").hasPrefix("0.10") })
  }

  @Test func exportsAreByteIdenticalAndMatchGoldenFiles() throws {
    let cli = CLIRunner()
    _ = try cli.ingestExamples()
    _ = try cli.run(["communities"])
    let dot = try cli.run(["export", "--format", "dot", "--run", "1"])
    #expect(dot.status == 0)
    #expect(try cli.run(["export", "--format", "dot", "--run", "1"]).stdout == dot.stdout)
    assertGolden(dot.stdout, named: "sample-coauthor.dot")
    let graphml = try cli.run(["export", "--format", "graphml", "--run", "1"])
    assertGolden(graphml.stdout, named: "sample-coauthor.graphml")
    let badRun = try cli.run(["export", "--run", "99"])
    #expect(badRun.status == 1)
    #expect(badRun.stderr.contains("no run with id 99"))
  }

  @Test func graphDBEnvironmentVariableChoosesTheStore() throws {
    let cli = CLIRunner()
    _ = try cli.ingestExamples()
    let viaEnv = try cli.run(["stats", "--json"], useDB: false, environment: ["GRAPH_DB": cli.db])
    #expect(try Self.json(viaEnv.stdout)["authors"] as? Int == 89)
  }

  @Test func helpShowsAnExample() throws {
    let help = try CLIRunner().run(["--help"], useDB: false)
    #expect(help.stdout.contains("graph ego \"Aviral Kumar\""))
    let egoHelp = try CLIRunner().run(["ego", "--help"], useDB: false)
    #expect(egoHelp.stdout.contains("Example:"))
  }

  static func json(_ text: String) throws -> [String: Any] {
    try #require(JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
  }

  static func jsonArray(_ text: String) throws -> [[String: Any]] {
    try #require(JSONSerialization.jsonObject(with: Data(text.utf8)) as? [[String: Any]])
  }
}
