import Foundation
import GraphTestSupport
import Testing

/// The committed `Exports/` gallery is what `make exports` writes today, and the export
/// command's multi-file formats, Graphviz drawings and `--top` work end to end.
@Suite(.enabled(if: CLIRunner.binaryExists, "build the graph binary first (swift build)"))
struct GalleryTests {
  /// The text exports of the Makefile's `exports:` target: gallery file → export arguments.
  static let galleryExports: [(String, [String])] = [
    ("coauthor.dot", ["--format", "dot", "--run", "1"]),
    ("coauthor-clusters.dot", ["--format", "dot", "--run", "1", "--clusters"]),
    ("coauthor.graphml", ["--format", "graphml", "--run", "1"]),
    ("coauthor.gexf", ["--format", "gexf", "--run", "1"]),
  ]

  @Test func committedGalleryIsWhatTheExportCommandsWriteToday() throws {
    // Given the sample ingested and its communities recorded as run 1 (as `make demo` does)
    let cli = CLIRunner()
    #expect(try cli.ingestExamples().status == 0)
    #expect(try cli.run(["communities"]).status == 0)
    let dir = RepositoryPaths.temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: dir) }
    for (name, arguments) in Self.galleryExports {
      // When each gallery file is exported again
      let path = dir.appendingPathComponent(name).path
      let result = try cli.run(["export"] + arguments + ["-o", path])
      try #require(result.status == 0, "graph export \(arguments) failed: \(result.stderr)")
      // Then it is byte-identical to the committed one
      let fresh = try Data(contentsOf: URL(fileURLWithPath: path))
      let committedURL = RepositoryPaths.root.appendingPathComponent("Exports/\(name)")
      let committed = try? Data(contentsOf: committedURL)
      #expect(
        committed == fresh,
        """
        Exports/\(name) is stale or missing: it differs from `graph export \
        \(arguments.joined(separator: " "))` on the sample; run make demo and commit Exports/.
        """)
    }
  }

  @Test func csvWritesNodesAndEdgesFilesOrBothTablesOnStdout() throws {
    let cli = CLIRunner()
    _ = try cli.ingestExamples()
    let dir = RepositoryPaths.temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: dir) }
    let result = try cli.run(["export", "--format", "csv", "-o", dir.appendingPathComponent("net.csv").path])
    #expect(result.status == 0)
    let nodes = try String(contentsOf: dir.appendingPathComponent("net-nodes.csv"), encoding: .utf8)
    let edges = try String(contentsOf: dir.appendingPathComponent("net-edges.csv"), encoding: .utf8)
    #expect(nodes.hasPrefix("id,name,works,first_year,last_year\n"))
    #expect(edges.hasPrefix("source,target,weight,works,first_year,last_year\n"))
    #expect(nodes.split(separator: "\n").count == 1 + 89)
    let stdout = try cli.run(["export", "--format", "csv"]).stdout
    #expect(stdout == nodes + "\n" + edges)
  }

  @Test func pajekWritesThePartitionBesideTheNetworkWhenARunHasCommunities() throws {
    let cli = CLIRunner()
    _ = try cli.ingestExamples()
    _ = try cli.run(["communities"])
    let dir = RepositoryPaths.temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: dir) }
    let net = dir.appendingPathComponent("coauthor.net")
    let result = try cli.run(["export", "--format", "pajek", "--run", "1", "-o", net.path])
    #expect(result.status == 0)
    #expect(result.stderr.contains("coauthor.clu"))
    let text = try String(contentsOf: net, encoding: .utf8)
    #expect(text.hasPrefix("*Vertices 89\n"))
    let clu = try String(contentsOf: dir.appendingPathComponent("coauthor.clu"), encoding: .utf8)
    let classes = clu.split(separator: "\n").dropFirst().compactMap { Int($0) }
    #expect(classes.count == 89 && classes.allSatisfy { $0 >= 1 })
  }

  @Test func topKeepsTheStrongestNodesInEveryFormat() throws {
    let cli = CLIRunner()
    _ = try cli.ingestExamples()
    let json = try cli.run(["export", "--format", "json", "--top", "5"])
    #expect(json.status == 0)
    let object = try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any]
    #expect((object?["nodes"] as? [Any])?.count == 5)
    let pajek = try cli.run(["export", "--format", "pajek", "--top", "5"])
    #expect(pajek.stdout.hasPrefix("*Vertices 5\n"))
    #expect(try cli.run(["export", "--top", "0"]).status == 64)
  }

  @Test func sizeByMustNameAScoreOfTheRun() throws {
    let cli = CLIRunner()
    _ = try cli.ingestExamples()
    _ = try cli.run(["centrality", "--measure", "pagerank"])
    let ok = try cli.run(["export", "--format", "gexf", "--run", "1", "--size-by", "pagerank"])
    #expect(ok.status == 0, "\(ok.stderr)")
    #expect(ok.stdout.contains("<viz:size value=\"40\"/>"))
    let wrong = try cli.run(["export", "--format", "gexf", "--run", "1", "--size-by", "nope"])
    #expect(wrong.status == 1)
    #expect(wrong.stderr.contains("no score 'nope'"))
    #expect(try cli.run(["export", "--format", "dot", "--size-by", "pagerank"]).status == 64)
  }

  @Test(.enabled(if: FileManager.default.isExecutableFile(atPath: "/usr/bin/dot"), "Graphviz is not installed"))
  func svgAndPngAreDrawnByGraphvizDeterministically() throws {
    let cli = CLIRunner()
    _ = try cli.ingestExamples()
    let svg = try cli.run(["export", "--format", "svg", "--top", "10"])
    #expect(svg.status == 0, "\(svg.stderr)")
    #expect(svg.stdout.contains("<svg"))
    #expect(try cli.run(["export", "--format", "svg", "--top", "10"]).stdout == svg.stdout)
    let large = try cli.run(["export", "--format", "svg"])
    #expect(large.status == 0 && large.stdout.contains("<svg"))
    #expect(try cli.run(["export", "--format", "svg"]).stdout == large.stdout)
    let dir = RepositoryPaths.temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: dir) }
    let png = dir.appendingPathComponent("top.png")
    #expect(try cli.run(["export", "--format", "png", "--top", "10", "-o", png.path]).status == 0)
    let bytes = try Data(contentsOf: png)
    #expect(bytes.starts(with: [0x89, 0x50, 0x4E, 0x47]))
  }

  @Test func svgWithoutGraphvizSaysHowToInstallIt() throws {
    let cli = CLIRunner()
    _ = try cli.ingestExamples()
    let result = try cli.run(["export", "--format", "svg"], environment: ["PATH": "/nonexistent"])
    #expect(result.status == 1)
    #expect(
      result.stderr.contains(
        "Graphviz is not installed (apt-get install graphviz); use --format dot"))
  }

  /// Every network of PRODUCT.md §9 exists now (issue 7); unknown names are usage errors.
  @Test func unknownNetworksAreRefused() throws {
    let result = try CLIRunner().run(["export", "--network", "citations-of-citations"])
    #expect(result.status == 64)
    #expect(result.stderr.contains("unknown network"))
    // A known network the store has no data for: a clear message, exit 1.
    let empty = try CLIRunner().run(["export", "--network", "citation"])
    #expect(empty.status == 1)
    #expect(empty.stderr.contains("the store holds no citation data yet"))
  }
}
