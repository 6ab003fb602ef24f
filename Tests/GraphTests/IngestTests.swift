import Foundation
import Graph
import GraphTestSupport
import Testing

/// Ingest rules on small hand-made inputs: formats, bad input, replacement, identity keys.
@Suite struct IngestTests {
  static let listingA = """
    Publications

    A Study of Things
    BEN BUCKNALL
    Ada Lovelace
    Charles Babbage
    A Second Study: With a Colon
    Ben Bucknall
    Ada Lovelace

    """

  @Test func upperCaseAndMixedCaseSpellingsAreOneIdentityShownMixedCase() throws {
    let store = try GraphStore()
    _ = try store.ingest(data: Data(Self.listingA.utf8), name: "a.txt")
    let authors = try store.authors()
    let bucknall = try #require(authors.first { $0.name == "Ben Bucknall" })
    #expect(bucknall.works == 2)
    #expect(bucknall.variants == ["BEN BUCKNALL", "Ben Bucknall"])
    #expect(authors.count == 3)
  }

  @Test func fullCountingWeightsAreJointWorksAndFractionalFollowNewman() throws {
    let store = try GraphStore()
    _ = try store.ingest(data: Data(Self.listingA.utf8), name: "a.txt")
    let ada = try store.resolveAuthor("ada lovelace")
    let ben = try store.resolveAuthor("BEN BUCKNALL")
    let full = try store.coauthorNetwork().network
    let pair = try #require(full.edges.first { Set([$0.source, $0.target]) == Set([ada, ben]) })
    #expect(pair.works == 2)
    #expect(pair.weight == 2)
    // Fractional: the 3-author work gives 1/2, the 2-author work gives 1.
    let fractional = try store.coauthorNetwork(CoauthorOptions(counting: .fractional)).network
    let fpair = try #require(
      fractional.edges.first { Set([$0.source, $0.target]) == Set([ada, ben]) })
    #expect(abs(fpair.weight - 1.5) < 1e-12)
  }

  @Test func changedFileReplacesItsEarlierRecords() throws {
    let store = try GraphStore()
    _ = try store.ingest(data: Data(Self.listingA.utf8), name: "a.txt")
    let changed = Self.listingA.replacingOccurrences(of: "Charles Babbage", with: "Mary Somerville")
    let summary = try store.ingest(data: Data(changed.utf8), name: "a.txt")
    #expect(summary.replacedPrevious)
    let names = Set(try store.authors().map(\.name))
    #expect(names == ["Ben Bucknall", "Ada Lovelace", "Mary Somerville"])
    #expect(try store.counts().works == 2)
    #expect(try store.counts().sources == 1)
  }

  @Test func unknownFormatIsRefusedNamingTheFormatsTried() throws {
    let store = try GraphStore()
    do {
      _ = try store.ingest(data: Data("just some words\nand more\n".utf8), name: "x.bin")
      Issue.record("an unknown format was accepted")
    } catch {
      guard case .badInput(let file, let line, let reason) = error else {
        Issue.record("unexpected error \(error)")
        return
      }
      #expect(file == "x.bin")
      #expect(line == nil)
      #expect(reason.hasPrefix("not in a known format (tried: listing, digest, "))
    }
    #expect(try store.counts().sources == 0)
  }

  @Test func invalidUTF8IsRefusedWithItsLineAndNothingIsWritten() throws {
    let store = try GraphStore()
    var bytes = Array("Publications\n\nTitle of Work\n".utf8)
    bytes += [0x41, 0xFF, 0xFE, 0x0A]
    #expect(throws: GraphError.badInput(file: "bad.txt", line: 4, reason: "invalid UTF-8 (the file is not text in UTF-8)")) {
      try store.ingest(data: Data(bytes), name: "bad.txt")
    }
    #expect(try store.counts() == StoreCounts(sources: 0, works: 0, worksWithAuthors: 0, mentions: 0, authors: 0))
    #expect(try store.integrityCheck() == "ok")
  }

  @Test func forcedFormatOverridesDetection() throws {
    let store = try GraphStore()
    let text = "Some Title Here\n" + String(repeating: "abstract words ", count: 20) + "\n"
    let summary = try store.ingest(
      data: Data(text.utf8), name: "d.txt", options: IngestOptions(format: .digest))
    #expect(summary.format == "digest")
    #expect(summary.recordsRead == 1)
  }

  @Test func storeOnDiskSurvivesReopenAndPassesIntegrityCheck() throws {
    let path = RepositoryPaths.temporaryDirectory().appendingPathComponent("s.db").path
    do {
      let store = try GraphStore(path: path)
      _ = try store.ingest(data: Data(Self.listingA.utf8), name: "a.txt")
    }
    let reopened = try GraphStore(path: path)
    #expect(try reopened.counts().authors == 3)
    #expect(try reopened.integrityCheck() == "ok")
  }
}

/// Name keys (identity v1) and display names.
@Suite struct NameKeyTests {
  @Test(arguments: [
    ("BEN BUCKNALL", "ben bucknall"),
    ("Ben  Bucknall", "ben bucknall"),
    ("FERENC HUSZÁR", "ferenc huszar"),
    ("François Robert Hogan", "francois robert hogan"),
    ("A.R. Olteanu", "a r olteanu"),
    ("Olteanu, A. R.", "a r olteanu"),
    ("Sheila F O’Brien", "sheila f o brien"),
    ("Søren Kierkegaard", "soren kierkegaard"),
    ("Ludwig van Beethoven", "ludwig van beethoven"),
  ])
  func personKeysFoldCaseDiacriticsPunctuationAndOrder(raw: String, key: String) {
    #expect(NameKey.person(raw) == key)
  }

  @Test func displayNamePrefersMixedCaseThenCompleteness() {
    #expect(DisplayName.best(of: ["BEN BUCKNALL", "Ben Bucknall"]) == "Ben Bucknall")
    #expect(DisplayName.best(of: ["A. Olteanu", "Alexandra Olteanu"]) == "Alexandra Olteanu")
    #expect(DisplayName.best(of: ["Ferenc Huszar", "Ferenc Huszár"]) == "Ferenc Huszár")
    #expect(DisplayName.best(of: ["LARA THURNHERR"]) == "Lara Thurnherr")
    #expect(DisplayName.best(of: [String]()) == nil)
  }

  @Test func sha256MatchesTheFIPSTestVectors() {
    #expect(SHA256.hex(Array("abc".utf8)) == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")
    #expect(SHA256.hex([UInt8]()) == "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855")
    let long = Array("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq".utf8)
    #expect(SHA256.hex(long) == "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1")
  }

  /// The FIPS million-'a' vector, fed in uneven pieces (partial blocks across calls, and a
  /// non-contiguous collection) so the buffered and in-place paths must agree.
  @Test func sha256AgreesAcrossUnevenUpdates() {
    let million = [UInt8](repeating: UInt8(ascii: "a"), count: 1_000_000)
    let expected = "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0"
    #expect(SHA256.hex(million) == expected)
    var hasher = SHA256()
    var offset = 0
    for size in [1, 63, 64, 65, 127, 1000, 7, 4096] {
      hasher.update(million[offset..<offset + size])
      offset += size
    }
    hasher.update(million[offset..<500_000].lazy.map { $0 })
    hasher.update(million[500_000...])
    #expect(hasher.finalizeHex() == expected)
  }

  /// A copy of a hasher (as `ByteSource.finishHash` takes) continues on its own.
  @Test func sha256CopiesAreIndependent() {
    var first = SHA256()
    first.update(Array("abc".utf8))
    var second = first
    second.update(Array("dbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq".utf8))
    #expect(first.finalizeHex() == SHA256.hex(Array("abc".utf8)))
    #expect(second.finalizeHex() == "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1")
  }
}
