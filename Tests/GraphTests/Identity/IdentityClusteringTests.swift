import Graph
import Testing

/// The five identity rules on small hand-made mention sets (no store, no files).
@Suite struct IdentityClusteringTests {
  /// A mention on its own work and record unless told otherwise.
  static func mention(
    _ id: Int64, _ name: String, work: Int64? = nil, record: Int? = nil, orcid: String? = nil,
    affiliation: String? = nil, venue: String? = nil, coauthors: [String] = []
  ) -> MentionEvidence {
    let parts = NameParts.split(raw: name, given: nil, family: nil)
    return MentionEvidence(
      id: id, workID: work ?? id, record: .init(source: 1, line: record ?? Int(id)), rawName: name,
      nameKey: NameKey.person(name), given: parts.given, surname: parts.surname,
      ids: orcid.map { [Identifier("orcid", $0)] } ?? [],
      affiliationWords: affiliation.map { Set($0.lowercased().split(separator: " ").map(String.init)) } ?? [],
      venue: venue, coauthors: Set(coauthors.map(NameKey.person)))
  }

  static func together(_ result: (clusters: [[Int64]], decisions: [MergeDecision]), _ a: Int64, _ b: Int64) -> Bool {
    result.clusters.contains { $0.contains(a) && $0.contains(b) }
  }

  @Test func sameORCIDMergesEvenAcrossNameChanges() {
    let result = IdentityClustering.resolve([
      Self.mention(1, "Jane Doe", orcid: "0000-0001-0000-0001"),
      Self.mention(2, "Jane Smith", orcid: "0000-0001-0000-0001"),
    ])
    #expect(Self.together(result, 1, 2))
    #expect(result.decisions.map(\.rule) == ["external-id"])
    #expect(result.decisions.first?.evidence == "orcid 0000-0001-0000-0001")
  }

  @Test func differentORCIDsAreNeverMergedWhateverElseAgrees() {
    let result = IdentityClustering.resolve(
      [
        Self.mention(1, "Wei Wang", orcid: "0000-0001-0000-0001", affiliation: "tsinghua physics", coauthors: ["Li Na"]),
        Self.mention(2, "Wei Wang", orcid: "0000-0002-0000-0002", affiliation: "tsinghua physics", coauthors: ["Li Na"]),
      ], policy: .merge)
    #expect(!Self.together(result, 1, 2))
  }

  @Test func homonymsWithConflictingAffiliationsStaySplit() {
    // Same name, both with affiliations that share nothing, no coauthor, no venue in common.
    let result = IdentityClustering.resolve([
      Self.mention(1, "Wei Wang", affiliation: "tsinghua physics beijing", venue: "phys rev"),
      Self.mention(2, "Wei Wang", affiliation: "stanford cardiology california", venue: "circulation"),
    ])
    #expect(!Self.together(result, 1, 2))
  }

  @Test func sameNameMergesWithoutContraryEvidenceOrWithCorroboration() {
    let noAffiliations = IdentityClustering.resolve([
      Self.mention(1, "Aviral Kumar"), Self.mention(2, "Aviral Kumar"),
    ])
    #expect(Self.together(noAffiliations, 1, 2))
    #expect(noAffiliations.decisions.first?.rule == "same-name")
    let corroborated = IdentityClustering.resolve([
      Self.mention(1, "Wei Wang", affiliation: "tsinghua physics", coauthors: ["Li Na"]),
      Self.mention(2, "Wei Wang", affiliation: "peking chemistry", coauthors: ["Li Na"]),
    ])
    #expect(Self.together(corroborated, 1, 2))
    #expect(corroborated.decisions.first?.evidence == "shared coauthor li na")
  }

  @Test func strictPolicyNeedsCorroborationForEqualNames() {
    let result = IdentityClustering.resolve(
      [Self.mention(1, "Aviral Kumar"), Self.mention(2, "Aviral Kumar")], policy: .strict)
    #expect(!Self.together(result, 1, 2))
  }

  @Test(arguments: [
    ("A.R. Olteanu", "Alexandra Olteanu"), ("Euan A Ashley", "Euan Ashley"),
    ("S R Brown", "Steven R Brown"),
  ])
  func compatibleVariantsMergeOnlyWhenCorroborated(variant: String, full: String) {
    // A competing candidate makes "only candidate" inapplicable: only evidence can merge.
    let rival = full.replacingOccurrences(of: full.split(separator: " ")[0], with: "Xavier")
    let rivalWithInitial = variant.first.map { String($0) + rival.dropFirst() } ?? rival
    let uncorroborated = IdentityClustering.resolve([
      Self.mention(1, variant, affiliation: "mit csail"),
      Self.mention(2, full, affiliation: "oxford zoology"),
      Self.mention(3, rivalWithInitial, affiliation: "kyoto physics"),
    ])
    #expect(!Self.together(uncorroborated, 1, 2))
    let corroborated = IdentityClustering.resolve([
      Self.mention(1, variant, coauthors: ["Hanna Wallach"]),
      Self.mention(2, full, coauthors: ["Hanna Wallach"]),
      Self.mention(3, rivalWithInitial),
    ])
    #expect(Self.together(corroborated, 1, 2))
    #expect(corroborated.decisions.contains { $0.rule == "compatible-name" })
  }

  @Test func initialsWithOneCompatibleCandidateMergeAsOnlyCandidate() {
    let result = IdentityClustering.resolve([
      Self.mention(1, "A.R. Olteanu"), Self.mention(2, "Alexandra Olteanu"),
    ])
    #expect(Self.together(result, 1, 2))
    #expect(result.decisions.first?.rule == "only-candidate")
  }

  @Test func incompatibleGivenNamesNeverMerge() {
    let result = IdentityClustering.resolve(
      [
        Self.mention(1, "Alexandra Olteanu", coauthors: ["Hanna Wallach"]),
        Self.mention(2, "Andrea Olteanu", coauthors: ["Hanna Wallach"]),
      ], policy: .merge)
    #expect(!Self.together(result, 1, 2))
  }

  /// Under the affiliation guard a mention is compared with its would-be cluster's
  /// affiliations, gathered from several mentions: it joins when it shares enough of them
  /// (2 of 6 words) though no single mention corroborates it (1 of 6), and not when it
  /// shares too few (1 of 7).
  @Test(arguments: [("alpha beta gamma delta epsilon zeta", true), ("alpha gamma delta epsilon zeta eta", false)])
  func theAffiliationGuardComparesWithTheWholeCluster(affiliation: String, joins: Bool) {
    let orcid = "0000-0002-1825-0097"
    let result = IdentityClustering.resolve(
      [
        Self.mention(1, "Ann Lee", orcid: orcid, affiliation: "alpha"),
        Self.mention(2, "Ann Lee", orcid: orcid),
        Self.mention(3, "Ann Lee", orcid: orcid, affiliation: "beta"),
        Self.mention(4, "Ann Lee", affiliation: affiliation),
      ], policy: .evidence)
    #expect(Self.together(result, 1, 3))
    #expect(Self.together(result, 2, 4) == joins)
    #expect(result.decisions.contains { $0.rule == "same-name" && $0.a == 2 && $0.b == 4 } == joins)
  }

  @Test func twoEntriesOfOneRecordAreTwoPeople() {
    let result = IdentityClustering.resolve(
      [Self.mention(1, "Y. Wang", work: 7, record: 3), Self.mention(2, "Yu Wang", work: 7, record: 3)],
      policy: .merge)
    #expect(!Self.together(result, 1, 2))
  }

  @Test func theSamePersonFromTwoRecordsOfOneWorkMerges() {
    let result = IdentityClustering.resolve([
      Self.mention(1, "A. R. Olteanu", work: 7, record: 3),
      Self.mention(2, "Alexandra Olteanu", work: 7, record: 90),
    ])
    #expect(Self.together(result, 1, 2))
    #expect(result.decisions.first?.rule == "same-work")
  }

  @Test func userOverridesMergeAndSplit() {
    var overrides = IdentityOverrides()
    overrides.merges = [(NameKey.person("Jane Doe"), NameKey.person("Jane Smith"))]
    overrides.splits = [(NameKey.person("Aviral Kumar"), NameKey.person("Aviral Kumar"))]
    let merged = IdentityClustering.resolve(
      [Self.mention(1, "Jane Doe"), Self.mention(2, "Jane Smith")], overrides: overrides)
    #expect(Self.together(merged, 1, 2))
    #expect(merged.decisions.first?.rule == "override")
    var strictName = IdentityOverrides()
    strictName.strictNames = [NameKey.person("Aviral Kumar")]
    let split = IdentityClustering.resolve(
      [Self.mention(1, "Aviral Kumar"), Self.mention(2, "Aviral Kumar")], overrides: strictName)
    #expect(!Self.together(split, 1, 2))
  }

  @Test func clustersCoverEveryMentionOnce() {
    let mentions = (1...40).map { i in
      Self.mention(Int64(i), ["Wei Wang", "W. Wang", "Wen Wang", "Li Na"][i % 4], affiliation: i % 3 == 0 ? "lab \(i % 5)" : nil)
    }
    let ids = IdentityClustering.resolve(mentions).clusters.flatMap { $0 }
    #expect(ids.sorted() == (1...40).map(Int64.init))
  }
}
