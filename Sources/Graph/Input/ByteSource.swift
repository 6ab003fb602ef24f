import Foundation
internal import CZlib

/// Streams the bytes of a file or standard input, inflating gzip transparently and hashing
/// the (decompressed) content as it goes. Memory stays at a few 64 KiB buffers.
final class ByteSource {
  /// The name used in messages (`path`, or "-" for standard input).
  let name: String
  /// Size of the file on disk, when known (for progress).
  let totalBytes: Int64?
  private let handle: FileHandle
  private var pending: [UInt8] = []  // raw bytes read ahead of the inflater
  private var inflater: Inflater?
  private var rawEnded = false
  private(set) var rawBytesRead: Int64 = 0
  private var hasher = SHA256()
  private(set) var contentBytes = 0
  private var peeked: [UInt8] = []

  /// Opens `path` ("-" = standard input).
  init(path: String) throws(GraphError) {
    name = path
    if path == "-" {
      handle = FileHandle.standardInput
      totalBytes = nil
    } else {
      guard let opened = FileHandle(forReadingAtPath: path) else {
        throw .badInput(file: path, line: nil, reason: "cannot open the file")
      }
      handle = opened
      let attributes = try? FileManager.default.attributesOfItem(atPath: path)
      totalBytes = (attributes?[.size] as? NSNumber)?.int64Value
    }
    pending = readRaw()
    if pending.count >= 2 && pending[0] == 0x1f && pending[1] == 0x8b {
      inflater = try Inflater(file: path)
    }
  }

  /// Wraps bytes already in memory (tests, `ingest(data:)`).
  init(data: Data, name: String) throws(GraphError) {
    self.name = name
    handle = FileHandle.nullDevice
    totalBytes = Int64(data.count)
    pending = [UInt8](data)
    rawEnded = true
    rawBytesRead = Int64(data.count)
    if pending.count >= 2 && pending[0] == 0x1f && pending[1] == 0x8b {
      inflater = try Inflater(file: name)
    }
  }

  deinit {
    if name != "-" { try? handle.close() }
  }

  private func readRaw() -> [UInt8] {
    guard !rawEnded else { return [] }
    let data = handle.readData(ofLength: 1 << 16)
    if data.isEmpty { rawEnded = true }
    rawBytesRead += Int64(data.count)
    return [UInt8](data)
  }

  /// The next chunk of content bytes, or nil at the end.
  func next() throws(GraphError) -> [UInt8]? {
    if !peeked.isEmpty {
      defer { peeked = [] }
      return peeked
    }
    let chunk = try nextUnhashed()
    if let chunk {
      hasher.update(chunk)
      contentBytes += chunk.count
    }
    return chunk
  }

  private func nextUnhashed() throws(GraphError) -> [UInt8]? {
    guard let inflater else {
      if pending.isEmpty { pending = readRaw() }
      guard !pending.isEmpty else { return nil }
      defer { pending = [] }
      return pending
    }
    while true {
      if pending.isEmpty && !rawEnded { pending = readRaw() }
      let (output, consumed) = try inflater.inflate(pending, atEnd: rawEnded)
      pending.removeFirst(consumed)
      if !output.isEmpty { return output }
      if inflater.finished && pending.isEmpty && rawEnded { return nil }
      if rawEnded && pending.isEmpty && consumed == 0 {
        if inflater.finished { return nil }
        throw .badInput(file: name, line: nil, reason: "truncated gzip data")
      }
    }
  }

  /// Up to `count` content bytes from the start, without consuming them (format detection).
  func peek(_ count: Int) throws(GraphError) -> [UInt8] {
    while peeked.count < count, let chunk = try nextUnhashedCounted() { peeked += chunk }
    return Array(peeked.prefix(count))
  }

  private func nextUnhashedCounted() throws(GraphError) -> [UInt8]? {
    let chunk = try nextUnhashed()
    if let chunk {
      hasher.update(chunk)
      contentBytes += chunk.count
    }
    return chunk
  }

  /// SHA-256 of all content read so far (call after the last `next()`).
  func finishHash() -> String {
    var copy = hasher
    return copy.finalizeHex()
  }
}

/// Incremental gzip inflation (zlib `inflate`, gzip and concatenated members).
final class Inflater {
  private var stream = z_stream()
  private let file: String
  private(set) var finished = false
  private var buffer = [UInt8](repeating: 0, count: 1 << 16)

  init(file: String) throws(GraphError) {
    self.file = file
    // 15 + 32: maximum window, detect a zlib or gzip header automatically.
    guard inflateInit2_(&stream, 15 + 32, ZLIB_VERSION, Int32(MemoryLayout<z_stream>.size)) == Z_OK
    else { throw .badInput(file: file, line: nil, reason: "cannot start gzip decompression") }
  }

  deinit { inflateEnd(&stream) }

  /// Inflates from `input`; returns the output produced and how many input bytes were used.
  func inflate(_ input: [UInt8], atEnd: Bool) throws(GraphError) -> ([UInt8], Int) {
    if finished {
      // A further gzip member may follow (concatenated .gz files).
      guard input.count >= 2, input[0] == 0x1f, input[1] == 0x8b else { return ([], input.count) }
      inflateReset(&stream)
      finished = false
    }
    guard !input.isEmpty else { return ([], 0) }
    var status: Int32 = Z_OK
    var produced = 0
    var consumed = 0
    var local = input
    local.withUnsafeMutableBufferPointer { inBuffer in
      buffer.withUnsafeMutableBufferPointer { outBuffer in
        stream.next_in = inBuffer.baseAddress
        stream.avail_in = UInt32(inBuffer.count)
        stream.next_out = outBuffer.baseAddress
        stream.avail_out = UInt32(outBuffer.count)
        status = CZlib.inflate(&stream, Z_NO_FLUSH)
        produced = outBuffer.count - Int(stream.avail_out)
        consumed = inBuffer.count - Int(stream.avail_in)
      }
    }
    if status == Z_STREAM_END {
      finished = true
    } else if status == Z_BUF_ERROR && produced == 0 {
      if atEnd { throw .badInput(file: file, line: nil, reason: "truncated gzip data") }
    } else if status != Z_OK {
      throw .badInput(file: file, line: nil, reason: "corrupt gzip data (zlib status \(status))")
    }
    return (Array(buffer[0..<produced]), consumed)
  }
}
