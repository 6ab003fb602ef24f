import Foundation
import Graph
import GraphTestSupport
import Testing

/// Bad input never crashes and never half-writes the store (PRODUCT.md §4, §12): each broken
/// file gives a clear error naming the file (and line where there is one) or a counted skip,
/// the store stays consistent, and every good record of a partly bad file is kept.
@Suite struct BrokenInputTests {
  static let listing = "Publications\n\nA Good Title\nAda Lovelace\nCharles Babbage\n"

  /// Ingests `bytes`, expecting a `.badInput` error; returns its (file, line, reason).
  static func expectRefused(_ store: GraphStore, _ bytes: [UInt8], name: String, options: IngestOptions = .init())
    throws -> (String, Int?, String)
  {
    do {
      _ = try store.ingest(data: Data(bytes), name: name, options: options)
    } catch {
      if case .badInput(let file, let line, let reason) = error { return (file, line, reason) }
      Issue.record("expected bad input, got \(error)")
      return ("", nil, "")
    }
    Issue.record("\(name) was accepted")
    return ("", nil, "")
  }

  static func gzip(_ text: String) throws -> [UInt8] {
    let dir = RepositoryPaths.temporaryDirectory()
    let file = dir.appendingPathComponent("x.txt")
    try Data(text.utf8).write(to: file)
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/bin/gzip")
    process.arguments = ["-kf", file.path]
    try process.run()
    process.waitUntilExit()
    return [UInt8](try Data(contentsOf: dir.appendingPathComponent("x.txt.gz")))
  }

  @Test func truncatedGzipIsRefusedAndNothingIsWritten() throws {
    let store = try GraphStore()
    let whole = try Self.gzip(Self.listing + String(repeating: "another title about graphs\nSome Author\n", count: 500))
    #expect(try store.ingest(data: Data(whole), name: "whole.txt.gz").recordsRead == 501)
    let before = try store.counts()
    let (file, _, reason) = try Self.expectRefused(store, Array(whole.prefix(whole.count / 2)), name: "cut.txt.gz")
    #expect(file == "cut.txt.gz")
    #expect(reason.contains("gzip"))
    #expect(try store.counts() == before)
    #expect(try store.integrityCheck() == "ok")
  }

  @Test func binaryGarbageAndEmptyFilesAreRefusedByName() throws {
    let store = try GraphStore()
    var generator = SplitMix64(seed: 7)
    let garbage = (0..<8192).map { _ in UInt8(truncatingIfNeeded: generator.next()) }
    let (file, _, reason) = try Self.expectRefused(store, garbage, name: "garbage.bin")
    #expect(file == "garbage.bin")
    #expect(reason.hasPrefix("not in a known format (tried: listing, digest, bibtex"))
    let empty = try Self.expectRefused(store, [], name: "empty.txt")
    #expect(empty.2 == "the file is empty")
    #expect(try store.counts().sources == 0)
    #expect(try store.integrityCheck() == "ok")
  }

  @Test func invalidUTF8NamesItsLine() throws {
    let store = try GraphStore()
    let bytes = Array((Self.listing + "Grace Hopper\n").utf8) + [0x41, 0xC3, 0x28, 0x0A]
    let (file, line, reason) = try Self.expectRefused(store, bytes, name: "bad-utf8.txt")
    #expect(file == "bad-utf8.txt")
    #expect(line == 7)
    #expect(reason.contains("UTF-8"))
    #expect(try store.counts().works == 0)
  }

  @Test func unterminatedBibTeXBraceSkipsThatEntryAndKeepsTheOthers() throws {
    let store = try GraphStore()
    let text = """
      @article{good1, title={First Good Work}, author={Lovelace, Ada}, year={1843}}
      @article{broken, title={Never closed, author={Babbage, Charles}

      @article{good2, title={Second Good Work}, author={Hopper, Grace}, year={1952}}

      """
    let summary = try store.ingest(data: Data(text.utf8), name: "broken.bib")
    #expect(summary.format == "bibtex")
    #expect(summary.recordsRead == 2)
    #expect(summary.skipped.count == 1)
    #expect(summary.skipped.first?.hasPrefix("broken.bib:2: ") == true)
    #expect(try store.integrityCheck() == "ok")
  }

  @Test func strictMakesTheFirstBadRecordFatalAndWritesNothing() throws {
    let store = try GraphStore()
    let text = "@article{a, title={Fine}, author={Doe, Jane}}\n@article{b, title={Open\n\n"
    let (_, line, _) = try Self.expectRefused(
      store, Array(text.utf8), name: "strict.bib", options: IngestOptions(strict: true))
    #expect(line == 2)
    #expect(try store.counts().works == 0)
  }

  @Test func tenMegabyteSingleLineIsSkippedWithItsLineAndTheRestKept() throws {
    let store = try GraphStore()
    let huge = String(repeating: "word ", count: 2_000_000)  // 10 MB on one line
    let text = """
      @article{small, title={A Small Record}, author={Hopper, Grace}}
      @article{big, title={A Big Record}, author={Lovelace, Ada}, abstract={\(huge)}}
      @article{after, title={After the Big One}, author={Babbage, Charles}}

      """
    let summary = try store.ingest(data: Data(text.utf8), name: "huge.bib")
    // An entry over the reader's 4-million-character bound is skipped: memory stays bounded.
    #expect(summary.recordsRead == 2)
    #expect(summary.skipped.count == 1)
    #expect(summary.skipped.first?.hasPrefix("huge.bib:2: entry longer than") == true)
  }

  @Test func csvWithAMissingMappedColumnIsRefusedNamingIt() throws {
    let store = try GraphStore()
    let csv = "Title,Authors\nA Work,Ada Lovelace\n"
    let (file, _, reason) = try Self.expectRefused(
      store, Array(csv.utf8), name: "missing.csv",
      options: IngestOptions(format: .csv, csvColumns: "title=Title;authors=Authors;year=Year"))
    #expect(file == "missing.csv")
    #expect(reason.contains("Year"))
    #expect(try store.counts().sources == 0)
  }

  @Test(.enabled(if: RepositoryPaths.shared("data/wos-medline-scopus-metaknowledge/badFile.isi") != nil))
  func metaknowledgeBadFileKeepsEveryGoodRecord() throws {
    let store = try GraphStore()
    let path = try #require(RepositoryPaths.shared("data/wos-medline-scopus-metaknowledge/badFile.isi")).path
    let summary = try store.ingest(path: path)
    // 32 records (`grep -c '^ER'`); the first lost its CR tag (line 13) and is skipped.
    #expect(summary.recordsRead == 31)
    #expect(summary.skipped.count == 1)
    #expect(summary.skipped.first?.contains("badFile.isi:13:") == true)
    #expect(try store.integrityCheck() == "ok")
  }
}
