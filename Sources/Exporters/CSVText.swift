/// RFC 4180 CSV field quoting.
public enum CSVText {
  /// Returns `text` as one CSV field.
  ///
  /// The field is enclosed in double quotes when it contains a comma, a double quote, a line
  /// feed or a carriage return, or when it is empty (so an empty name, `""`, differs from a
  /// missing value, an empty field); a `"` inside is doubled. Otherwise it is written as is.
  /// Nothing is dropped or changed, so Python's `csv` module (and any RFC 4180 reader) reads
  /// `text` back exactly, newlines included.
  public static func field(_ text: String) -> String {
    if text.isEmpty { return "\"\"" }
    let needsQuotes = text.unicodeScalars.contains { ",\"\n\r".unicodeScalars.contains($0) }
    guard needsQuotes else { return text }
    return "\"" + text.replacingOccurrences(of: "\"", with: "\"\"") + "\""
  }
}
