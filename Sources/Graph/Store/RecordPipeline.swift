import Foundation

/// Runs a reader on its own thread and hands its records, in order and in batches, to the
/// thread that stores them (issue 8: inflating, hashing and parsing overlap the SQLite
/// inserts, the two halves of an ingest's read phase, on a 2-core machine).
///
/// At most `capacity` batches wait, so memory stays bounded whatever the file's size. Errors
/// travel both ways: a reader error (broken input, a `--strict` skip) reaches the storing
/// side at the point it happened; a storing error stops the reader at its next batch. Either
/// way `records(_:)` returns only after the reader thread has ended, so the source and the
/// sink are never touched by two threads at once.
final class RecordPipeline: @unchecked Sendable {
  /// Records read, with the raw bytes consumed when the batch was sent (for progress).
  struct Batch {
    var records: [ParsedRecord] = []
    /// `prepare` of each record when the reader thread made it (nil: the storing side does).
    var prepared: [PreparedRecord?] = []
    var rawBytesRead: Int64 = 0
  }

  private let reader: any RecordReader.Type
  private let input: RecordInput
  private let name: String
  private let strict: Bool
  private let batchSize: Int
  private let capacity: Int
  private let prepare: (ParsedRecord) -> PreparedRecord
  private let condition = NSCondition()
  private var ready: [Batch] = []
  /// Batches the storing side is done with, freed by the reader thread at its next batch:
  /// a batch holds hundreds of records (strings, author and reference arrays), and freeing
  /// them was a tenth of the storing thread, the slower one, at a million works.
  private var spent: [Batch] = []
  private var readerEnded = false
  private var readerError: GraphError?
  private var stopped = false
  /// The batch being filled; touched by the reader thread only.
  private var pending = Batch()
  /// Whether the reader prepares the records of the batch it fills: yes while batches wait
  /// for the storing side (it is the slower one), no while the storing side waits for
  /// batches. Decided at each batch, so the pure work goes to whichever thread has time.
  private var preparing = true
  /// Where the reader puts records: into `pending`, sent on when full.
  private lazy var sink = RecordSink(name: name, strict: strict) {
    [unowned self] record throws(GraphError) in
    self.pending.prepared.append(self.preparing ? self.prepare(record) : nil)
    self.pending.records.append(record)
    if self.pending.records.count >= self.batchSize { try self.sendPending() }
  }

  /// A pipeline reading `input` with `reader`; skips go to the sink's list as usual.
  /// `prepare` runs on the reader thread for each record (work that needs no database).
  init(
    reader: any RecordReader.Type, input: RecordInput, name: String, strict: Bool,
    batchSize: Int = 64, capacity: Int = 8,
    prepare: @escaping (ParsedRecord) -> PreparedRecord
  ) {
    self.prepare = prepare
    self.reader = reader
    self.input = input
    self.name = name
    self.strict = strict
    self.batchSize = batchSize
    self.capacity = capacity
  }

  /// The skips the reader noted; read after `records(_:)` returned.
  var skipped: [SkippedRecord] { sink.skipped }

  /// Starts the reader thread and calls `store` for each batch, in file order, on the
  /// calling thread. Rethrows the first error of either side after the reader has ended.
  func records(_ store: (Batch) throws -> Void) throws {
    let thread = Thread { [self] in self.produce() }
    thread.stackSize = 16 << 20
    thread.name = "graph-reader"
    thread.start()
    do {
      while let batch = try take() {
        try store(batch)
        retire(batch)
      }
    } catch {
      stop()
      waitForReader()
      throw error
    }
    waitForReader()
  }

  /// The reader thread's body.
  private func produce() {
    var failure: GraphError?
    do throws(GraphError) {
      try reader.read(input, into: sink)
      try sendPending()
    } catch {
      failure = error
    }
    condition.lock()
    readerEnded = true
    if !stopped { readerError = failure }
    condition.broadcast()
    condition.unlock()
  }

  /// Sends the records collected so far (none: nothing), with the bytes read until now.
  private func sendPending() throws(GraphError) {
    guard !pending.records.isEmpty else { return }
    pending.rawBytesRead = input.bytes.rawBytesRead
    _ = try put(pending)  // the spent batches it hands back die here, on the reader thread
    pending = Batch()
  }

  /// Queues a full batch, waiting while `capacity` batches are queued; throws once stopped.
  /// The spent batches it returns are freed by the caller, the reader thread, as it drops
  /// them after the lock is released.
  private func put(_ batch: Batch) throws(GraphError) -> [Batch] {
    condition.lock()
    defer { condition.unlock() }
    while ready.count >= capacity && !stopped { condition.wait() }
    if stopped { throw .storage(message: "ingest stopped") }
    ready.append(batch)
    preparing = ready.count > 1
    condition.broadcast()
    defer { spent = [] }
    return spent
  }

  /// Hands a stored batch to the reader thread to free.
  private func retire(_ batch: Batch) {
    condition.lock()
    spent.append(batch)
    condition.unlock()
  }

  /// The next batch; nil when the reader ended cleanly; the reader's error when it failed.
  private func take() throws(GraphError) -> Batch? {
    condition.lock()
    defer { condition.unlock() }
    while ready.isEmpty && !readerEnded { condition.wait() }
    if !ready.isEmpty {
      condition.broadcast()
      return ready.removeFirst()
    }
    if let readerError { throw readerError }
    return nil
  }

  /// Tells the reader to stop at its next batch.
  private func stop() {
    condition.lock()
    stopped = true
    ready.removeAll()
    condition.broadcast()
    condition.unlock()
  }

  private func waitForReader() {
    condition.lock()
    while !readerEnded { condition.wait() }
    condition.unlock()
  }
}
