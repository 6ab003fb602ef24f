/// What `ingest` did with one file; printed per file by the CLI (`--json` encodes it).
public struct IngestSummary: Sendable, Equatable, Codable {
  /// The path as given (or "-" for standard input).
  public var path: String
  /// The detected or forced format.
  public var format: String
  /// True when the same content was already in the store (nothing was added).
  public var alreadyIngested = false
  /// True when this path had been ingested with other content, whose records were replaced.
  public var replacedPrevious = false
  /// Records the reader produced.
  public var recordsRead = 0
  /// Records that became new works.
  public var worksNew = 0
  /// Records merged into a work already in the store (or earlier in the same file).
  public var worksMerged = 0
  /// Records without any author (kept as works for text features).
  public var recordsWithoutAuthors = 0
  /// Author mentions stored.
  public var mentions = 0
  /// References (cited works) stored.
  public var references = 0
  /// Authors the source reported but did not print ("voir N de plus").
  public var hiddenAuthors = 0
  /// Skipped records as `file:line: reason`.
  public var skipped: [String] = []
  /// Wall time of each phase in seconds: `read` (parse, match and store records),
  /// `identities` (resolve the touched name blocks), `references` (link cited works),
  /// `commit` (the SQLite transaction commit). Printed by `graph ingest --timings`.
  public var seconds: [String: Double] = [:]

  /// Creates an empty summary for `path` in `format`.
  public init(path: String, format: String) {
    self.path = path
    self.format = format
  }
}

/// How to ingest a file.
public struct IngestOptions: Sendable {
  /// Force a format instead of detecting it from content.
  public var format: InputFormat?
  /// Make the first malformed record fatal instead of skipping it.
  public var strict: Bool
  /// Edge lists only: read `a b` as an arc from a to b (citation data) instead of an edge.
  public var directed: Bool
  /// Edge lists only: each line is `cited citing` (Cora's `.cites`): store the arc b → a.
  public var reversed: Bool = false
  /// CSV only: the column mapping, e.g. `title=Document Title;authors=Authors;year=Year`.
  public var csvColumns: String?
  /// How equal names without corroborating evidence are resolved.
  public var sameNamePolicy: SameNamePolicy = .evidence
  /// Called after every batch of records (64) with (bytes read from the file, file size if known,
  /// records so far): drives the CLI's progress bar.
  public var progress: (@Sendable (Int64, Int64?, Int) -> Void)?

  /// Creates options (detect the format, skip bad records, undirected edge lists).
  public init(
    format: InputFormat? = nil, strict: Bool = false, directed: Bool = false,
    csvColumns: String? = nil, sameNamePolicy: SameNamePolicy = .evidence
  ) {
    self.sameNamePolicy = sameNamePolicy
    self.format = format
    self.strict = strict
    self.directed = directed
    self.csvColumns = csvColumns
  }
}
