import Foundation

/// Stable JSON on stdout: sorted keys, snake_case, pretty-printed.
enum JSONOutput {
  static func print<T: Encodable>(_ value: T) throws {
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.sortedKeys, .prettyPrinted, .withoutEscapingSlashes]
    encoder.keyEncodingStrategy = .convertToSnakeCase
    let data = try encoder.encode(value)
    Swift.print(String(decoding: data, as: UTF8.self))
  }
}

/// Fixed-decimal formatting for human tables (golden files rely on it).
///
/// The digits of C's `%.<digits>f`: whole numbers (most strengths and counts) are written
/// directly, others through `vsnprintf` into a stack buffer, either way without Foundation's
/// `String(format:)` (a communities report prints tens of thousands of these).
func fixed(_ value: Double, _ digits: Int = 4) -> String {
  if value == value.rounded(), abs(value) < 1e15, !(value == 0 && value.sign == .minus) {
    let whole = String(Int64(value))
    return digits > 0 ? whole + "." + String(repeating: "0", count: digits) : whole
  }
  let capacity = 48
  let text = withUnsafeTemporaryAllocation(of: CChar.self, capacity: capacity) { buffer in
    let written = withVaList([Int32(digits), value]) {
      vsnprintf(buffer.baseAddress!, capacity, "%.*f", $0)
    }
    return written >= 0 && Int(written) < capacity ? String(cString: buffer.baseAddress!) : nil
  }
  return text ?? String(format: "%.\(digits)f", value)
}

/// Left-aligns `text` in `width` columns (by characters).
func pad(_ text: String, _ width: Int) -> String {
  text.count >= width ? text : text + String(repeating: " ", count: width - text.count)
}
