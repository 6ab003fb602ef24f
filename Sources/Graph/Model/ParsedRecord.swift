/// An identifier of a work or person in some scheme ("doi", "pmid", "orcid", ...).
public struct Identifier: Sendable, Hashable, Comparable {
  /// Scheme name, lower case: work schemes "doi", "pmid", "pmcid", "openalex", "wos", "scopus",
  /// "dblp", "arxiv"; person schemes "orcid", "openalex", "scopus", "dblp", "researcherid".
  public var scheme: String
  /// The value, normalized by the reader (DOIs lower case without resolver prefix, ORCIDs as
  /// `0000-0000-0000-0000`, OpenAlex ids as `W…`/`A…`).
  public var value: String

  /// Creates an identifier.
  public init(_ scheme: String, _ value: String) {
    self.scheme = scheme
    self.value = value
  }

  /// Orders by scheme, then value.
  public static func < (a: Identifier, b: Identifier) -> Bool {
    (a.scheme, a.value) < (b.scheme, b.value)
  }
}

/// One author entry of a record, as the source prints it.
public struct ParsedAuthor: Sendable, Equatable {
  /// The name exactly as written (trimmed), e.g. "BEN BUCKNALL", "Olteanu, A.R.".
  public var raw: String
  /// 1-based line of the file where the entry appears.
  public var line: Int
  /// Given name(s), when the format separates them.
  public var given: String?
  /// Family name, when the format separates it.
  public var family: String?
  /// A collective or group author ("The ATLAS Collaboration"); counted as an entry.
  public var isGroup: Bool
  /// Person identifiers (ORCID, OpenAlex author, Scopus author id, DBLP person key, ...).
  public var ids: [Identifier]
  /// Affiliations as printed.
  public var affiliations: [String]

  /// Creates an author entry.
  public init(
    raw: String, line: Int, given: String? = nil, family: String? = nil, isGroup: Bool = false,
    ids: [Identifier] = [], affiliations: [String] = []
  ) {
    self.raw = raw
    self.line = line
    self.given = given
    self.family = family
    self.isGroup = isGroup
    self.ids = ids
    self.affiliations = affiliations
  }

  /// The name to key identities on: "given family" when the format splits it, else `raw`.
  public var fullName: String {
    if let family, !family.isEmpty {
      if let given, !given.isEmpty { return "\(given) \(family)" }
      return family
    }
    return raw
  }
}

/// A reference (cited work) of a record, structured as far as the source allows.
public struct ParsedReference: Sendable, Equatable {
  /// The reference as printed (WoS `CR` line, Crossref `unstructured`, ...), when available.
  public var raw: String?
  /// Identifiers of the cited work (doi, pmid, openalex, ...).
  public var ids: [Identifier]
  /// First author's surname (or name as printed), when known.
  public var firstAuthor: String?
  /// Year, when known.
  public var year: Int?
  /// Title, when known.
  public var title: String?
  /// Venue (journal abbreviation or title), when known.
  public var venue: String?

  /// Creates a reference.
  public init(
    raw: String? = nil, ids: [Identifier] = [], firstAuthor: String? = nil, year: Int? = nil,
    title: String? = nil, venue: String? = nil
  ) {
    self.raw = raw
    self.ids = ids
    self.firstAuthor = firstAuthor
    self.year = year
    self.title = title
    self.venue = venue
  }
}

/// One publication record as a reader produced it, before it is matched to a stored work.
public struct ParsedRecord: Sendable, Equatable {
  /// The source's own key (PMID for PubMed, WoS UT, Scopus EID, BibTeX key, DOI, ...).
  public var recordKey: String?
  /// 1-based line where the record starts.
  public var line: Int
  /// Title as printed.
  public var title: String
  /// Publication year, when known.
  public var year: Int?
  /// DOI (lower case, without resolver prefix), when known.
  public var doi: String?
  /// Other identifiers of the work (pmid, openalex, wos, scopus, dblp, ...), DOI excluded.
  public var ids: [Identifier]
  /// Journal, proceedings or book title.
  public var venue: String?
  /// Volume, issue and pages as printed; used to tell apart same-titled works.
  public var volume: String?
  /// Issue number.
  public var issue: String?
  /// Page range or article number.
  public var pages: String?
  /// Author entries in source order.
  public var authors: [ParsedAuthor]
  /// Authors the source says exist but did not print ("… (voir 2 de plus)" → 2).
  public var hiddenAuthorCount: Int
  /// Cited works, in source order.
  public var references: [ParsedReference]

  /// Creates a record.
  public init(
    recordKey: String? = nil, line: Int, title: String, year: Int? = nil, doi: String? = nil,
    ids: [Identifier] = [], venue: String? = nil, volume: String? = nil, issue: String? = nil,
    pages: String? = nil, authors: [ParsedAuthor] = [], hiddenAuthorCount: Int = 0,
    references: [ParsedReference] = []
  ) {
    self.recordKey = recordKey
    self.line = line
    self.title = title
    self.year = year
    self.doi = doi
    self.ids = ids
    self.venue = venue
    self.volume = volume
    self.issue = issue
    self.pages = pages
    self.authors = authors
    self.hiddenAuthorCount = hiddenAuthorCount
    self.references = references
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
