/// Reads Scopus CSV export (both column layouts). Not implemented yet: recognizes nothing.
enum ScopusCSVReader: RecordReader {
  static func recognizes(prefix: String) -> Bool { false }

  static func read(_ input: RecordInput, into sink: RecordSink) throws(GraphError) {
    throw .badInput(file: input.name, line: nil, reason: "the scopus reader is not implemented yet")
  }
}
