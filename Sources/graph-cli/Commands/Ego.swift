import ArgumentParser
import Graph
import Metrics

extension GraphCommand {
  /// `graph ego NAME`: an author's collaborators with the works behind each tie.
  struct Ego: ParsableCommand {
    static let configuration = CommandConfiguration(
      commandName: "ego",
      abstract: "Show an author's coauthors within a radius, with the works behind each tie.",
      discussion: """
        Names match case- and diacritic-insensitively; a partial name works when it is unique
        (edge-list networks: the node label). The network options filter the ties
        (--min-weight, --since/--until, ...). On the coauthor network the neighbourhood is read
        around the author from the store's indexes, not from the whole network (unless
        --min-works or --largest-component need it).
        Example: graph ego "Aviral Kumar" --radius 2
        """)

    @OptionGroup var global: GlobalOptions
    @OptionGroup var network: NetworkOptions

    @OptionGroup var author: AuthorSelection

    @Option(help: "Neighbourhood radius (steps from the author).")
    var radius = 1

    @Flag(help: .hidden)
    var wholeNetwork = false

    func validate() throws {
      guard radius >= 0 else { throw ValidationError("--radius must be ≥ 0 (got \(radius))") }
    }

    func run() throws {
      try reportingFailures {
        let store = try global.openStore()
        // Local answer: read the ball around the author from the mentions (indexed), no
        // whole-network build; the same nodes, ties and order (GraphStore.coauthorNeighbourhood).
        if !wholeNetwork, let options = try network.localCoauthorOptions(in: store) {
          let center = try author.identity(in: store)
          guard
            let ball = try store.coauthorNeighbourhood(
              of: center, radius: radius, options: options, years: false)
          else { throw author.notInNetwork }
          try show(center: center, in: ball, store: store)
          return
        }
        let build = try network.build(from: store)
        let center = try author.node(in: build.network, store: store)
        try show(center: center, in: build.network, store: store)
      }
    }

    private func show(center: Int64, in network: Network, store: GraphStore) throws {
      let ego = try Metrics.Ego.network(of: center, in: network, radius: radius)
      let works = try store.works(ego.alters.flatMap { $0.tie?.workIDs ?? [] })
      let report = EgoReport(ego: ego, network: network, works: works)
      if global.json { try JSONOutput.print(report) } else { print(report.text) }
    }
  }
}

extension NetworkOptions {
  /// The coauthor options when a query about a few authors can be answered from indexed reads
  /// around them (`GraphStore.localCoauthorOptions`), or nil: build the whole network.
  func localCoauthorOptions(in store: GraphStore) throws(GraphError) -> CoauthorOptions? {
    guard !isMentions else { return nil }
    return try store.localCoauthorOptions(kind: kind, options: coauthorOptions)
  }
}

extension AuthorSelection {
  /// The chosen identity without a built network: `--id`, else the name resolved among the
  /// store's identities (what `resolve(in:store:)` does for identity networks).
  func identity(in store: GraphStore) throws(GraphError) -> Int64 {
    if let id { return id }
    return try store.resolveAuthor(name)
  }

  /// The error `node(in:store:)` reports for an author outside the network.
  var notInNetwork: GraphError {
    .invalidParameter(name: "author", reason: "\(name) has no works inside the network's filters")
  }
}

/// `graph ego` output: the centre, then alters by distance with their tie's works.
struct EgoReport: Encodable {
  struct Alter: Encodable {
    var id: Int64
    var name: String
    var distance: Int
    var weight: Double?
    var works: [WorkSummary]
  }
  var id: Int64
  var name: String
  var radius: Int
  var alters: [Alter]
  var tiesAmongAlters: Int

  init(ego: EgoNetwork, network: Network, works: [WorkSummary]) {
    let workByID = Dictionary(uniqueKeysWithValues: works.map { ($0.id, $0) })
    id = ego.center
    name = network.node(ego.center)?.name ?? "#\(ego.center)"
    radius = ego.radius
    alters = ego.alters.map { alter in
      Alter(
        id: alter.id, name: network.node(alter.id)?.name ?? "#\(alter.id)",
        distance: alter.distance, weight: alter.tie?.weight,
        works: (alter.tie?.workIDs ?? []).compactMap { workByID[$0] })
    }
    tiesAmongAlters = ego.network.edges.filter { $0.source != ego.center && $0.target != ego.center }
      .count
  }

  var text: String {
    let direct = alters.filter { $0.distance == 1 }.count
    var lines = [
      "\(name) (id \(id)): \(direct) coauthors, \(alters.count) authors within radius \(radius), \(tiesAmongAlters) ties among them"
    ]
    var lastDistance = 0
    for alter in alters {
      if alter.distance != lastDistance {
        lines.append("  distance \(alter.distance)")
        lastDistance = alter.distance
      }
      if let weight = alter.weight {
        let titles = alter.works.map { work in work.year.map { "\(work.title) (\($0))" } ?? work.title }
        lines.append("    \(pad(alter.name, 28)) weight \(fixed(weight, 2))  \(titles.joined(separator: "; "))")
      } else {
        lines.append("    \(alter.name)")
      }
    }
    return lines.joined(separator: "\n")
  }
}
