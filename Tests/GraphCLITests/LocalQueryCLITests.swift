import Foundation
import GraphTestSupport
import Testing

/// `graph ego`, `path` and `author` answer from indexed reads around the authors; the output
/// is byte-identical to the answer on the whole built network (`--whole-network`), except
/// that `author` leaves out the whole-network figures (PageRank, community, citation PageRank).
@Suite(.enabled(if: CLIRunner.binaryExists, "build the graph binary first (swift build)"))
struct LocalQueryCLITests {
  /// Runs `arguments` with and without `--whole-network`; both must succeed the same way.
  static func both(_ cli: CLIRunner, _ arguments: [String]) throws -> (local: CLIRunner.Result, whole: CLIRunner.Result) {
    let local = try cli.run(arguments)
    let whole = try cli.run(arguments + ["--whole-network"])
    #expect(local.status == whole.status, "\(arguments)")
    #expect(local.stderr == whole.stderr, "\(arguments)")
    return (local, whole)
  }

  /// Every identity id of the store, in `graph authors` order.
  static func ids(_ cli: CLIRunner) throws -> [Int] {
    try CLITests.jsonArray(try cli.run(["authors", "--json"]).stdout).compactMap { $0["id"] as? Int }
  }

  /// `author --json` without the figures only the whole network gives.
  static func localFigures(_ text: String) throws -> String {
    var json = try CLITests.json(text)
    json["pagerank"] = nil
    json["community"] = nil
    if var citation = json["citation"] as? [String: Any] {
      citation["pagerank"] = nil
      json["citation"] = citation
    }
    let data = try JSONSerialization.data(withJSONObject: json, options: [.sortedKeys])
    return String(decoding: data, as: UTF8.self)
  }

  @Test func egoPathAndAuthorOnTheSeedListingsEqualTheWholeNetworkAnswers() throws {
    let cli = CLIRunner()
    #expect(try cli.ingestExamples().status == 0)
    let ids = try Self.ids(cli)
    #expect(ids.count == 89)
    let chosen = stride(from: 0, to: ids.count, by: 7).map { ids[$0] }
    for (k, id) in chosen.enumerated() {
      for arguments in [
        ["ego", "x", "--id", "\(id)"], ["ego", "x", "--id", "\(id)", "--radius", "2", "--json"],
        ["ego", "x", "--id", "\(id)", "--radius", "3", "--counting", "fractional"],
      ] {
        let (local, whole) = try Self.both(cli, arguments)
        #expect(local.status == 0)
        #expect(local.stdout == whole.stdout, "\(arguments)")
      }
      let other = chosen[(k + 3) % chosen.count]
      for extra in [[], ["--all", "--json"]] {
        let arguments = ["path", "a", "b", "--from-id", "\(id)", "--to-id", "\(other)"] + extra
        let (local, whole) = try Self.both(cli, arguments)
        #expect(local.stdout == whole.stdout, "\(arguments)")
      }
      let (local, whole) = try Self.both(cli, ["author", "x", "--id", "\(id)", "--json"])
      #expect(try Self.localFigures(local.stdout) == Self.localFigures(whole.stdout), "author \(id)")
      #expect(try CLITests.json(local.stdout)["pagerank"] == nil)
      #expect(try CLITests.json(whole.stdout)["pagerank"] is Double)
    }
  }

  @Test func namesFiltersAndErrorsAreTheSameAsOnTheWholeNetwork() throws {
    let cli = CLIRunner()
    #expect(try cli.ingestExamples().status == 0)
    for arguments in [
      ["ego", "aviral kumar"], ["ego", "AVIRAL KUMAR", "--radius", "2", "--min-weight", "1"],
      ["ego", "Aviral Kumar", "--since", "2024", "--json"], ["ego", "Aviral Kumar", "--until", "1990"],
      ["ego", "Aviral Kumaar"], ["ego", "x", "--id", "999999"],
      ["ego", "Aviral Kumar", "--network", "coauthor", "--max-authors", "5"],
      ["path", "Aviral Kumar", "yi su"], ["path", "Aviral Kumar", "Ben Bucknall"],
      ["path", "Aviral Kumar", "Ben Bucknall", "--json"], ["path", "Aviral Kumaar", "Yi Su"],
      ["path", "Aviral Kumar", "x", "--to-id", "999999"], ["path", "Aviral Kumar", "Aviral Kumar"],
      ["author", "Aviral Kumaar"],
    ] {
      let (local, whole) = try Self.both(cli, arguments)
      #expect(local.stdout == whole.stdout, "\(arguments)")
    }
  }

  @Test func authorWithoutTheWholeNetworkShowsItsOwnFigures() throws {
    let cli = try AnalyticsCLITests().chainCLI()
    #expect(try cli.run(["communities"]).status == 0)
    let text = try cli.run(["author", "Ben Bucknall"])
    #expect(text.status == 0)
    assertGolden(text.stdout, named: "author-ben-bucknall-local.txt")
    let json = try CLITests.json(try cli.run(["author", "ben bucknall", "--json"]).stdout)
    #expect(json["degree"] as? Double == 2)
    #expect(json["strength"] as? Double == 2)
    #expect(json["pagerank"] == nil && json["community"] == nil)
    #expect((json["coauthors"] as? [Any])?.count == 2)
    // Filters that need the whole network keep the whole-network answer
    let filtered = try CLITests.json(
      try cli.run(["author", "ben bucknall", "--min-works", "2", "--json"]).stdout)
    #expect(filtered["pagerank"] is Double)
  }
}
