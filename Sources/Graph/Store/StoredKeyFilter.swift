/// The identifiers and title keys of every work stored so far, as hashes, when all of them
/// were stored by this ingest (the store held no work when it began).
///
/// `WorkMatcher` asks SQLite for each identifier and the title key of every record (three
/// indexed lookups per record of a generated OpenAlex file, 8% of the storing thread at
/// 100k works; issue 8). On a first ingest almost all of them find nothing, and this
/// says so without SQLite: a key whose hash is absent was never stored. A hash present
/// (stored, or a collision) sends the lookup to SQLite as before, so answers are unchanged.
/// Memory: a set of integers per stored key (about 50 MB at a million works); dropped when
/// reading ends.
struct StoredKeyFilter {
  private var hashes: Set<Int> = []

  /// Notes identifier `scheme`/`value` as stored.
  mutating func insert(scheme: String, value: String) {
    hashes.insert(Self.hash(scheme, value))
  }

  /// Notes a work's title key as stored.
  mutating func insert(titleKey: String) {
    hashes.insert(Self.hash("", titleKey))
  }

  /// False only when no work holds the identifier.
  func mayContain(scheme: String, value: String) -> Bool {
    hashes.contains(Self.hash(scheme, value))
  }

  /// False only when no work has the title key.
  func mayContain(titleKey: String) -> Bool {
    hashes.contains(Self.hash("", titleKey))
  }

  /// A key work matching looks works up by.
  enum Key {
    case identifier(scheme: String, value: String)
    case title(String)
  }

  mutating func insert(_ key: Key) {
    switch key {
    case .identifier(let scheme, let value): insert(scheme: scheme, value: value)
    case .title(let titleKey): insert(titleKey: titleKey)
    }
  }

  /// False only when no key inserted is `key`.
  func mayContain(_ key: Key) -> Bool {
    switch key {
    case .identifier(let scheme, let value): mayContain(scheme: scheme, value: value)
    case .title(let titleKey): mayContain(titleKey: titleKey)
    }
  }

  /// Forgets every key, keeping the memory.
  mutating func removeAll() { hashes.removeAll(keepingCapacity: true) }

  /// Identifier schemes are never empty, so "" marks title keys.
  private static func hash(_ scheme: String, _ value: String) -> Int {
    var hasher = Hasher()
    hasher.combine(scheme)
    hasher.combine(value)
    return hasher.finalize()
  }
}
