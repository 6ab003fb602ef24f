import Graph

/// A community described for people: size, internal density and its most connected members.
public struct CommunityProfile: Sendable, Equatable, Codable {
  /// Community label (0 = largest).
  public var label: Int
  /// Number of members.
  public var size: Int
  /// Edges inside the community over possible edges inside it (1 for a single member).
  public var internalDensity: Double
  /// Members with the highest strength (weighted degree) in the whole network, best first.
  public var topMembers: [Member]
  /// The most frequent terms in the titles of the members' works (empty without titles).
  public var terms: [TermCount]

  /// A member and its strength.
  public struct Member: Sendable, Equatable, Codable {
    /// Node id.
    public var id: Int64
    /// Display name.
    public var name: String
    /// Weighted degree in the whole network.
    public var strength: Double
  }

  /// Profiles of every community of `partition` with at least `minSize` members.
  ///
  /// `titles` (author → work → title, e.g. from the store's `authoredTitles`) gives each
  /// community its `termCount` most frequent title terms (see `TitleTerms`); each work counts
  /// once per community.
  /// - Complexity: O(V log V + E + total title length).
  public static func profiles(
    of partition: Partition, in network: Network, top: Int, minSize: Int = 1,
    titles: [AuthoredTitle] = [], termCount: Int = 5
  ) -> [CommunityProfile] {
    profiles(
      of: partition, in: network, top: top, minSize: minSize, terms: WorkTermIndex(titles),
      termCount: termCount)
  }

  /// `profiles(of:in:top:minSize:titles:termCount:)` with the titles already numbered.
  public static func profiles(
    of partition: Partition, in network: Network, top: Int, minSize: Int = 1,
    terms index: WorkTermIndex, termCount: Int = 5
  ) -> [CommunityProfile] {
    let terms = CommunityTerms.top(
      index: index, membership: partition.membership,
      communityCount: partition.communities.count, limit: termCount)
    var strength: [Int64: Double] = [:]
    var insideEdges = [Int](repeating: 0, count: partition.communities.count)
    for edge in network.edges {
      strength[edge.source, default: 0] += edge.weight
      strength[edge.target, default: 0] += edge.weight
      if let a = partition.membership[edge.source], a == partition.membership[edge.target] {
        insideEdges[a] += 1
      }
    }
    return partition.communities.enumerated().compactMap { label, members in
      guard members.count >= minSize else { return nil }
      let possible = Double(members.count * (members.count - 1) / 2)
      let ranked = members.map { id in
        Member(id: id, name: network.node(id)?.name ?? "#\(id)", strength: strength[id] ?? 0)
      }.sorted { ($1.strength, $0.name, $0.id) < ($0.strength, $1.name, $1.id) }
      return CommunityProfile(
        label: label, size: members.count,
        internalDensity: possible > 0 ? Double(insideEdges[label]) / possible : 1,
        topMembers: Array(ranked.prefix(top)),
        terms: terms[label])
    }
  }
}
