/// What storing a record computes without the database: its title key, each author's name
/// key, name parts and block key, each reference's match block, and the citation match key
/// a new work gets. Made on the reader thread when the storing thread is the slower one
/// (`RecordPipeline`), so the transaction thread only matches and inserts (issue 8: folding
/// was a fifth of the storing thread on the PubMed half file).
struct PreparedRecord: Sendable {
  /// One author's keys; a group author has a key only (`group: ` + folded name).
  struct Author: Sendable, Equatable {
    var key: String
    var block = ""
    var given: [String] = []
    var surname = ""
  }

  /// `NameKey.title` of the record's title.
  var titleKey: String
  /// Aligned with `ParsedRecord.authors`.
  var authors: [Author]
  /// `CitationMatchKey.referenceBlock` of each reference, aligned with
  /// `ParsedRecord.references` (stored only for those not resolved on insert).
  var referenceBlocks: [String]
  /// The first DOI, PMID and OpenAlex id of each reference, aligned with
  /// `ParsedRecord.references` (the columns of its `reference` row).
  var referenceIDs: [ReferenceIDs]
  /// Whether each reference has neither citation text nor field nor DOI nor PMID (an
  /// OpenAlex id at most): resolved on insert, its row is `ReferenceRowWriter`'s lean one.
  var referenceIsLean: [Bool]
  /// The `work_match_key` row of the work when the record creates it
  /// (`CitationMatchKey.workBlock` of the first author and year, "" when there is none;
  /// `CitationMatchKey.titleWords` of the title).
  var workBlock: String
  var workTitleWords: String

  /// The keys of `record` under the user's `aliases` (folded label → replacement); personal
  /// names seen before come from `cache`, which must have seen the same `aliases` only.
  init(_ record: ParsedRecord, aliases: [String: String], cache: AuthorKeyCache) {
    titleKey = NameKey.title(record.title)
    authors = record.authors.map { author in
      if author.isGroup { return Author(key: "group: " + NameKey.fold(author.raw)) }
      return cache.keys(raw: author.raw, given: author.given, family: author.family) {
        let parts = IdentityNaming.parts(
          raw: author.raw, given: author.given, family: author.family, aliases: aliases)
        return Author(
          key: parts.key, block: NameParts.blockKey(given: parts.given, surname: parts.surname),
          given: parts.given, surname: parts.surname)
      }
    }
    // Without aliases the first author's surname above is `NameParts.split`'s, which is what
    // `CitationMatchKey.workBlock` splits again.
    if let first = record.authors.first {
      workBlock =
        (aliases.isEmpty && !first.isGroup
          ? CitationMatchKey.block(surname: authors[0].surname, year: record.year)
          : CitationMatchKey.workBlock(
            rawName: first.raw, given: first.given, family: first.family, year: record.year))
        ?? ""
    } else {
      workBlock = ""
    }
    workTitleWords = CitationMatchKey.titleWords(titleKey: titleKey)
    referenceIDs = record.references.map { ReferenceIDs($0.ids) }
    let references = record.references
    referenceIsLean = references.indices.map { [referenceIDs] i in
      references[i].raw == nil && references[i].firstAuthor == nil && references[i].year == nil
        && references[i].title == nil && references[i].venue == nil
        && referenceIDs[i].doi == nil && referenceIDs[i].pmid == nil
    }
    referenceBlocks = record.references.map {
      CitationMatchKey.referenceBlock(firstAuthor: $0.firstAuthor, year: $0.year, raw: $0.raw) ?? ""
    }
  }
}

/// A reference's first identifier of each citable scheme, and the strongest of them with its
/// `SessionWorkIndex` number key: what resolving it on insert looks up.
struct ReferenceIDs: Sendable {
  var doi: String?
  var pmid: String?
  var openalex: String?
  /// Only the strongest identifier may resolve a reference on insert (a weaker one could
  /// name a work of this file while the stronger one names an earlier work).
  var strongest: (scheme: String, value: String)?
  /// `SessionWorkIndex.numberKey` of `strongest`.
  var strongestNumber: Int?

  init(_ ids: [Identifier]) {
    for id in ids {
      switch id.scheme {
      case "doi": doi = doi ?? id.value
      case "pmid": pmid = pmid ?? id.value
      case "openalex": openalex = openalex ?? id.value
      default: break
      }
    }
    strongest = doi.map { ("doi", $0) } ?? pmid.map { ("pmid", $0) }
      ?? openalex.map { ("openalex", $0) }
    strongestNumber = strongest.flatMap {
      SessionWorkIndex.numberKey(scheme: $0.scheme, value: $0.value)
    }
  }
}
