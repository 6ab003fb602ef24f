/// Pajek label quoting.
public enum PajekText {
  /// Returns `text` as a double-quoted Pajek vertex label.
  ///
  /// Pajek files are line-based, so a line break (`\n`, `\r\n` or `\r`) becomes one space and
  /// a tab becomes a space; other control characters (Unicode category Cc) are dropped. `"`
  /// becomes `\"` and `\` becomes `\\`: the Pajek format has no escape of its own, and this is
  /// the escaping networkx's `read_pajek` undoes (it splits lines with Python's `shlex`).
  /// Programs that do not undo it (Pajek itself) show the backslashes. Non-ASCII text, emoji
  /// and right-to-left text are written as UTF-8.
  public static func quote(_ text: String) -> String {
    BackslashQuoting.quote(text, lineBreak: " ")
  }
}
