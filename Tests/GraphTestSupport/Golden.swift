import Foundation
import Testing

/// Compares `actual` with the golden file `Snapshots/<named>` beside the calling test file.
///
/// - `named`: file name including its extension, e.g. `"plain.dot"`.
/// - `directory`: the calling test file (the default, `#filePath`), whose folder gets the
///   `Snapshots/` subfolder; a path to an existing directory is used as that folder's parent.
///
/// When the golden file is missing, or the environment has `RECORD_SNAPSHOTS=1`, `actual` is
/// written to it and an issue is recorded, so the test fails until it runs again without
/// recording (as ArgumentParser's `assertSnapshot` does). On a mismatch the issue names the
/// first differing line. Comparison is byte-exact.
public func assertGolden(
  _ actual: String, named: String, in directory: String = #filePath,
  sourceLocation: SourceLocation = #_sourceLocation
) {
  let url = goldenURL(named: named, in: directory)
  let record = ProcessInfo.processInfo.environment["RECORD_SNAPSHOTS"] == "1"
  let existing = try? String(contentsOf: url, encoding: .utf8)
  if record || existing == nil {
    do {
      try FileManager.default.createDirectory(
        at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
      try Data(actual.utf8).write(to: url)
      let why = record ? "RECORD_SNAPSHOTS=1" : "no golden file yet"
      Issue.record(
        "Recorded golden file \(url.path) (\(why)); check it and re-run without recording.",
        sourceLocation: sourceLocation)
    } catch {
      Issue.record("Cannot write golden file \(url.path): \(error)", sourceLocation: sourceLocation)
    }
    return
  }
  guard let expected = existing, expected != actual else { return }
  let diff = firstDifference(expected, actual)
  let hint = "Run with RECORD_SNAPSHOTS=1 to re-record."
  Issue.record(
    "Output differs from golden file \(url.path)\n\(diff)\n\(hint)",
    sourceLocation: sourceLocation)
}

/// `Snapshots/<named>` next to `directory` (a test file) or inside it (a directory).
private func goldenURL(named: String, in directory: String) -> URL {
  var isDirectory: ObjCBool = false
  let base = URL(fileURLWithPath: directory)
  let exists = FileManager.default.fileExists(atPath: directory, isDirectory: &isDirectory)
  let folder = exists && isDirectory.boolValue ? base : base.deletingLastPathComponent()
  return folder.appendingPathComponent("Snapshots").appendingPathComponent(named)
}

/// A short description of the first line where `expected` and `actual` differ.
private func firstDifference(_ expected: String, _ actual: String) -> String {
  let e = expected.split(separator: "\n", omittingEmptySubsequences: false)
  let a = actual.split(separator: "\n", omittingEmptySubsequences: false)
  for i in 0..<max(e.count, a.count) {
    let el = i < e.count ? String(e[i]) : "<end of file>"
    let al = i < a.count ? String(a[i]) : "<end of file>"
    if el != al { return "line \(i + 1):\n  expected: \(el)\n  actual:   \(al)" }
  }
  return "(line endings or invisible characters differ)"
}
