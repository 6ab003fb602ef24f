/// Reads OpenAlex works (API response JSON or JSONL). Not implemented yet: recognizes nothing.
enum OpenAlexReader: RecordReader {
  static func recognizes(prefix: String) -> Bool { false }

  static func read(_ input: RecordInput, into sink: RecordSink) throws(GraphError) {
    throw .badInput(file: input.name, line: nil, reason: "the openalex reader is not implemented yet")
  }
}
