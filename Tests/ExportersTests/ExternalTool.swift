import Foundation
import Testing

/// Runs consumer programs (Graphviz, xmllint, python3) as child processes.
enum ExternalTool {
  /// Whether the `CI` environment variable is set (non-empty): missing tools then fail tests.
  static let isCI = !(ProcessInfo.processInfo.environment["CI"] ?? "").isEmpty

  /// The absolute path of `name` on `PATH`, or nil.
  static func path(of name: String) -> String? {
    let searchPath = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"
    for dir in searchPath.split(separator: ":") {
      let candidate = "\(dir)/\(name)"
      if FileManager.default.isExecutableFile(atPath: candidate) { return candidate }
    }
    return nil
  }

  /// Whether python3 with networkx is available (checked once).
  static let hasNetworkx: Bool = {
    guard let python = path(of: "python3") else { return false }
    return (try? run(python, ["-c", "import networkx"]))?.status == 0
  }()

  /// Whether a test that needs the program `name` should run: yes when it is on `PATH`, and
  /// on CI always (so that `require` can fail it with a clear message).
  static func shouldRun(_ name: String) -> Bool { isCI || path(of: name) != nil }

  /// The path of `name`, or nil after recording an issue (the test then returns early).
  static func require(
    _ name: String, hint: String, sourceLocation: SourceLocation = #_sourceLocation
  ) -> String? {
    if let found = path(of: name) { return found }
    Issue.record(
      "\(name) is required on CI but was not found on PATH (\(hint)).",
      sourceLocation: sourceLocation)
    return nil
  }

  /// The result of one run.
  struct Output {
    var status: Int32
    var stdout: Data
    var stderr: String
  }

  /// Runs `executable` with `arguments`, feeding `input` on stdin; output goes through
  /// temporary files so large outputs cannot dead-lock on a pipe.
  static func run(_ executable: String, _ arguments: [String], input: String? = nil) throws
    -> Output
  {
    let dir = FileManager.default.temporaryDirectory
      .appendingPathComponent("exporters-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: dir) }
    let inURL = dir.appendingPathComponent("in")
    let outURL = dir.appendingPathComponent("out")
    let errURL = dir.appendingPathComponent("err")
    try Data((input ?? "").utf8).write(to: inURL)
    _ = FileManager.default.createFile(atPath: outURL.path, contents: nil)
    _ = FileManager.default.createFile(atPath: errURL.path, contents: nil)

    let process = Process()
    process.executableURL = URL(fileURLWithPath: executable)
    process.arguments = arguments
    let stdin = try FileHandle(forReadingFrom: inURL)
    let stdout = try FileHandle(forWritingTo: outURL)
    let stderr = try FileHandle(forWritingTo: errURL)
    defer {
      try? stdin.close()
      try? stdout.close()
      try? stderr.close()
    }
    process.standardInput = stdin
    process.standardOutput = stdout
    process.standardError = stderr
    try process.run()
    process.waitUntilExit()
    let err = (try? String(contentsOf: errURL, encoding: .utf8)) ?? ""
    let out = try Data(contentsOf: outURL)
    return Output(status: process.terminationStatus, stdout: out, stderr: err)
  }

  /// Writes `text` to a new temporary file with `name` and returns its path.
  static func temporaryFile(_ text: String, name: String) throws -> String {
    let dir = FileManager.default.temporaryDirectory
      .appendingPathComponent("exporters-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
    let url = dir.appendingPathComponent(name)
    try Data(text.utf8).write(to: url)
    return url.path
  }

  /// Removes a file made by `temporaryFile` and its folder.
  static func removeTemporary(_ path: String) {
    try? FileManager.default.removeItem(at: URL(fileURLWithPath: path).deletingLastPathComponent())
  }
}
