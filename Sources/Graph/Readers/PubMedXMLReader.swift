/// Reads PubMed/MEDLINE XML (`PubmedArticleSet`). Not implemented yet: recognizes nothing.
enum PubMedXMLReader: RecordReader {
  static func recognizes(prefix: String) -> Bool { false }

  static func read(_ input: RecordInput, into sink: RecordSink) throws(GraphError) {
    throw .badInput(file: input.name, line: nil, reason: "the pubmed reader is not implemented yet")
  }
}
