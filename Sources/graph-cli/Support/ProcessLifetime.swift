import Foundation

/// Values kept until the process ends, so that they are never freed one by one.
///
/// A command's last act is to let go of what it built; for a million-author network,
/// its titles and its profiles that is millions of releases and frees (about 6 s at the end
/// of `graph communities` on the 1M-work store, issue 8), all for memory the OS takes back
/// at once when the process exits. Only for values that would otherwise die with the
/// command: anything kept here stays in memory until exit.
enum ProcessLifetime {
  private static let kept = Kept()

  /// Keeps `value` (and everything it references) alive until the process exits.
  static func keep(_ value: Any) { kept.append(value) }

  private final class Kept: @unchecked Sendable {
    private let lock = NSLock()
    private var values: [Any] = []

    func append(_ value: Any) {
      lock.lock()
      defer { lock.unlock() }
      values.append(value)
    }
  }
}
