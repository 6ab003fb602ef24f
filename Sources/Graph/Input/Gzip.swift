internal import CZlib

/// gzip decompression through zlib (`inflate` with gzip header detection).
enum Gzip {
  /// True when `bytes` start with the gzip magic number 1f 8b.
  static func isCompressed(_ bytes: [UInt8]) -> Bool {
    bytes.count >= 2 && bytes[0] == 0x1f && bytes[1] == 0x8b
  }

  /// Inflates every gzip member of `bytes`; throws `.badInput` on a corrupt or truncated stream.
  /// - Complexity: O(n) time, output-sized memory.
  static func decompress(_ bytes: [UInt8], file: String) throws(GraphError) -> [UInt8] {
    var stream = z_stream()
    // 15 + 32: maximum window, detect a zlib or gzip header automatically.
    guard inflateInit2_(&stream, 15 + 32, ZLIB_VERSION, Int32(MemoryLayout<z_stream>.size)) == Z_OK
    else { throw .badInput(file: file, line: nil, reason: "cannot start gzip decompression") }
    defer { inflateEnd(&stream) }
    var output: [UInt8] = []
    output.reserveCapacity(bytes.count * 4)
    var chunk = [UInt8](repeating: 0, count: 1 << 16)
    var input = bytes
    var status: Int32 = Z_OK
    try input.withUnsafeMutableBufferPointer { (inputBuffer) throws(GraphError) in
      stream.next_in = inputBuffer.baseAddress
      stream.avail_in = UInt32(inputBuffer.count)
      while true {
        let produced = chunk.withUnsafeMutableBufferPointer { out -> Int in
          stream.next_out = out.baseAddress
          stream.avail_out = UInt32(out.count)
          status = inflate(&stream, Z_NO_FLUSH)
          return out.count - Int(stream.avail_out)
        }
        output.append(contentsOf: chunk[0..<produced])
        if status == Z_STREAM_END {
          // Concatenated gzip members: restart on what is left.
          if stream.avail_in == 0 { break }
          inflateReset(&stream)
          continue
        }
        if status == Z_BUF_ERROR && stream.avail_in == 0 {
          throw .badInput(file: file, line: nil, reason: "truncated gzip data")
        }
        guard status == Z_OK else {
          throw .badInput(file: file, line: nil, reason: "corrupt gzip data (zlib status \(status))")
        }
        if stream.avail_in == 0 && produced == 0 {
          throw .badInput(file: file, line: nil, reason: "truncated gzip data")
        }
      }
    }
    return output
  }
}
