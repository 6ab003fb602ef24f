import Foundation
import GraphTestSupport
import Testing

/// Every network type exports, and Graphviz renders the DOT of each (issue 6).
@Suite(.enabled(if: CLIRunner.binaryExists, "build the graph binary first (swift build)"))
struct NetworkTypesExportTests {
  /// W1 and W4 both cite W2 and W3 (co-citation W2–W3 = 2; coupling W1–W4 = 2).
  static let corpus = [
    #"{"id":"https://openalex.org/W1","title":"One \"quoted\" <title>","publication_year":2020,"authorships":[{"author_position":"first","author":{"id":"https://openalex.org/A1","display_name":"Ada Lovelace"}},{"author_position":"last","author":{"id":"https://openalex.org/A2","display_name":"Ben Bucknall"}}],"referenced_works":["https://openalex.org/W2","https://openalex.org/W3"]}"#,
    #"{"id":"https://openalex.org/W2","title":"Two","publication_year":2018,"authorships":[{"author_position":"first","author":{"id":"https://openalex.org/A1","display_name":"Ada Lovelace"}}],"referenced_works":[]}"#,
    #"{"id":"https://openalex.org/W3","title":"Three","publication_year":2017,"authorships":[{"author_position":"first","author":{"id":"https://openalex.org/A3","display_name":"Grace Hopper"}}],"referenced_works":[]}"#,
    #"{"id":"https://openalex.org/W4","title":"Four","publication_year":2021,"authorships":[{"author_position":"first","author":{"id":"https://openalex.org/A3","display_name":"Grace Hopper"}},{"author_position":"last","author":{"id":"https://openalex.org/A2","display_name":"Ben Bucknall"}}],"referenced_works":["https://openalex.org/W2","https://openalex.org/W3"]}"#,
  ].joined(separator: "\n") + "\n"

  static var dotInstalled: Bool { FileManager.default.isExecutableFile(atPath: "/usr/bin/dot") }

  @Test(arguments: ["coauthor", "citation", "cocitation", "coupling", "author-citation"])
  func dotOfEveryNetworkTypeRenders(network: String) throws {
    let cli = CLIRunner()
    let file = RepositoryPaths.temporaryDirectory().appendingPathComponent("works.jsonl")
    try Data(Self.corpus.utf8).write(to: file)
    let ingest = try cli.run(["ingest", file.path])
    #expect(ingest.status == 0, "\(ingest.stderr)")
    let export = try cli.run(["export", "--network", network, "--format", "dot"])
    #expect(export.status == 0, "\(export.stderr)")
    #expect(export.stdout.contains("->") == ["citation", "author-citation"].contains(network))
    guard Self.dotInstalled else {
      #expect(ProcessInfo.processInfo.environment["CI"] == nil, "Graphviz is required on CI")
      return
    }
    let dot = Process()
    dot.executableURL = URL(fileURLWithPath: "/usr/bin/dot")
    dot.arguments = ["-Tsvg"]
    let input = Pipe()
    dot.standardInput = input
    dot.standardOutput = FileHandle.nullDevice
    dot.standardError = FileHandle.nullDevice
    try dot.run()
    input.fileHandleForWriting.write(Data(export.stdout.utf8))
    try input.fileHandleForWriting.close()
    dot.waitUntilExit()
    #expect(dot.terminationStatus == 0)
  }
}
