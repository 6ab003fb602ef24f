internal import CIgraph
import Foundation

/// The process-wide igraph state: the error and warning hooks, the lock that serializes every
/// igraph call (Debian builds igraph with `IGRAPH_THREAD_SAFE 0`), and the RNG seed.
package enum IgraphRuntime {
  /// Recursive, because an owner's `deinit` may run inside a locked section.
  private static let lock = NSRecursiveLock()
  /// The last error text igraph gave the hook; read and written only under `lock`.
  nonisolated(unsafe) private static var lastMessage: String?
  /// Warnings collected since the last `takeWarnings()`; only under `lock`.
  nonisolated(unsafe) private static var warnings: [String] = []

  /// Installs the hooks exactly once, before the first igraph call.
  private static let installHooks: Void = {
    igraph_set_error_handler { reason, _, _, _ in
      // Copy first: IGRAPH_FINALLY_FREE may invalidate `reason`. Never longjmp out.
      IgraphRuntime.lastMessage = reason.map { String(cString: $0) } ?? "unknown igraph error"
      IGRAPH_FINALLY_FREE()
    }
    igraph_set_warning_handler { reason, _, _ in
      IgraphRuntime.warnings.append(reason.map { String(cString: $0) } ?? "")
    }
  }()

  /// Runs `body` with exclusive access to igraph, hooks installed.
  package static func locked<R>(_ body: () throws(GraphError) -> R) throws(GraphError) -> R {
    lock.lock()
    defer { lock.unlock() }
    _ = installHooks
    return try body()
  }

  /// Returns and clears the last message the error hook recorded. Call under `locked`.
  static func takeLastMessage() -> String? {
    defer { lastMessage = nil }
    return lastMessage
  }

  /// Returns and clears the warnings igraph emitted.
  package static func takeWarnings() -> [String] {
    lock.lock()
    defer { lock.unlock() }
    defer { warnings = [] }
    return warnings
  }

  /// Seeds igraph's default RNG. Call inside the same `locked` section as the algorithm.
  static func seed(_ seed: UInt64) throws(GraphError) {
    try check(igraph_rng_seed(igraph_rng_default(), igraph_uint_t(seed)), "igraph_rng_seed")
  }

  /// The version of the linked igraph library, e.g. "0.10.2".
  package static var version: String {
    var text: UnsafePointer<CChar>?
    var major: Int32 = 0
    var minor: Int32 = 0
    var patch: Int32 = 0
    igraph_version(&text, &major, &minor, &patch)
    return text.map { String(cString: $0) } ?? "\(major).\(minor).\(patch)"
  }

  /// Number of entries on igraph's FINALLY stack; 0 between calls (a hygiene check for tests).
  package static var finallyStackSize: Int {
    lock.lock()
    defer { lock.unlock() }
    return Int(IGRAPH_FINALLY_STACK_SIZE())
  }

  /// Owners alive right now (leak check for tests).
  nonisolated(unsafe) static var liveOwnerCount = 0
  /// Number of live `IgraphGraph` owners; 0 when every graph was freed.
  package static var liveGraphs: Int {
    lock.lock()
    defer { lock.unlock() }
    return liveOwnerCount
  }
}

/// Turns an igraph return code into a thrown `GraphError` carrying igraph's message.
func check(_ code: igraph_error_t, _ function: String) throws(GraphError) {
  guard code != IGRAPH_SUCCESS else { return }
  let message =
    IgraphRuntime.takeLastMessage() ?? String(cString: igraph_strerror(code))
  throw .igraph(
    code: IgraphErrorCode(rawValue: Int32(bitPattern: code.rawValue)), message: message,
    function: function)
}
