/// Reads BibTeX (`@article{key, ...}`). Not implemented yet: recognizes nothing.
enum BibTeXReader: RecordReader {
  static func recognizes(prefix: String) -> Bool { false }

  static func read(_ input: RecordInput, into sink: RecordSink) throws(GraphError) {
    throw .badInput(file: input.name, line: nil, reason: "the bibtex reader is not implemented yet")
  }
}
