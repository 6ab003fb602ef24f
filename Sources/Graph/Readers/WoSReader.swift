/// Reads Web of Science plain text (`savedrecs.txt`, `.isi`). Not implemented yet: recognizes nothing.
enum WoSReader: RecordReader {
  static func recognizes(prefix: String) -> Bool { false }

  static func read(_ input: RecordInput, into sink: RecordSink) throws(GraphError) {
    throw .badInput(file: input.name, line: nil, reason: "the wos reader is not implemented yet")
  }
}
