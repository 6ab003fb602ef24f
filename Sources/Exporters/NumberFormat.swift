import Foundation

/// Fixed, locale-free number formatting shared by the writers, so output is byte-stable.
enum NumberFormat {
  /// A double as C's `%.6g` (6 significant digits, shortest of fixed or exponent form, e.g.
  /// `2`, `0.5`, `0.123457`, `1e-05`); `-0` becomes `0`; NaN and infinities become `NaN`,
  /// `INF`, `-INF` (XML Schema spelling, also accepted by Python's `float` and C's `strtod`).
  static func real(_ value: Double) -> String {
    if value.isNaN { return "NaN" }
    if value.isInfinite { return value < 0 ? "-INF" : "INF" }
    if value == 0 { return "0" }
    return String(format: "%.6g", value)
  }

  /// A double as a JSON number: `real(value)`, with `.0` appended when that looks like an
  /// integer (so JSON readers read a float, e.g. `2.0`, `0.5`, `1e-05`); `null` for NaN and
  /// infinities, which JSON cannot spell.
  static func json(_ value: Double) -> String {
    guard value.isFinite else { return "null" }
    let text = real(value)
    return text.contains(where: { $0 == "." || $0 == "e" }) ? text : text + ".0"
  }

  /// A double with exactly two decimals (`%.2f`), for Graphviz pen widths.
  static func fixed2(_ value: Double) -> String {
    let text = String(format: "%.2f", value)
    return text == "-0.00" ? "0.00" : text
  }
}
