import Foundation

/// A one-line progress bar on standard error, shown only on a terminal and only once the
/// work has taken more than a second (PRODUCT.md §10).
final class ProgressBar: @unchecked Sendable {
  private let label: String
  private let start = Date()
  private let lock = NSLock()
  private var shown = false

  init(label: String) { self.label = label }

  /// True when standard error is a terminal.
  static var isTerminal: Bool { isatty(STDERR_FILENO) == 1 }

  /// Redraws the bar for `done` of `total` bytes and `records` records.
  func update(done: Int64, total: Int64?, records: Int) {
    lock.lock()
    defer { lock.unlock() }
    guard Date().timeIntervalSince(start) > 1 else { return }
    shown = true
    var line = "\r\(label) "
    if let total, total > 0 {
      let fraction = min(1, Double(done) / Double(total))
      let width = 30
      let filled = Int(fraction * Double(width))
      line += "[" + String(repeating: "=", count: filled) + String(repeating: " ", count: width - filled)
      line += "] \(Int(fraction * 100))% "
    }
    line += "\(records) records"
    FileHandle.standardError.write(Data(line.utf8))
  }

  /// Clears the bar's line if it was drawn.
  func finish() {
    lock.lock()
    defer { lock.unlock() }
    if shown { FileHandle.standardError.write(Data("\r\u{1B}[K".utf8)) }
    shown = false
  }
}
