import Foundation
import GraphTestSupport
import Testing

/// `graph ingest -` (standard input) and the author-mentions export, through the binary.
@Suite(.enabled(if: CLIRunner.binaryExists, "build the graph binary first (swift build)"))
struct IngestAndIdentityCLITests {
  @Test func ingestReadsStandardInput() throws {
    let cli = CLIRunner()
    let listing = try String(
      contentsOf: RepositoryPaths.root.appendingPathComponent("Examples/seed-listing-1.txt"), encoding: .utf8)
    let result = try cli.run(["ingest", "-"], stdin: listing)
    #expect(result.status == 0)
    #expect(result.stdout.hasPrefix("- [listing]: 12 records, 12 new works"))
  }

  @Test func mentionsExportListsEveryMentionWithItsIdentity() throws {
    let cli = CLIRunner()
    _ = try cli.ingestExamples()
    let csv = try cli.run(["export", "--network", "mentions", "--format", "csv"])
    #expect(csv.status == 0)
    let lines = csv.stdout.split(separator: "\n")
    #expect(lines.first == "record_key,position,raw_name,identity_id,identity_name")
    #expect(lines.count == 1 + 125)  // one row per author mention of the sample
    // Aviral Kumar appears in both snapshots: two mentions, one identity.
    let aviral = lines.filter { $0.contains(",Aviral Kumar,") }
    #expect(aviral.count == 2)
    #expect(Set(aviral.map { $0.split(separator: ",")[3] }).count == 1)
    let wrongFormat = try cli.run(["export", "--network", "mentions", "--format", "dot"])
    #expect(wrongFormat.status == 1)
    #expect(wrongFormat.stderr.contains("exports as --format csv only"))
  }
}
