import Foundation
import GraphTestSupport
import Testing

@testable import graph_cli

/// The heavy commands start over with glibc's huge-page tunable (`HugePageHeap`).
struct HugePageHeapTests {
  static let madvise = "always [madvise] never"

  @Test func restartsOnlyWhenHugePagesAreOnRequestAndNobodyChose() {
    #expect(HugePageHeap.shouldRestart(tunables: nil, kernelMode: Self.madvise, preload: nil))
    #expect(
      HugePageHeap.shouldRestart(
        tunables: "glibc.malloc.arena_max=2", kernelMode: Self.madvise, preload: nil))
    // The user's own choice, either way, stands.
    for chosen in ["glibc.malloc.hugetlb=0", "glibc.malloc.arena_max=2:glibc.malloc.hugetlb=1"] {
      #expect(!HugePageHeap.shouldRestart(tunables: chosen, kernelMode: Self.madvise, preload: nil))
    }
    // Nothing to ask for, nothing to get, or no way to tell.
    for mode in ["[always] madvise never", "always madvise [never]", nil] {
      #expect(!HugePageHeap.shouldRestart(tunables: nil, kernelMode: mode, preload: nil))
    }
    // valgrind's tools would lose the process at exec.
    let valgrind = "/usr/libexec/valgrind/vgpreload_core-amd64-linux.so"
    #expect(!HugePageHeap.shouldRestart(tunables: nil, kernelMode: Self.madvise, preload: valgrind))
  }

  @Test func smallQueriesAreNotRestarted() {
    for query in ["ego", "path", "author", "authors", "runs"] {
      #expect(!HugePageHeap.heavyCommands.contains(query))
    }
    #expect(HugePageHeap.heavyCommands.isSuperset(of: ["ingest", "communities", "export"]))
  }
}

/// The restart seen from outside: the environment of a running `graph ingest -`.
@Suite(.enabled(if: CLIRunner.binaryExists, "build the graph binary first (swift build)"))
struct HugePageRestartCLITests {
  /// `graph ingest -` with `environment`, held open until its store exists (it restarted
  /// before opening it, if it was going to): returns its GLIBC_TUNABLES then, and its exit
  /// status after the sample listing arrives on its standard input.
  func tunablesOfRunningIngest(environment: [String: String]) throws -> (String?, Int32) {
    let cli = CLIRunner()
    let process = Process()
    process.executableURL = CLIRunner.binary
    process.currentDirectoryURL = RepositoryPaths.root
    process.arguments = ["ingest", "-", "--db", cli.db]
    var env = ProcessInfo.processInfo.environment
    env.removeValue(forKey: "GLIBC_TUNABLES")
    env.removeValue(forKey: "LD_PRELOAD")
    for (key, value) in environment { env[key] = value }
    process.environment = env
    let input = Pipe()
    process.standardInput = input
    process.standardOutput = FileHandle.nullDevice
    process.standardError = FileHandle.nullDevice
    try process.run()
    let deadline = Date().addingTimeInterval(20)
    while !FileManager.default.fileExists(atPath: cli.db), Date() < deadline {
      Thread.sleep(forTimeInterval: 0.01)
    }
    let environ = try Data(
      contentsOf: URL(fileURLWithPath: "/proc/\(process.processIdentifier)/environ"))
    let tunables = environ.split(separator: 0).lazy
      .map { String(decoding: $0, as: UTF8.self) }
      .first { $0.hasPrefix("GLIBC_TUNABLES=") }
      .map { String($0.dropFirst("GLIBC_TUNABLES=".count)) }
    let listing = try Data(
      contentsOf: RepositoryPaths.root.appendingPathComponent("Examples/seed-listing-1.txt"))
    input.fileHandleForWriting.write(listing)
    try input.fileHandleForWriting.close()
    process.waitUntilExit()
    return (tunables, process.terminationStatus)
  }

  static var kernelMode: String? {
    try? String(contentsOfFile: "/sys/kernel/mm/transparent_hugepage/enabled", encoding: .utf8)
  }

  @Test func ingestRunsWithTheTunableAddedWhenTheKernelOffersHugePagesOnRequest() throws {
    let (tunables, status) = try tunablesOfRunningIngest(
      environment: ["GLIBC_TUNABLES": "glibc.malloc.arena_max=8"])
    #expect(status == 0)
    if Self.kernelMode?.contains("[madvise]") == true {
      // glibc 2.36 shows only the first tunable here once it has read them all.
      #expect(tunables?.hasPrefix("glibc.malloc.hugetlb=1") == true)
    } else {
      #expect(tunables == "glibc.malloc.arena_max=8")
    }
  }

  @Test func anExplicitRefusalIsKept() throws {
    let (tunables, status) = try tunablesOfRunningIngest(
      environment: ["GLIBC_TUNABLES": "glibc.malloc.hugetlb=0"])
    #expect(status == 0)
    #expect(tunables == "glibc.malloc.hugetlb=0")
  }
}
