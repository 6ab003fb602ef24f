import Foundation

/// Transparent huge pages for the heap of the commands that hold a whole corpus or network.
///
/// Debian's kernel gives transparent huge pages only to memory that asks for them
/// (`madvise` mode), and glibc's malloc asks only when started with the tunable
/// `glibc.malloc.hugetlb=1` (glibc 2.35 and later), which it reads once, before `main`.
/// `graph communities` on the 1M-work store touched about 800,000 fresh 4 KiB pages, each
/// a fault the kernel clears (about 6 s of system time); with the tunable about 115,000
/// faults, and igraph's Leiden, walking a few hundred megabytes at random, misses the TLB
/// less (issue 8, BENCHMARKS.md). So the heavy commands start over once, through
/// `execv` of their own executable, with the tunable added to the environment.
///
/// Left alone: a `GLIBC_TUNABLES` that already names the tunable (set
/// `GLIBC_TUNABLES=glibc.malloc.hugetlb=0` to opt out), a kernel with huge pages `always`
/// (nothing to ask) or `never` (nothing to get), a process under valgrind (its tools do not
/// follow `exec`), and the small queries (`ego`, `path`, `author`: the second start, about
/// 5 ms, would be a tenth of their time for nothing).
enum HugePageHeap {
  static let tunable = "glibc.malloc.hugetlb"

  /// The subcommands that load the whole store or network.
  static let heavyCommands: Set<String> = [
    "ingest", "communities", "centrality", "stats", "export", "identities",
  ]

  /// Re-executes this process with the tunable when `arguments` run a heavy command and
  /// nothing above rules it out; returns (having changed nothing) otherwise or when `execv`
  /// fails.
  static func restartIfWorthwhile(arguments: [String] = CommandLine.arguments) {
    guard arguments.count > 1, heavyCommands.contains(arguments[1]) else { return }
    let environment = ProcessInfo.processInfo.environment
    let current = environment["GLIBC_TUNABLES"]
    guard
      shouldRestart(
        tunables: current, kernelMode: kernelMode(),
        preload: environment["LD_PRELOAD"])
    else { return }
    // First in the list: glibc 2.36 cuts the visible variable (/proc/PID/environ) after its
    // first tunable while applying them all, and the tests look for this one there.
    let added = "\(tunable)=1"
    setenv("GLIBC_TUNABLES", current.map { "\(added):\($0)" } ?? added, 1)
    execv("/proc/self/exe", CommandLine.unsafeArgv)
    // Still here: exec failed; go on with the ordinary heap and the environment as it was.
    if let current { setenv("GLIBC_TUNABLES", current, 1) } else { unsetenv("GLIBC_TUNABLES") }
  }

  /// Whether a restart would change anything: huge pages only on request, none requested or
  /// refused in `tunables`, and not under valgrind (its preload library in `preload`).
  static func shouldRestart(tunables: String?, kernelMode: String?, preload: String?) -> Bool {
    guard kernelMode?.contains("[madvise]") == true else { return false }
    if tunables?.contains(tunable) == true { return false }
    if preload?.contains("vgpreload") == true { return false }
    return true
  }

  /// The kernel's transparent huge page mode line, e.g. `always [madvise] never`.
  private static func kernelMode() -> String? {
    try? String(contentsOfFile: "/sys/kernel/mm/transparent_hugepage/enabled", encoding: .utf8)
  }
}
