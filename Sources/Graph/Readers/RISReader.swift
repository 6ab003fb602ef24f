/// Reads RIS (`TY  - ` ... `ER  - `). Not implemented yet: recognizes nothing.
enum RISReader: RecordReader {
  static func recognizes(prefix: String) -> Bool { false }

  static func read(_ input: RecordInput, into sink: RecordSink) throws(GraphError) {
    throw .badInput(file: input.name, line: nil, reason: "the ris reader is not implemented yet")
  }
}
