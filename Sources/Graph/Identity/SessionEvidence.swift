/// Identity evidence gathered while a first ingest stores its mentions, so resolution need
/// not read every mention back from SQLite (issue 8).
///
/// Used only when the store held no mention before the ingest and no user override exists:
/// then every stored personal mention is one of this session's, and the mentions completed
/// by `complete(_:needed:)` are exactly what `IdentityEvidenceLoader.loadByScanning` would
/// load (same order, same fields; `EvidenceScopeTests` compares the stored identities with a
/// reload). The costly parts (affiliation words, coauthor sets, folded venues) are computed
/// once the file is in and the id links are made, and only for the mentions the name rules
/// can read (`ClusteringRun.evidenceNeeded`).
final class SessionEvidence {
  private var mentions: [MentionEvidence] = []
  private var affiliationTexts: [(mention: Int, text: String)] = []
  private var venueOfWork: [Int64: String] = [:]
  /// How far through the file the ingest is: the lists grow to their projected size.
  var inputShare = InputShare()

  /// Notes a work's venue as stored: the first non-nil one (`COALESCE` on merge).
  func noteWork(_ workID: Int64, venue: String?) {
    if venueOfWork[workID] == nil, let venue { venueOfWork[workID] = venue }
  }

  /// Adds a personal mention as stored, with its affiliations as printed.
  func addMention(_ evidence: MentionEvidence, affiliations: [String]) {
    var evidence = evidence
    if evidence.ids.count > 1 {  // sorted and unique, as the loader reads them
      let sorted = evidence.ids.sorted()
      evidence.ids = sorted.indices.compactMap { i in
        i > 0 && sorted[i - 1] == sorted[i] ? nil : sorted[i]
      }
    }
    for text in affiliations {
      affiliationTexts.append((mentions.count, text), projectedBy: inputShare)
    }
    mentions.append(evidence, projectedBy: inputShare)
  }

  /// The gathered mentions, in mention id order, without affiliation words, venues and
  /// coauthors (`complete(_:needed:)` adds them). Hands them over: a second call returns
  /// nothing.
  func takeMentions() -> [MentionEvidence] {
    defer { mentions = [] }
    return mentions
  }

  /// Completes `out` (what `takeMentions` returned) where `needed` is true: folded venue,
  /// affiliation words and coauthors, as `IdentityEvidenceLoader.loadByScanning` reads them.
  /// Lets go of the printed affiliations and venues (the texts, a string per printed
  /// affiliation and per work's venue, are not held while the clustering goes on).
  /// Completing in place keeps one copy of the evidence in memory, not two.
  func complete(_ out: inout [MentionEvidence], needed: [Bool]) {
    var folds = EvidenceFolds()
    for i in out.indices where needed[i] {
      out[i].venue = venueOfWork[out[i].workID].map { folds.venue($0) }
    }
    venueOfWork = [:]
    for (i, text) in affiliationTexts where needed[i] {
      let words = folds.affiliationWords(text)
      // A first (usually only) affiliation shares the memoized set instead of copying it.
      if out[i].affiliationWords.isEmpty {
        out[i].affiliationWords = words
      } else {
        out[i].affiliationWords.formUnion(words)
      }
    }
    affiliationTexts = []
    for group in Self.mentionsByWork(out) where group.count > 1 {
      for i in group where needed[i] {
        out[i].coauthors.reserveCapacity(group.count - 1)
        for j in group where j != i && out[j].nameKey != out[i].nameKey {
          out[i].coauthors.insert(out[j].nameKey)
        }
      }
    }
  }

  /// Positions of `mentions` grouped by work: each group lists one work's mentions.
  ///
  /// Mentions arrive work by work, so the groups are the runs of equal work ids once the
  /// positions are in work order; they already are unless a record merged into an earlier
  /// work, and then one sort of the positions puts them so. No hashing either way (the
  /// dictionary of arrays this replaced hashed every mention's work id).
  static func mentionsByWork(_ mentions: [MentionEvidence]) -> [ArraySlice<Int>] {
    var order = Array(mentions.indices)
    let inWorkOrder = !mentions.indices.dropFirst().contains {
      mentions[$0].workID < mentions[$0 - 1].workID
    }
    if !inWorkOrder { order.sort { mentions[$0].workID < mentions[$1].workID } }
    var groups: [ArraySlice<Int>] = []
    var start = 0
    for k in order.indices.dropFirst()
    where mentions[order[k]].workID != mentions[order[k - 1]].workID {
      groups.append(order[start..<k])
      start = k
    }
    if start < order.count { groups.append(order[start...]) }
    return groups
  }
}
