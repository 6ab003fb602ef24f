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
func fixed(_ value: Double, _ digits: Int = 4) -> String {
  String(format: "%.\(digits)f", value)
}

/// Left-aligns `text` in `width` columns (by characters).
func pad(_ text: String, _ width: Int) -> String {
  text.count >= width ? text : text + String(repeating: " ", count: width - text.count)
}
