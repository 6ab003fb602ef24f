import Foundation
import Graph

/// Paths of the repository and of the shared data beside it (`../shared`).
public enum RepositoryPaths {
  /// The package root (the folder holding Package.swift).
  public static var root: URL {
    var url = URL(fileURLWithPath: #filePath)
    while url.path != "/" {
      url.deleteLastPathComponent()
      if FileManager.default.fileExists(atPath: url.appendingPathComponent("Package.swift").path) {
        return url
      }
    }
    preconditionFailure("Package.swift not found above \(#filePath)")
  }

  /// `../shared/<relative>` when it exists, else nil (tests then skip and say so).
  public static func shared(_ relative: String) -> URL? {
    let url = root.deletingLastPathComponent().appendingPathComponent("shared")
      .appendingPathComponent(relative)
    return FileManager.default.fileExists(atPath: url.path) ? url : nil
  }

  /// Files in `../shared/<folder>` whose names start with `prefix`, sorted.
  public static func sharedFiles(in folder: String, prefix: String) -> [URL] {
    guard let dir = shared(folder),
      let names = try? FileManager.default.contentsOfDirectory(atPath: dir.path)
    else { return [] }
    return names.filter { $0.hasPrefix(prefix) }.sorted().map { dir.appendingPathComponent($0) }
  }

  /// A fresh temporary directory.
  public static func temporaryDirectory() -> URL {
    let url = FileManager.default.temporaryDirectory.appendingPathComponent(
      "graph-tests-\(UUID().uuidString)")
    try? FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    return url
  }
}
