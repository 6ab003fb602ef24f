import ArgumentParser
import Foundation
import Graph

/// Runs a command body, turning library errors into a message on stderr and the documented
/// exit code: 65 for bad input data, 1 for any other failure.
func reportingFailures(_ body: () throws -> Void) throws {
  do {
    try body()
  } catch let error as GraphError {
    printError("Error: \(error.errorDescription ?? "\(error)")")
    throw ExitCode(error.isBadInput ? 65 : 1)
  }
}

/// Writes a line to standard error.
func printError(_ message: String) {
  FileHandle.standardError.write(Data((message + "\n").utf8))
}
