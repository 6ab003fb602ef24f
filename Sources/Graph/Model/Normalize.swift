import Foundation

/// Normalizers readers share, so every format stores ids the same way.
public enum Normalize {
  /// A DOI in lower case without `https://doi.org/`, `doi:` or surrounding space; nil if the
  /// text holds no `10.` prefix.
  public static func doi(_ text: String?) -> String? {
    guard let text else { return nil }
    if let ascii = asciiDOI(text) { return ascii.isEmpty ? nil : ascii }
    return unicodeDOI(text)
  }

  /// `doi(_:)` through Foundation, for any text (the reference the byte path is tested on).
  static func unicodeDOI(_ text: String) -> String? {
    let lower = text.trimmingCharacters(in: .whitespacesAndNewlines).lowercased()
    guard let start = lower.range(of: "10.") else { return nil }
    var doi = String(lower[start.lowerBound...])
    while let last = doi.last, ".,;)]".contains(last) { doi.removeLast() }
    return doi.count > 3 ? doi : nil
  }

  /// `doi(_:)` on bytes for ASCII text without carriage returns (nearly every DOI; issue 8:
  /// Foundation's trimming and search were a tenth of the PubMed reader): "" for no DOI,
  /// nil when the text needs the Unicode path.
  private static func asciiDOI(_ text: String) -> String? {
    var utf8 = text
    return utf8.withUTF8 { bytes -> String? in
      guard bytes.allSatisfy({ $0 < 0x80 && $0 != 0x0D }) else { return nil }
      var end = bytes.count
      while end > 0, bytes[end - 1] == 0x20 || (0x09...0x0C).contains(bytes[end - 1]) { end -= 1 }
      var start = 0
      while start + 3 <= end,
        !(bytes[start] == 0x31 && bytes[start + 1] == 0x30 && bytes[start + 2] == 0x2E)
      {
        start += 1
      }
      guard start + 3 <= end else { return "" }
      // Trailing punctuation . , ; ) ]
      while end > start, [0x2E, 0x2C, 0x3B, 0x29, 0x5D].contains(bytes[end - 1]) { end -= 1 }
      guard end - start > 3 else { return "" }
      let lowered = bytes[start..<end].map { (0x41...0x5A).contains($0) ? $0 | 0x20 : $0 }
      return String(decoding: lowered, as: UTF8.self)
    }
  }

  /// An ORCID as `0000-0002-1825-0097` from a bare or URL form; nil if malformed.
  public static func orcid(_ text: String?) -> String? {
    guard let text else { return nil }
    guard text.utf8.allSatisfy({ $0 < 0x80 }) else { return unicodeORCID(text) }
    // ASCII: the same filter on bytes (digits, and x or X as X), grouped by four.
    var out: [UInt8] = []
    out.reserveCapacity(19)
    var kept = 0
    for byte in text.utf8 where (0x30...0x39).contains(byte) || byte == 0x58 || byte == 0x78 {
      if kept > 0 && kept % 4 == 0 { out.append(0x2D) }
      out.append(byte == 0x78 ? 0x58 : byte)
      kept += 1
    }
    return kept == 16 ? String(decoding: out, as: UTF8.self) : nil
  }

  /// `orcid(_:)` on Characters, for any text (the reference the byte path is tested on).
  static func unicodeORCID(_ text: String) -> String? {
    let digits = text.uppercased().filter { $0.isNumber || $0 == "X" }
    guard digits.count == 16 else { return nil }
    let chars = Array(digits)
    return stride(from: 0, to: 16, by: 4).map { String(chars[$0..<$0 + 4]) }.joined(
      separator: "-")
  }

  /// The last path component of an OpenAlex URL (`https://openalex.org/W123` → `W123`).
  /// Scans the bytes in place: a work carries a score of these (`referenced_works`), and
  /// walking `String.UTF8View` indexes cost about 600 instructions an id (issue 8).
  public static func openAlexID(_ text: String?) -> String? {
    guard var text else { return nil }
    text.makeContiguousUTF8()  // already so for every string a reader makes
    let id = text.utf8.withContiguousStorageIfAvailable { bytes -> String? in
      var end = bytes.count
      while end > 0, bytes[end - 1] == UInt8(ascii: "/") { end -= 1 }
      guard end > 0 else { return nil }
      var start = end
      while start > 0, bytes[start - 1] != UInt8(ascii: "/") { start -= 1 }
      return String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<end]), as: UTF8.self)
    }
    return id ?? nil
  }

  /// The first four-digit year (1000–2999) found in `text`.
  public static func year(_ text: String?) -> Int? {
    guard let text else { return nil }
    let chars = Array(text.utf8)
    var i = 0
    while i + 4 <= chars.count {
      let window = chars[i..<i + 4]
      if window.allSatisfy({ $0 >= 0x30 && $0 <= 0x39 }),
        window.first == 0x31 || window.first == 0x32,
        (i == 0 || !(chars[i - 1] >= 0x30 && chars[i - 1] <= 0x39)),
        (i + 4 == chars.count || !(chars[i + 4] >= 0x30 && chars[i + 4] <= 0x39))
      {
        return Int(String(decoding: window, as: UTF8.self))
      }
      i += 1
    }
    return nil
  }
}
