/// Reads CSV with a column mapping (IEEE, Springer, others). Not implemented yet: recognizes nothing.
enum MappedCSVReader: RecordReader {
  static func recognizes(prefix: String) -> Bool { false }

  static func read(_ input: RecordInput, into sink: RecordSink) throws(GraphError) {
    throw .badInput(file: input.name, line: nil, reason: "the csv reader is not implemented yet")
  }
}
