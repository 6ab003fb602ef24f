/// Reads PubMed/MEDLINE tagged text (`PMID- `, `AU  - `). Not implemented yet: recognizes nothing.
enum MedlineReader: RecordReader {
  static func recognizes(prefix: String) -> Bool { false }

  static func read(_ input: RecordInput, into sink: RecordSink) throws(GraphError) {
    throw .badInput(file: input.name, line: nil, reason: "the medline reader is not implemented yet")
  }
}
