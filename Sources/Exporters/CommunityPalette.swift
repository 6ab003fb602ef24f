/// The fixed fill colours for communities in DOT and GEXF output.
enum CommunityPalette {
  /// ColorBrewer "Set3" (12 light colours, readable with black text).
  static let colors = [
    "#8dd3c7", "#ffffb3", "#bebada", "#fb8072", "#80b1d3", "#fdb462",
    "#b3de69", "#fccde5", "#d9d9d9", "#bc80bd", "#ccebc5", "#ffed6f",
  ]

  /// The colour of community `label`: `colors[label mod 12]` (non-negative modulo), so the
  /// same label always gets the same colour.
  static func color(for label: Int) -> String {
    let n = colors.count
    return colors[((label % n) + n) % n]
  }

  /// The colour of community `label` as red, green and blue components (0–255).
  static func rgb(for label: Int) -> (red: Int, green: Int, blue: Int) {
    let hex = color(for: label).dropFirst()
    let value = Int(hex, radix: 16) ?? 0
    return ((value >> 16) & 0xFF, (value >> 8) & 0xFF, value & 0xFF)
  }
}
