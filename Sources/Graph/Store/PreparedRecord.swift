/// What storing a record computes without the database: its title key and each author's
/// name key, name parts and block key. Made on the reader thread (`RecordPipeline`), so the
/// transaction thread only matches and inserts (issue 8: name folding was an eighth of the
/// storing thread on the PubMed half file).
struct PreparedRecord: Sendable {
  /// One author's keys; a group author has a key only (`group: ` + folded name).
  struct Author: Sendable {
    var key: String
    var block = ""
    var given: [String] = []
    var surname = ""
  }

  /// `NameKey.title` of the record's title.
  var titleKey: String
  /// Aligned with `ParsedRecord.authors`.
  var authors: [Author]

  /// The keys of `record` under the user's `aliases` (folded label → replacement).
  init(_ record: ParsedRecord, aliases: [String: String]) {
    titleKey = NameKey.title(record.title)
    authors = record.authors.map { author in
      if author.isGroup { return Author(key: "group: " + NameKey.fold(author.raw)) }
      let parts = IdentityNaming.parts(
        raw: author.raw, given: author.given, family: author.family, aliases: aliases)
      return Author(
        key: parts.key, block: NameParts.blockKey(given: parts.given, surname: parts.surname),
        given: parts.given, surname: parts.surname)
    }
  }
}
