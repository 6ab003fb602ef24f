/// One author entry of a record, as the source prints it.
public struct ParsedAuthor: Sendable, Equatable {
  /// The name exactly as written (trimmed), e.g. "BEN BUCKNALL" or "A.R. Olteanu".
  public var raw: String
  /// 1-based line of the file where the entry appears.
  public var line: Int

  /// Creates an author entry.
  public init(raw: String, line: Int) {
    self.raw = raw
    self.line = line
  }
}

/// One publication record as a reader produced it, before it is matched to a stored work.
public struct ParsedRecord: Sendable, Equatable {
  /// The source's own key (DOI, PMID, BibTeX key, ...), when the format has one.
  public var recordKey: String?
  /// 1-based line where the record starts.
  public var line: Int
  /// Title as printed.
  public var title: String
  /// Publication year, when known.
  public var year: Int?
  /// DOI (lower-cased, without resolver prefix), when known.
  public var doi: String?
  /// Author entries in source order.
  public var authors: [ParsedAuthor]
  /// Authors the source says exist but did not print ("… (voir 2 de plus)" → 2).
  public var hiddenAuthorCount: Int

  /// Creates a record.
  public init(
    recordKey: String? = nil, line: Int, title: String, year: Int? = nil, doi: String? = nil,
    authors: [ParsedAuthor] = [], hiddenAuthorCount: Int = 0
  ) {
    self.recordKey = recordKey
    self.line = line
    self.title = title
    self.year = year
    self.doi = doi
    self.authors = authors
    self.hiddenAuthorCount = hiddenAuthorCount
  }
}

/// A record the reader could not use, with where and why.
public struct SkippedRecord: Sendable, Equatable {
  /// 1-based line of the problem.
  public var line: Int
  /// What was wrong, for a `file:line: reason` message.
  public var reason: String

  /// Creates a skip note.
  public init(line: Int, reason: String) {
    self.line = line
    self.reason = reason
  }
}
