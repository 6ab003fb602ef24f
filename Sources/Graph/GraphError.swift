import Foundation

/// An igraph error code, mirrored from igraph's `error_type_t` so no C type leaks into the API.
public struct IgraphErrorCode: RawRepresentable, Hashable, Sendable, CustomStringConvertible {
  /// The numeric value igraph uses.
  public let rawValue: Int32
  /// Wraps a raw igraph error number.
  public init(rawValue: Int32) { self.rawValue = rawValue }
  /// `IGRAPH_FAILURE`.
  public static let failure = Self(rawValue: 1)
  /// `IGRAPH_ENOMEM`.
  public static let outOfMemory = Self(rawValue: 2)
  /// `IGRAPH_EINVAL`.
  public static let invalidValue = Self(rawValue: 4)
  /// `IGRAPH_EINVVID`.
  public static let invalidVertexID = Self(rawValue: 7)
  /// `IGRAPH_UNIMPLEMENTED`.
  public static let unimplemented = Self(rawValue: 12)
  /// `IGRAPH_DIVERGED`.
  public static let diverged = Self(rawValue: 14)
  /// The igraph error number, as text.
  public var description: String { "igraph error \(rawValue)" }
}

/// Every failure the library reports. CLI maps these to exit codes (1, or 65 for bad input).
public enum GraphError: Error, Equatable, Sendable, LocalizedError {
  /// igraph reported an error; `message` is igraph's own text.
  case igraph(code: IgraphErrorCode, message: String, function: String)
  /// A parameter was out of range; checked before any C call.
  case invalidParameter(name: String, reason: String)
  /// The store could not be read or written.
  case storage(message: String)
  /// Input data could not be read: `file:line: reason`.
  case badInput(file: String, line: Int?, reason: String)
  /// No identity matches the name the user gave.
  case unknownAuthor(name: String, suggestions: [String])
  /// Several identities match the name; the user must choose with `--id`.
  case ambiguousAuthor(name: String, candidates: [String])

  /// A one-line message for users.
  public var errorDescription: String? {
    switch self {
    case .igraph(_, let message, let function): return "\(function): \(message)"
    case .invalidParameter(let name, let reason): return "\(name): \(reason)"
    case .storage(let message): return "store: \(message)"
    case .badInput(let file, let line, let reason):
      if let line { return "\(file):\(line): \(reason)" }
      return "\(file): \(reason)"
    case .unknownAuthor(let name, let suggestions):
      if suggestions.isEmpty { return "no author matches \"\(name)\"" }
      return "no author matches \"\(name)\"; closest: \(suggestions.joined(separator: ", "))"
    case .ambiguousAuthor(let name, let candidates):
      return "\"\(name)\" matches several authors; pick one with --id:\n"
        + candidates.map { "  \($0)" }.joined(separator: "\n")
    }
  }

  /// True for errors caused by the input data (exit code 65).
  public var isBadInput: Bool {
    if case .badInput = self { return true }
    return false
  }
}
