/// The input formats `graph ingest` understands.
public enum InputFormat: String, CaseIterable, Sendable {
  /// A publication listing: title line, one line per author, a long abstract line.
  case listing
  /// A paper digest: title and abstract blocks, no authors.
  case digest
  /// BibTeX (`@article{key, ...}`).
  case bibtex
  /// RIS (`TY  - ` ... `ER  - `).
  case ris
  /// Web of Science plain text (`savedrecs.txt`, `.isi`).
  case wos
  /// PubMed/MEDLINE tagged text (`PMID- `, `AU  - `).
  case medline
  /// Scopus CSV export (both column layouts).
  case scopus
  /// OpenAlex works (API response JSON or JSONL).
  case openalex
  /// Crossref works (JSON or JSONL).
  case crossref
  /// PubMed/MEDLINE XML (`PubmedArticleSet`).
  case pubmed
  /// DBLP XML (with dblp.dtd entities).
  case dblp
  /// CSV with a column mapping (`--columns`, or a known IEEE/Springer header).
  case csv
  /// An edge list (`a b [weight]`, `#` comments): a ready-made network, e.g. SNAP files.
  case edgeList = "edge-list"
  /// Ligra's `AdjacencyGraph` (header line, n, m, n offsets, m targets): a ready-made
  /// network like an edge list, each node's list giving its out-neighbours.
  case ligraAdj = "ligra-adj"

  /// The record reader for this format; nil for edge lists, which hold no records.
  var reader: (any RecordReader.Type)? {
    switch self {
    case .listing: return ListingReader.self
    case .digest: return DigestReader.self
    case .bibtex: return BibTeXReader.self
    case .ris: return RISReader.self
    case .wos: return WoSReader.self
    case .medline: return MedlineReader.self
    case .scopus: return ScopusCSVReader.self
    case .openalex: return OpenAlexReader.self
    case .crossref: return CrossrefReader.self
    case .pubmed: return PubMedXMLReader.self
    case .dblp: return DBLPXMLReader.self
    case .csv: return MappedCSVReader.self
    case .edgeList, .ligraAdj: return nil
    }
  }

  /// True when `prefix` looks like this format.
  func recognizes(prefix: String) -> Bool {
    switch self {
    case .edgeList: return EdgeListReader.recognizes(prefix: prefix)
    case .ligraAdj: return LigraAdjacency.recognizes(prefix: prefix)
    default: return reader?.recognizes(prefix: prefix) ?? false
    }
  }

  /// Detects the format from the first part of the text; nil when no reader claims it.
  /// The file extension is never trusted alone: every format is recognised by content.
  public static func detect(prefix: String) -> InputFormat? {
    allCases.first { $0.recognizes(prefix: prefix) }
  }
}

