/// The keys `PreparedRecord` made for author names already seen in this ingest, so a name
/// that recurs is split and folded once.
///
/// Authors recur: in the generated 100k-work corpus each spelling comes back three times on
/// average (299,464 entries, 97,543 spellings), and more often as a corpus grows; splitting
/// and folding names was a fifth of the reader thread (issue 8 profile). The keys depend
/// only on the raw, given and family names (the aliases are fixed for an ingest), so a
/// cached answer is the one computing again would give. Not thread-safe: each thread that
/// prepares records keeps its own. At most `capacity` names are kept (about 300 bytes
/// each); a full cache starts over.
final class AuthorKeyCache {
  private struct Name: Hashable {
    var raw: String
    var given: String?
    var family: String?
  }

  /// Names kept before the cache starts over.
  let capacity: Int
  private var known: [Name: PreparedRecord.Author] = [:]

  init(capacity: Int = 500_000) {
    self.capacity = capacity
  }

  /// The cached keys of a personal author, or `make()`'s, remembered.
  func keys(
    raw: String, given: String?, family: String?, make: () -> PreparedRecord.Author
  ) -> PreparedRecord.Author {
    let name = Name(raw: raw, given: given, family: family)
    if let cached = known[name] { return cached }
    if known.count >= capacity { known.removeAll(keepingCapacity: true) }
    let made = make()
    known[name] = made
    return made
  }
}
