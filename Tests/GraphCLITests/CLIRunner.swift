import Foundation
import GraphTestSupport

/// Runs the built `graph` binary (`.build/debug/graph`) as a user would.
struct CLIRunner {
  struct Result {
    var status: Int32
    var stdout: String
    var stderr: String
  }

  /// A fresh store path in its own temporary folder.
  let db = RepositoryPaths.temporaryDirectory().appendingPathComponent("cli.db").path

  /// The `graph` binary of the build running these tests (beside the test bundle, so
  /// `swift test --scratch-path DIR` runs DIR's binary), else `.build/debug/graph`.
  static var binary: URL {
    if let runner = Bundle.main.executableURL {
      let sibling = runner.deletingLastPathComponent().appendingPathComponent("graph")
      if FileManager.default.isExecutableFile(atPath: sibling.path) { return sibling }
    }
    return RepositoryPaths.root.appendingPathComponent(".build/debug/graph")
  }

  static var binaryExists: Bool { FileManager.default.isExecutableFile(atPath: binary.path) }

  /// Runs `graph <arguments>` from the package root with `--db` unless `useDB` is false.
  func run(
    _ arguments: [String], useDB: Bool = true, environment: [String: String] = [:],
    stdin: String? = nil
  ) throws -> Result {
    let process = Process()
    process.executableURL = Self.binary
    process.currentDirectoryURL = RepositoryPaths.root
    process.arguments = arguments + (useDB ? ["--db", db] : [])
    var env = ProcessInfo.processInfo.environment
    env.removeValue(forKey: "GRAPH_DB")
    for (key, value) in environment { env[key] = value }
    process.environment = env
    let out = Pipe()
    let err = Pipe()
    process.standardOutput = out
    process.standardError = err
    let input = Pipe()
    process.standardInput = stdin == nil ? FileHandle.nullDevice : input
    try process.run()
    if let stdin {
      input.fileHandleForWriting.write(Data(stdin.utf8))
      try input.fileHandleForWriting.close()
    }
    let outData = out.fileHandleForReading.readDataToEndOfFile()
    let errData = err.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    return Result(
      status: process.terminationStatus, stdout: String(decoding: outData, as: UTF8.self),
      stderr: String(decoding: errData, as: UTF8.self))
  }

  /// Ingests the bundled sample.
  func ingestExamples() throws -> Result {
    try run(["ingest", "Examples/seed-listing-1.txt", "Examples/seed-listing-2.txt"])
  }
}
