/// Reads DBLP XML (with dblp.dtd entities). Not implemented yet: recognizes nothing.
enum DBLPXMLReader: RecordReader {
  static func recognizes(prefix: String) -> Bool { false }

  static func read(_ input: RecordInput, into sink: RecordSink) throws(GraphError) {
    throw .badInput(file: input.name, line: nil, reason: "the dblp reader is not implemented yet")
  }
}
