/// What the resolver knows about one author mention: its name parts and the evidence
/// (person ids, affiliations, venue, coauthors) used to decide who it is.
public struct MentionEvidence: Sendable, Equatable {
  /// Mention id in the store.
  public var id: Int64
  /// The work it is on.
  public var workID: Int64
  /// The record it came from (source id and record line): two entries of one record are two
  /// different people.
  public var record: RecordRef
  /// The name as printed.
  public var rawName: String
  /// The name to display: the alias target when a user alias renamed it, else `rawName`.
  public var displayVariant: String
  /// Folded full name ("given … family").
  public var nameKey: String
  /// Folded given-name tokens ("alexandra", or "a", "r").
  public var given: [String]
  /// Folded surname (last surname token), the blocking surname.
  public var surname: String
  /// Person ids from the source (ORCID, OpenAlex, Scopus, DBLP).
  public var ids: [Identifier]
  /// Content words of the affiliations (folded, stop words removed).
  public var affiliationWords: Set<String>
  /// Folded venue of the work.
  public var venue: String?
  /// Folded full names of the other authors of the work.
  public var coauthors: Set<String>
  /// The identity the mention had before this resolution (keeps ids stable).
  public var previousIdentity: Int64?

  /// A record within a source.
  public struct RecordRef: Sendable, Hashable {
    /// Source id.
    public var source: Int64
    /// Line where the record starts.
    public var line: Int

    /// Creates a record reference.
    public init(source: Int64, line: Int) {
      self.source = source
      self.line = line
    }
  }

  /// Creates evidence for one mention.
  public init(
    id: Int64, workID: Int64, record: RecordRef, rawName: String, nameKey: String,
    given: [String], surname: String, ids: [Identifier] = [], affiliationWords: Set<String> = [],
    venue: String? = nil, coauthors: Set<String> = [], previousIdentity: Int64? = nil
  ) {
    self.id = id
    self.workID = workID
    self.record = record
    self.rawName = rawName
    self.displayVariant = rawName
    self.nameKey = nameKey
    self.given = given
    self.surname = surname
    self.ids = ids
    self.affiliationWords = affiliationWords
    self.venue = venue
    self.coauthors = coauthors
    self.previousIdentity = previousIdentity
  }

  /// ORCID, when known.
  var orcid: String? { ids.first { $0.scheme == "orcid" }?.value }
}

/// Name parts shared by the writer (block keys at insert) and the resolver.
public enum NameParts {
  /// Given tokens and surname of a name: from the format's given/family fields when present,
  /// else the last word of the folded name is the surname.
  public static func split(raw: String, given: String?, family: String?) -> (
    given: [String], surname: String
  ) {
    if let family, case let folded = NameKey.fold(family), !folded.isEmpty {
      let givenWords = NameKey.words(of: NameKey.fold(given ?? "")).map(String.init)
      return (givenWords, NameKey.words(of: folded).last.map(String.init) ?? "")
    }
    let words = NameKey.words(of: NameKey.person(raw)).map(String.init)
    guard let last = words.last else { return ([], "") }
    return (Array(words.dropLast()), last)
  }

  /// The blocking key "surname|first initial": only mentions in one block are compared.
  /// - Complexity: O(|surname|); appended, not interpolated (made for every mention three
  ///   times in a first ingest: at insert, for the evidence scope and for the clustering).
  public static func blockKey(given: [String], surname: String) -> String {
    var key = surname
    key.append("|")
    if let initial = given.first?.first { key.append(initial) }
    return key
  }

  /// True when two given-name lists can be one person: the first tokens agree (equal, or one
  /// is the other's initial), later tokens agree where both exist, a missing middle is fine.
  public static func compatible(_ a: [String], _ b: [String]) -> Bool {
    guard let first = a.first, let other = b.first else { return true }
    guard tokensAgree(first, other) else { return false }
    for (x, y) in zip(a.dropFirst(), b.dropFirst()) where !tokensAgree(x, y) { return false }
    return true
  }

  private static func tokensAgree(_ x: String, _ y: String) -> Bool {
    if x == y { return true }
    if x.count == 1 || y.count == 1 { return x.first == y.first }
    return false
  }
}
