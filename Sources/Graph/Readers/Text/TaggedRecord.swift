/// The fields of one tagged-text record (RIS, Web of Science, MEDLINE) in source order:
/// each field is a tag, its value lines (continuations are separate entries) and the line
/// where the field starts.
struct TaggedRecord {
  /// One tagged field.
  struct Field {
    var tag: String
    var values: [String]
    var line: Int
  }

  /// Line where the record starts.
  var line: Int
  /// Fields in source order (a tag may repeat, as AU in RIS).
  var fields: [Field] = []

  /// Values of every field with `tag`, each field's lines joined with a space.
  func joined(_ tag: String) -> [String] {
    fields.filter { $0.tag == tag }.map { $0.values.joined(separator: " ").collapsingSpaces() }
  }

  /// The first non-empty value of the first tag present among `tags`.
  func first(_ tags: String...) -> String? {
    for tag in tags {
      if let value = joined(tag).first(where: { !$0.isEmpty }) { return value }
    }
    return nil
  }
}
