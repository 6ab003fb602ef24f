internal import GRDB

/// Stored references and how many resolved to a work of the store.
public struct ReferenceCounts: Sendable, Equatable, Codable {
  /// One source's references.
  public struct Source: Sendable, Equatable, Codable {
    /// The file as ingested.
    public var path: String
    /// Its format.
    public var format: String
    /// References its records carry.
    public var references: Int
    /// Of those, resolved to a stored work.
    public var resolved: Int

    /// Share resolved (0 when the source has no reference).
    public var share: Double { references > 0 ? Double(resolved) / Double(references) : 0 }
  }

  /// All stored references.
  public var references: Int
  /// Resolved to a stored work.
  public var resolved: Int
  /// Resolved by DOI, PMID, OpenAlex id and match key (keys "doi", "pmid", "openalex", "key").
  public var resolvedBy: [String: Int]
  /// Per source (only sources carrying references), in ingest order.
  public var bySource: [Source]

  /// Kept unresolved (never dropped).
  public var unresolved: Int { references - resolved }
}

extension GraphStore {
  /// Reference totals, by resolution path and per source.
  public func referenceCounts() throws(GraphError) -> ReferenceCounts {
    try read { db in
      var resolvedBy: [String: Int] = [:]
      for row in try Row.fetchAll(
        db,
        sql: """
          SELECT resolved_by, COUNT(*) FROM reference
          WHERE resolved_work_id IS NOT NULL GROUP BY resolved_by
          """)
      {
        resolvedBy[(row[0] as String?) ?? "unknown"] = row[1]
      }
      let sources = try Row.fetchAll(
        db,
        sql: """
          SELECT s.path, s.format, COUNT(r.id), COUNT(r.resolved_work_id)
          FROM source s JOIN reference r ON r.source_id = s.id
          GROUP BY s.id ORDER BY s.id
          """
      ).map { ReferenceCounts.Source(path: $0[0], format: $0[1], references: $0[2], resolved: $0[3]) }
      return ReferenceCounts(
        references: sources.reduce(0) { $0 + $1.references },
        resolved: sources.reduce(0) { $0 + $1.resolved }, resolvedBy: resolvedBy, bySource: sources)
    }
  }
}
