internal import GRDB

extension StoreSchema {
  /// Work ids, volume/issue/pages, person ids, affiliations and references.
  static func v3BibliographicFields(_ db: Database) throws {}
}
