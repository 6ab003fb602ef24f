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
    // Labels and strengths by node position (`Network.position(of:)`, an array read), not
    // hashed by id: a million nodes and five million edges at a million works (issue 8).
    var labelAt = [Int](repeating: -1, count: network.nodes.count)
    for (label, members) in partition.communities.enumerated() {
      for id in members {
        if let position = network.position(of: id) { labelAt[position] = label }
      }
    }
    let terms = CommunityTerms.top(
      index: index, communityCount: partition.communities.count, limit: termCount,
      label: { author in network.position(of: author).map { labelAt[$0] } })
    var strength = [Double](repeating: 0, count: network.nodes.count)
    var insideEdges = [Int](repeating: 0, count: partition.communities.count)
    for edge in network.edges {
      guard let s = network.position(of: edge.source), let t = network.position(of: edge.target)
      else { continue }
      strength[s] += edge.weight
      strength[t] += edge.weight
      if labelAt[s] >= 0, labelAt[s] == labelAt[t] { insideEdges[labelAt[s]] += 1 }
    }
    return partition.communities.enumerated().compactMap { label, members in
      guard members.count >= minSize else { return nil }
      let possible = Double(members.count * (members.count - 1) / 2)
      let ranked = members.map { id in
        let position = network.position(of: id)
        return Member(
          id: id, name: position.map { network.nodes[$0].name } ?? "#\(id)",
          strength: position.map { strength[$0] } ?? 0)
      }.sorted { ($1.strength, $0.name, $0.id) < ($0.strength, $1.name, $1.id) }
      return CommunityProfile(
        label: label, size: members.count,
        internalDensity: possible > 0 ? Double(insideEdges[label]) / possible : 1,
        topMembers: Array(ranked.prefix(top)),
        terms: terms[label])
    }
  }
}
