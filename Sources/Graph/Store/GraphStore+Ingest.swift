import Foundation
internal import GRDB

extension GraphStore {
  /// Reads `path` ("-" for standard input) and stores its records in one transaction.
  ///
  /// The same content twice adds nothing; a changed file at a path already ingested
  /// replaces that source's records. Throws `.badInput` (with file and line) for undecodable
  /// or unrecognised content, or for the first bad record under `strict`.
  public func ingest(path: String, options: IngestOptions = .init()) throws(GraphError)
    -> IngestSummary
  {
    let data: Data
    if path == "-" {
      data = FileHandle.standardInput.readDataToEndOfFile()
    } else {
      guard let contents = FileManager.default.contents(atPath: path) else {
        throw .badInput(file: path, line: nil, reason: "cannot read the file")
      }
      data = contents
    }
    return try ingest(data: data, name: path, options: options)
  }

  /// Stores the records of `data`, reported under `name`.
  public func ingest(data: Data, name: String, options: IngestOptions = .init())
    throws(GraphError) -> IngestSummary
  {
    var bytes = [UInt8](data)
    if Gzip.isCompressed(bytes) { bytes = try Gzip.decompress(bytes, file: name) }
    let text = try Self.decodeUTF8(bytes, file: name)
    let format: InputFormat
    if let forced = options.format {
      format = forced
    } else {
      format = try Self.detectFormat(text, file: name)
    }
    var summary = IngestSummary(path: name, format: format.rawValue)
    let hash = SHA256.hex(bytes)
    if try read({ db in try Bool.fetchOne(db, sql: "SELECT 1 FROM source WHERE content_hash = ?", arguments: [hash]) ?? false }) {
      summary.alreadyIngested = true
      return summary
    }

    let lines = text.split(separator: "\n", omittingEmptySubsequences: false).map { line in
      line.last == "\r" ? line.dropLast() : line
    }
    guard let reader = format.reader else {
      return try ingestEdgeList(
        lines: lines, name: name, hash: hash, byteCount: bytes.count,
        directed: options.directed, strict: options.strict)
    }
    var records: [ParsedRecord] = []
    let skipped = reader.read(lines: lines) { records.append($0) }
    summary.skipped = skipped.map { "\(name):\($0.line): \($0.reason)" }
    if options.strict, let first = skipped.first {
      throw .badInput(file: name, line: first.line, reason: first.reason)
    }
    summary.recordsRead = records.count

    let finalSummary = summary
    return try write { db in
      var summary = finalSummary
      var writer = try IngestWriter(db: db)
      summary.replacedPrevious = try writer.removeSource(atPath: name)
      let sourceID = try writer.insertSource(
        path: name, format: format, hash: hash, byteCount: bytes.count, records: records.count)
      for record in records {
        let outcome = try writer.store(record, sourceID: sourceID)
        if outcome.isNew { summary.worksNew += 1 } else { summary.worksMerged += 1 }
        if record.authors.isEmpty { summary.recordsWithoutAuthors += 1 }
        summary.mentions += record.authors.count
        summary.hiddenAuthors += record.hiddenAuthorCount
      }
      try writer.refreshDisplayNames()
      return summary
    }
  }

  /// Decodes UTF-8 (a leading BOM is dropped), or names the line of the first bad byte.
  static func decodeUTF8(_ bytes: [UInt8], file: String) throws(GraphError) -> String {
    var body = bytes[...]
    if body.starts(with: [0xEF, 0xBB, 0xBF]) { body = body.dropFirst(3) }
    if let text = String(validating: body, as: UTF8.self) { return text }
    var decoder = UTF8()
    var iterator = body.makeIterator()
    var line = 1
    decoding: while true {
      switch decoder.decode(&iterator) {
      case .scalarValue(let scalar): if scalar == "\n" { line += 1 }
      case .emptyInput: break decoding
      case .error: break decoding
      }
    }
    throw .badInput(file: file, line: line, reason: "invalid UTF-8 (the file is not text in UTF-8)")
  }

  /// Detects the format from the first 64 KiB of text, or refuses naming the formats tried.
  static func detectFormat(_ text: String, file: String) throws(GraphError) -> InputFormat {
    if let format = InputFormat.detect(prefix: String(text.prefix(65_536))) { return format }
    let tried = InputFormat.allCases.map(\.rawValue).joined(separator: ", ")
    throw .badInput(file: file, line: nil, reason: "not in a known format (tried: \(tried))")
  }
}
