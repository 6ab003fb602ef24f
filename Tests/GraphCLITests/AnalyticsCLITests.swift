import Foundation
import GraphTestSupport
import Testing

/// Issue 5 end to end: stats, communities, centrality, path, author and runs on the binary.
@Suite(.enabled(if: CLIRunner.binaryExists, "build the graph binary first (swift build)"))
struct AnalyticsCLITests {
  /// Authors chained by three works: Ada–Ben, Ben–Cleo, Cleo–Dan; and a separate Eve–Finn.
  static let chain = """
    Publications

    Paper one about graphs
    Ada Lovelace
    Ben Bucknall
    Paper two about graphs and networks
    Ben Bucknall
    Cleo Clark
    Paper three about networks
    Cleo Clark
    Dan Dalton
    Paper four elsewhere
    Eve Extra
    Finn Far

    """

  func chainCLI() throws -> CLIRunner {
    let cli = CLIRunner()
    let file = RepositoryPaths.temporaryDirectory().appendingPathComponent("chain.txt")
    try Data(Self.chain.utf8).write(to: file)
    #expect(try cli.run(["ingest", file.path]).status == 0)
    return cli
  }

  @Test func pathOnTheSeedListingsShowsHopWorksAndReportsDisconnectedAuthors() throws {
    let cli = CLIRunner()
    _ = try cli.ingestExamples()
    let hop = try cli.run(["path", "Aviral Kumar", "yi su"])
    #expect(hop.status == 0)
    assertGolden(hop.stdout, named: "path-aviral-kumar-yi-su.txt")
    let json = try CLITests.json(try cli.run(["path", "Aviral Kumar", "Yi Su", "--json"]).stdout)
    #expect(json["distance"] as? Int == 1)
    let paths = try #require(json["paths"] as? [[String: Any]])
    let hops = try #require(paths.first?["hops"] as? [[String: Any]])
    let works = try #require(hops.first?["works"] as? [[String: Any]])
    #expect(
      works.first?["title"] as? String
        == "Training Language Models to Self-Correct via Reinforcement Learning")
    // Disconnected: exit 0 with the message; JSON distance null and no paths
    let none = try cli.run(["path", "Aviral Kumar", "Ben Bucknall"])
    #expect(none.status == 0)
    #expect(none.stdout == "no path between Aviral Kumar and Ben Bucknall\n")
    let noneJSON = try CLITests.json(try cli.run(["path", "Aviral Kumar", "Ben Bucknall", "--json"]).stdout)
    #expect(noneJSON["distance"] == nil)
    #expect((noneJSON["paths"] as? [Any])?.isEmpty == true)
    // Unknown names suggest the closest
    let unknown = try cli.run(["path", "Aviral Kumaar", "Yi Su"])
    #expect(unknown.status == 1)
    #expect(unknown.stderr.contains("closest: Aviral Kumar"))
  }

  @Test func pathAcrossSeveralHopsListsEachHopsWork() throws {
    let cli = try chainCLI()
    let result = try cli.run(["path", "Ada Lovelace", "Dan Dalton"])
    #expect(result.status == 0)
    assertGolden(result.stdout, named: "path-chain.txt")
    let json = try CLITests.json(try cli.run(["path", "ada lovelace", "DAN DALTON", "--all", "--json"]).stdout)
    #expect(json["distance"] as? Int == 3)
    #expect((json["paths"] as? [Any])?.count == 1)
    // Filters apply: without Cleo's works (min-works 2 keeps only Ben and Cleo) no path
    let filtered = try cli.run(["path", "Ben Bucknall", "Cleo Clark", "--min-works", "2"])
    #expect(filtered.stdout.contains("distance 1"))
    let gone = try cli.run(["path", "Ada Lovelace", "Dan Dalton", "--min-works", "2"])
    #expect(gone.status == 1)
    #expect(gone.stderr.contains("not in the network"))
  }

  @Test func authorShowsVariantsWorksCoauthorsMetricsAndCommunity() throws {
    let cli = try chainCLI()
    // PageRank and the recorded community need the whole network (--whole-network)
    let before = try CLITests.json(
      try cli.run(["author", "ben bucknall", "--json", "--whole-network"]).stdout)
    #expect(before["community"] == nil || before["community"] is NSNull)
    #expect(try cli.run(["communities"]).status == 0)
    let text = try cli.run(["author", "Ben Bucknall", "--whole-network"])
    #expect(text.status == 0)
    assertGolden(text.stdout, named: "author-ben-bucknall.txt")
    let json = try CLITests.json(
      try cli.run(["author", "ben bucknall", "--json", "--whole-network"]).stdout)
    #expect(json["degree"] as? Double == 2)
    #expect((json["works"] as? [Any])?.count == 2)
    #expect((json["coauthors"] as? [Any])?.count == 2)
    #expect((json["community"] as? [String: Any])?["run"] as? Int == 1)
    // A filtered network has another fingerprint: no community from run 1
    let filtered = try CLITests.json(
      try cli.run(["author", "ben bucknall", "--largest-component", "--json"]).stdout)
    #expect(filtered["community"] == nil || filtered["community"] is NSNull)
    // --id picks an identity directly
    let byID = try CLITests.json(try cli.run(["author", "anything", "--id", "1", "--json"]).stdout)
    #expect(byID["name"] as? String == "Ada Lovelace")
  }

  @Test func everyCommandSpeaksJSON() throws {
    let cli = try chainCLI()
    let commands: [[String]] = [
      ["stats"], ["communities"], ["centrality"], ["ego", "Ben Bucknall"],
      ["path", "Ada Lovelace", "Cleo Clark"], ["author", "Ada Lovelace"], ["authors"], ["runs"],
    ]
    for command in commands {
      let result = try cli.run(command + ["--json"])
      #expect(result.status == 0, "\(command)")
      #expect(
        (try? JSONSerialization.jsonObject(with: Data(result.stdout.utf8))) != nil, "\(command)")
    }
  }

  @Test func communitiesAlgorithmsOptionsAndRecordedParameters() throws {
    let cli = CLIRunner()
    _ = try cli.ingestExamples()
    for algorithm in ["infomap", "walktrap", "label-propagation", "fast-greedy"] {
      let result = try cli.run(["communities", "--algorithm", algorithm, "--json", "--min-size", "2"])
      #expect(result.status == 0, "\(algorithm)")
      let json = try CLITests.json(result.stdout)
      #expect((json["modularity"] as? Double ?? 0) > 0.5, "\(algorithm)")
      let communities = try #require(json["communities"] as? [[String: Any]])
      #expect(communities.allSatisfy { ($0["size"] as? Int ?? 0) >= 2 })
      #expect(communities.allSatisfy { ($0["terms"] as? [Any])?.isEmpty == false })
    }
    let rejected = try cli.run(["communities", "--algorithm", "infomap", "--resolution", "2"])
    #expect(rejected.status == 64)
    #expect(rejected.stderr.contains("--resolution applies to leiden and louvain only"))
    let noIterations = try cli.run(["communities", "--algorithm", "louvain", "--iterations", "2"])
    #expect(noIterations.status == 64)
    #expect(noIterations.stderr.contains("--iterations applies to leiden only"))
    let zero = try cli.run(["communities", "--iterations", "0"])
    #expect(zero.status == 64)
    #expect(zero.stderr.contains("--iterations must be ≥ 1"))
    let twice = try cli.run(["communities", "--iterations", "2", "--json"])
    #expect(twice.status == 0)
    #expect(try CLITests.json(twice.stdout)["iterations"] as? Int == 2)
    #expect(try cli.run(["communities", "--iterations", "2"]).stdout.hasPrefix(
      "leiden (seed 42, resolution 1.0, 2 iterations): "))
    let runs = try CLITests.jsonArray(try cli.run(["runs", "--json"]).stdout)
    let parameters = try #require(runs.first?["parameters"] as? String)
    for key in ["min_works", "largest_component", "runs", "max_authors", "counting", "min_weight"] {
      #expect(parameters.contains("\"\(key)\""), "\(key)")
    }
    #expect(runs.allSatisfy { $0["network_fingerprint"] as? String != nil })
    let leidenParameters = try #require(runs.last?["parameters"] as? String)
    #expect(leidenParameters.contains("\"iterations\":\"2\""), "\(leidenParameters)")
  }

  @Test func centralityTopZeroListsEveryNodeForEveryMeasure() throws {
    let cli = CLIRunner()
    _ = try cli.ingestExamples()
    for measure in [
      "degree", "strength", "betweenness", "closeness", "harmonic", "eigenvector", "pagerank",
      "coreness", "clustering",
    ] {
      let json = try CLITests.json(
        try cli.run(["centrality", "--measure", measure, "--top", "0", "--json"]).stdout)
      #expect((json["top"] as? [Any])?.count == 89, "\(measure)")
    }
    let weighted = try CLITests.json(
      try cli.run(["centrality", "--measure", "closeness", "--weighted", "--json"]).stdout)
    #expect(weighted["weighted"] as? Bool == true)
  }

  @Test func egoFiltersAndTiesAmongAlters() throws {
    let cli = try chainCLI()
    let json = try CLITests.json(try cli.run(["ego", "Ben Bucknall", "--radius", "2", "--json"]).stdout)
    #expect((json["alters"] as? [Any])?.count == 3)
    #expect(json["ties_among_alters"] as? Int == 1)  // Cleo–Dan
    let light = try CLITests.json(
      try cli.run(["ego", "Ben Bucknall", "--min-weight", "2", "--json"]).stdout)
    #expect((light["alters"] as? [Any])?.isEmpty == true)
  }
}
