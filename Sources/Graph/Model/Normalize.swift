import Foundation

/// Normalizers readers share, so every format stores ids the same way.
public enum Normalize {
  /// A DOI in lower case without `https://doi.org/`, `doi:` or surrounding space; nil if the
  /// text holds no `10.` prefix.
  public static func doi(_ text: String?) -> String? {
    guard let text else { return nil }
    let lower = text.trimmingCharacters(in: .whitespacesAndNewlines).lowercased()
    guard let start = lower.range(of: "10.") else { return nil }
    var doi = String(lower[start.lowerBound...])
    while let last = doi.last, ".,;)]".contains(last) { doi.removeLast() }
    return doi.count > 3 ? doi : nil
  }

  /// An ORCID as `0000-0002-1825-0097` from a bare or URL form; nil if malformed.
  public static func orcid(_ text: String?) -> String? {
    guard let text else { return nil }
    let digits = text.uppercased().filter { $0.isNumber || $0 == "X" }
    guard digits.count == 16 else { return nil }
    let chars = Array(digits)
    return stride(from: 0, to: 16, by: 4).map { String(chars[$0..<$0 + 4]) }.joined(
      separator: "-")
  }

  /// The last path component of an OpenAlex URL (`https://openalex.org/W123` → `W123`).
  public static func openAlexID(_ text: String?) -> String? {
    guard let text, !text.isEmpty else { return nil }
    return text.split(separator: "/").last.map(String.init)
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
