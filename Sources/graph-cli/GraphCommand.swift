import ArgumentParser

/// The `graph` executable: author and citation network analytics over a SQLite store.
@main
struct GraphCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "graph",
    abstract: "Author and citation graph analytics: ingest records, resolve authors, analyse.",
    discussion: """
      Example session:
        graph ingest Examples/seed-listing-1.txt Examples/seed-listing-2.txt
        graph stats
        graph communities --algorithm leiden --seed 42
        graph ego "Aviral Kumar"
        graph path "Aviral Kumar" "Yi Su"
        graph author "aviral kumar"
        graph export --format dot -o coauthors.dot

      The store is ./graph.db unless --db or GRAPH_DB says otherwise.
      Exit codes: 0 ok, 1 runtime failure, 64 usage error, 65 bad input data.
      """,
    version: "0.1.0",
    subcommands: [
      Ingest.self, Stats.self, Authors.self, Author.self, Communities.self, CentralityCommand.self,
      Ego.self, Path.self, Export.self, Identities.self, Runs.self,
    ])

  /// Starts the heavy commands over with a huge-page heap (`HugePageHeap`), then parses and
  /// runs the command.
  static func main() {
    HugePageHeap.restartIfWorthwhile()
    main(nil)
  }
}
