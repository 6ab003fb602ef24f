/// The mention fields the pairwise loops of `IdentityClustering` compare, interned as
/// integers: name keys, given-name tokens, coauthors, affiliation words and venues.
///
/// A block of B mentions is compared pair by pair (B²/2 pairs), so the per-pair test must
/// not hash strings or copy `MentionEvidence` (which retains all its sets): with these
/// arrays a pair costs a few integer comparisons and two small sorted merges. The answers
/// are exactly those of `NameParts.compatible` and `Corroboration.between(_:_:) != nil`.
/// - Complexity: O(total size of the fields) to build.
struct PairFeatures {
  /// Interned folded full name of each mention.
  let nameKey: [Int32]
  /// Interned given-name tokens of each mention, in order.
  let given: IntegerLists
  /// Sorted interned coauthor name keys of each mention.
  let coauthors: IntegerLists
  /// Sorted interned affiliation words of each mention.
  let affiliation: IntegerLists
  /// Interned venue of each mention, -1 when it has none (or an empty one).
  let venue: [Int32]
  /// Per given-name token id: the interned first character (-1 for an empty token).
  private let tokenFirst: [Int32]
  /// Per given-name token id: whether the token is one character (an initial).
  private let tokenIsInitial: [Bool]

  /// Features of `mentions`; only those where `compared` is true are interned, the others
  /// get empty fields (a mention alone in its block is never compared: over half of the
  /// PubMed half file's mentions).
  init(_ mentions: [MentionEvidence], compared: [Bool]) {
    var names = Interner()
    var tokens = Interner()
    var characters = Interner()
    var words = Interner()
    var venues = Interner()
    var tokenFirst: [Int32] = []
    var tokenIsInitial: [Bool] = []
    var nameKey: [Int32] = []
    var given = IntegerLists(capacity: mentions.count)
    var coauthors = IntegerLists(capacity: mentions.count)
    var affiliation = IntegerLists(capacity: mentions.count)
    var venue: [Int32] = []
    nameKey.reserveCapacity(mentions.count)
    venue.reserveCapacity(mentions.count)
    for i in mentions.indices {  // by position: a copy of each value would retain its fields
      guard compared[i] else {
        nameKey.append(-1)
        given.endList()
        coauthors.endList()
        affiliation.endList()
        venue.append(-1)
        continue
      }
      nameKey.append(names.id(mentions[i].nameKey))
      for token in mentions[i].given {
        let id = tokens.id(token)
        if Int(id) == tokenFirst.count {
          tokenFirst.append(token.first.map { characters.id(String($0)) } ?? -1)
          tokenIsInitial.append(token.count == 1)
        }
        given.append(id)
      }
      given.endList()
      for name in mentions[i].coauthors { coauthors.append(names.id(name)) }
      coauthors.endSortedList()
      for word in mentions[i].affiliationWords { affiliation.append(words.id(word)) }
      affiliation.endSortedList()
      if let v = mentions[i].venue, !v.isEmpty { venue.append(venues.id(v)) } else { venue.append(-1) }
    }
    self.nameKey = nameKey
    self.given = given
    self.coauthors = coauthors
    self.affiliation = affiliation
    self.venue = venue
    self.tokenFirst = tokenFirst
    self.tokenIsInitial = tokenIsInitial
  }

  /// `NameParts.compatible` on the given names of mentions `i` and `j`.
  func compatibleGiven(_ i: Int, _ j: Int) -> Bool {
    let a = given[i]
    let b = given[j]
    guard !a.isEmpty, !b.isEmpty else { return true }
    for (x, y) in zip(a, b) where !tokensAgree(x, y) { return false }
    return true
  }

  /// True when mention `j` has a given-name token longer than one character.
  func hasFullToken(_ j: Int) -> Bool { given[j].contains { !tokenIsInitial[Int($0)] } }

  /// True when every given-name token of mention `i` is an initial (and there is one).
  func allInitials(_ i: Int) -> Bool {
    !given[i].isEmpty && given[i].allSatisfy { tokenIsInitial[Int($0)] }
  }

  private func tokensAgree(_ x: Int32, _ y: Int32) -> Bool {
    if x == y { return true }
    if tokenIsInitial[Int(x)] || tokenIsInitial[Int(y)] {
      return tokenFirst[Int(x)] == tokenFirst[Int(y)]
    }
    return false
  }

  /// True exactly when `Corroboration.between` finds evidence for mentions `i` and `j`:
  /// a shared coauthor, affiliation Jaccard at or above the threshold, or the same venue.
  func mayCorroborate(_ i: Int, _ j: Int) -> Bool {
    if Self.sharedCount(coauthors[i], coauthors[j], stopAtFirst: true) > 0 { return true }
    let a = affiliation[i]
    let b = affiliation[j]
    if !a.isEmpty, !b.isEmpty {
      let shared = Self.sharedCount(a, b, stopAtFirst: false)
      if shared > 0,
        Double(shared) / Double(a.count + b.count - shared) >= Corroboration.affiliationThreshold
      {
        return true
      }
    }
    return venue[i] >= 0 && venue[i] == venue[j]
  }

  /// Elements two sorted lists share (merge walk).
  private static func sharedCount(
    _ a: ArraySlice<Int32>, _ b: ArraySlice<Int32>, stopAtFirst: Bool
  ) -> Int {
    var p = a.startIndex
    var q = b.startIndex
    var shared = 0
    while p < a.endIndex && q < b.endIndex {
      if a[p] < b[q] {
        p += 1
      } else if a[p] > b[q] {
        q += 1
      } else {
        shared += 1
        if stopAtFirst { return shared }
        p += 1
        q += 1
      }
    }
    return shared
  }
}

/// Lists of integers, one per mention, kept in one array cut at offsets: one allocation for
/// all of them instead of one per mention and field (three per compared mention, 2.5M
/// compared mentions at a million works).
struct IntegerLists {
  private var values: [Int32] = []
  /// List `i` is `values[ends[i - 1]..<ends[i]]` (from 0 for the first).
  private var ends: [Int] = []

  init(capacity: Int) { ends.reserveCapacity(capacity) }

  /// Adds `value` to the list being built.
  mutating func append(_ value: Int32) { values.append(value) }

  /// Ends the list being built (empty when nothing was appended since the last end).
  mutating func endList() { ends.append(values.count) }

  /// Sorts the list being built, then ends it.
  mutating func endSortedList() {
    let start = ends.last ?? 0
    if values.count - start > 1 { values[start...].sort() }
    ends.append(values.count)
  }

  /// List `i`.
  subscript(i: Int) -> ArraySlice<Int32> { values[(i == 0 ? 0 : ends[i - 1])..<ends[i]] }
}

/// Dense integer ids for strings, in order of first appearance.
private struct Interner {
  private var ids: [String: Int32] = [:]

  mutating func id(_ text: String) -> Int32 {
    if let id = ids[text] { return id }
    let id = Int32(ids.count)
    ids[text] = id
    return id
  }
}
