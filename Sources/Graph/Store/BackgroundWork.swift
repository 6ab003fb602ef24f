import Foundation

/// One computation on its own thread, its result collected once with `wait()` (issue 8: the
/// identity clustering of a first ingest, pure computation, runs on the second core while the
/// transaction thread rebuilds indexes and resolves references).
///
/// The closure must not touch anything the starting thread uses until `wait()` returns;
/// `wait()` blocks until the thread has ended, so no caller may leave without calling it
/// (`alongside` does it on the error path).
package final class BackgroundWork<Value>: @unchecked Sendable {
  private let condition = NSCondition()
  private var result: Value?

  /// Starts `body` on a new thread with a 16 MiB stack (clustering recurses little, but the
  /// default secondary-thread stack is 512 KiB).
  package init(name: String, _ body: @escaping () -> Value) {
    // The caller promises (see above) not to share what `body` captures until `wait()`.
    nonisolated(unsafe) let work = body
    let thread = Thread { [self] in
      let value = work()
      condition.lock()
      result = value
      condition.broadcast()
      condition.unlock()
    }
    thread.stackSize = 16 << 20
    thread.name = name
    thread.start()
  }

  /// Runs `body` on the calling thread while this work runs; when `body` throws, waits for
  /// the work to end before rethrowing, so no caller leaves with the thread still running.
  package func alongside<T>(_ body: () throws -> T) rethrows -> T {
    do {
      return try body()
    } catch {
      _ = wait()
      throw error
    }
  }

  /// Lets go of the result on a thread of its own, once the caller holds no copy of it:
  /// freeing the evidence of every mention of a 1M-work ingest took the transaction thread
  /// seconds (18% of its `identities` phase in a profile). Call it after the last `wait()`,
  /// which would otherwise wait for a result that is gone.
  package func releaseResultInBackground() {
    condition.lock()
    let holder = ResultHolder(result)
    result = nil
    condition.unlock()
    Thread.detachNewThread { holder.value = nil }
  }

  /// The result, once the thread has ended.
  package func wait() -> Value {
    condition.lock()
    defer { condition.unlock() }
    while true {
      if let result { return result }
      condition.wait()
    }
  }
}

/// Carries a result to the thread that frees it (`BackgroundWork.releaseResultInBackground`);
/// only that thread touches it afterwards.
private final class ResultHolder<Value>: @unchecked Sendable {
  var value: Value?
  init(_ value: Value?) { self.value = value }
}
