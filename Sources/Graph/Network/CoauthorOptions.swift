/// How joint works are turned into edge weights (PRODUCT.md §6).
public enum Counting: String, CaseIterable, Sendable, Codable {
  /// Weight = number of joint works.
  case full
  /// Newman's fractional counting: each n-author work adds 1/(n−1) to each of its pairs.
  case fractional
}

/// Filters and weighting for the coauthor network.
public struct CoauthorOptions: Sendable, Equatable {
  /// Edge weighting.
  public var counting: Counting
  /// Works with more distinct authors than this build no edges (their authors stay nodes).
  public var maxAuthors: Int
  /// Keep only works from this year on (works without a year are then left out).
  public var since: Int?
  /// Keep only works up to this year (works without a year are then left out).
  public var until: Int?
  /// Drop edges lighter than this.
  public var minWeight: Double
  /// Drop authors with fewer works than this inside the year filters, with their edges
  /// (coauthor networks only; edge-list nodes carry no works). 1 keeps everyone.
  public var minWorks: Int
  /// Keep only the largest connected component (ties: the one holding the smallest node id),
  /// applied after the other filters.
  public var largestComponent: Bool

  /// Creates options; the defaults are full counting, at most 100 authors, no filters.
  public init(
    counting: Counting = .full, maxAuthors: Int = 100, since: Int? = nil, until: Int? = nil,
    minWeight: Double = 0, minWorks: Int = 1, largestComponent: Bool = false
  ) {
    self.counting = counting
    self.maxAuthors = maxAuthors
    self.since = since
    self.until = until
    self.minWeight = minWeight
    self.minWorks = minWorks
    self.largestComponent = largestComponent
  }

  /// The options as text parameters for a run record (sorted keys when stored).
  public var runParameters: [String: String] {
    [
      "counting": counting.rawValue, "max_authors": "\(maxAuthors)",
      "since": since.map(String.init) ?? "", "until": until.map(String.init) ?? "",
      "min_weight": "\(minWeight)", "min_works": "\(minWorks)",
      "largest_component": "\(largestComponent)",
    ]
  }
}

/// A built coauthor network and what the build left out.
public struct CoauthorBuild: Sendable {
  /// The network.
  public var network: Network
  /// Works used (inside the year filters, with at least one author).
  public var worksUsed: Int
  /// Works with more than `maxAuthors` authors, which built no edges.
  public var hyperAuthoredWorksSkipped: Int
}
