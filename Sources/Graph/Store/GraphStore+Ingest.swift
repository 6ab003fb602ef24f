import Foundation
internal import GRDB

extension GraphStore {
  /// Reads `path` ("-" for standard input; gzip is inflated transparently) into the store.
  ///
  /// One file is one transaction: records stream from the reader straight into SQLite, and
  /// any failure rolls the whole file back. The same content twice adds nothing; a changed
  /// file at a path already ingested replaces that source's records. Throws `.badInput`
  /// (with file and line) for unreadable or unrecognised content, or for the first bad
  /// record under `strict`.
  public func ingest(path: String, options: IngestOptions = .init()) throws(GraphError)
    -> IngestSummary
  {
    try ingest(source: try ByteSource(path: path), options: options)
  }

  /// Stores the records of `data`, reported under `name`.
  public func ingest(data: Data, name: String, options: IngestOptions = .init())
    throws(GraphError) -> IngestSummary
  {
    try ingest(source: try ByteSource(data: data, name: name), options: options)
  }

  func ingest(source: ByteSource, options: IngestOptions) throws(GraphError) -> IngestSummary {
    let format: InputFormat
    if let forced = options.format {
      format = forced
    } else {
      format = try Self.detectFormat(source: source)
    }
    let session = IngestSession(source: source, format: format, options: options)
    do {
      let clock = ContinuousClock()
      var committed = clock.now
      var summary = try queue.writeWithoutTransaction { db in
        try IngestTransaction.run(db) { db in
          let summary = try session.run(db)
          committed = clock.now
          return summary
        }
      }
      summary.seconds["commit"] = (clock.now - committed).seconds
      return summary
    } catch is DuplicateContent {
      var summary = IngestSummary(path: source.name, format: format.rawValue)
      summary.alreadyIngested = true
      return summary
    } catch let error as GraphError {
      throw error
    } catch {
      throw .storage(message: Self.describe(error))
    }
  }

  /// Detects the format from the first 64 KiB, or refuses naming the formats tried.
  static func detectFormat(source: ByteSource) throws(GraphError) -> InputFormat {
    let prefixBytes = try source.peek(65_536)
    if prefixBytes.isEmpty {
      throw .badInput(file: source.name, line: nil, reason: "the file is empty")
    }
    let prefix = String(decoding: prefixBytes, as: UTF8.self)
    if let format = InputFormat.detect(prefix: prefix) { return format }
    let tried = InputFormat.allCases.map(\.rawValue).joined(separator: ", ")
    throw .badInput(file: source.name, line: nil, reason: "not in a known format (tried: \(tried))")
  }
}

/// Thrown inside the transaction when the content is already stored, to roll it back.
struct DuplicateContent: Error {}

/// One file's ingest inside one transaction.
final class IngestSession {
  let source: ByteSource
  let format: InputFormat
  let options: IngestOptions
  private(set) var summary: IngestSummary

  init(source: ByteSource, format: InputFormat, options: IngestOptions) {
    self.source = source
    self.format = format
    self.options = options
    summary = IngestSummary(path: source.name, format: format.rawValue)
  }

  func run(_ db: Database) throws -> IngestSummary {
    let clock = ContinuousClock()
    var phaseStart = clock.now
    func endPhase(_ name: String) {
      let now = clock.now
      summary.seconds[name] = (now - phaseStart).seconds
      phaseStart = now
    }
    let overrides = try IdentityOverrideStore(db: db).load()
    let writer = try IngestWriter(db: db, aliases: overrides.aliases)
    summary.replacedPrevious = try writer.removeSource(atPath: source.name)
    let sourceID = try writer.insertSource(path: source.name, format: format)
    let deferred = try DeferredIndexes.dropIfEmpty(db)
    if try Bool.fetchOne(db, sql: "SELECT NOT EXISTS (SELECT 1 FROM work)") ?? false {
      writer.startWithoutStoredWorks()
    }
    if deferred.tableWasEmpty {
      writer.identitiesStartEmpty =
        try Bool.fetchOne(db, sql: "SELECT NOT EXISTS (SELECT 1 FROM identity)") ?? false
      if overrides == IdentityOverrides() { writer.sessionEvidence = SessionEvidence() }
    }
    let input = RecordInput(source: source, options: options)
    let name = source.name
    if let reader = format.reader {
      let aliases = overrides.aliases
      let readerAuthorKeys = AuthorKeyCache()  // used by the reader thread only
      let pipeline = RecordPipeline(
        reader: reader, input: input, name: name, strict: options.strict,
        prepare: { PreparedRecord($0, aliases: aliases, cache: readerAuthorKeys) })
      try pipeline.records { batch in
        for (record, prepared) in zip(batch.records, batch.prepared) {
          try store(record, prepared: prepared, writer: writer, sourceID: sourceID)
        }
        writer.sessionEvidence?.inputShare.note(
          bytesRead: batch.rawBytesRead, of: source.totalBytes)
        if let progress = options.progress {
          progress(batch.rawBytesRead, source.totalBytes, summary.recordsRead)
        }
      }
      summary.skipped = pipeline.skipped.map { "\(name):\($0.line): \($0.reason)" }
    } else {
      let edges = try EdgeListWriter(
        db: db, sourceID: sourceID, directed: options.directed || options.reversed,
        reversed: options.reversed)
      summary.skipped =
        format == .ligraAdj
        ? try edges.readLigra(input.lines, strict: options.strict)
        : try edges.read(input.lines, strict: options.strict)
      summary.recordsRead = edges.edgeLines
    }
    let hash = source.finishHash()
    if try writer.contentExists(hash) { throw DuplicateContent() }
    try writer.finish(
      sourceID: sourceID, hash: hash, byteCount: source.contentBytes, records: summary.recordsRead)
    endPhase("read")
    let mergedWorks = writer.mergedWorks
    writer.finishReading()
    let resolver = IdentityStoreResolver(db: db, policy: options.sameNamePolicy)
    guard let evidence = writer.sessionEvidence else {
      try deferred.rebuild(db)
      endPhase("indexes")
      try resolver.resolve(extra: writer.removedBlocks.union(writer.insertedBlocks))
      endPhase("identities")
      try ReferenceResolver(db: db).resolve(mergedWorks: mergedWorks)
      endPhase("references")
      return summary
    }
    // A first ingest: its identities are clustered from the evidence gathered while storing,
    // on a second thread, while this one rebuilds indexes and resolves references; the
    // `identities` phase is then only the wait and the writes. At a million works this peaks
    // below running the steps one after the other did before the rebuild's sorter went to
    // files and the evidence let go of its texts (3.6 GB against 4.0 GB, BENCHMARKS.md).
    writer.sessionEvidence = nil
    let policy = options.sameNamePolicy
    let created = writer.takeCreatedIdentities()
    let clustering = BackgroundWork(name: "graph-identities") {
      IdentityStoreResolver.cluster(
        sessionEvidence: evidence, policy: policy, stored: created)
    }
    try clustering.alongside {
      try deferred.rebuild(db)
      endPhase("indexes")
      try ReferenceResolver(db: db).resolve(mergedWorks: mergedWorks)
      endPhase("references")
    }
    // Its merge decisions (two million at a million works) go into an empty table whose
    // index is then sorted once, instead of taking each decision at a random identity.
    let decisionIndex = try DeferredIndexes.dropIfEmpty(
      db, tables: ["identity_decision"], emptyTable: "identity_decision")
    try resolver.store(clustering.wait())
    clustering.releaseResultInBackground()
    try decisionIndex.rebuild(db)
    endPhase("identities")
    return summary
  }

  private func store(
    _ record: ParsedRecord, prepared: PreparedRecord?, writer: IngestWriter, sourceID: Int64
  ) throws {
    let outcome = try writer.store(record, prepared: prepared, sourceID: sourceID)
    summary.recordsRead += 1
    if outcome.isNew { summary.worksNew += 1 } else { summary.worksMerged += 1 }
    if record.authors.isEmpty { summary.recordsWithoutAuthors += 1 }
    summary.mentions += record.authors.count
    summary.hiddenAuthors += record.hiddenAuthorCount
    summary.references += record.references.count
  }
}

extension Duration {
  /// The duration in seconds, as a floating-point number.
  var seconds: Double {
    let (whole, attoseconds) = components
    return Double(whole) + Double(attoseconds) * 1e-18
  }
}
