import ArgumentParser
import Graph
import Metrics

extension GraphCommand {
  /// `graph authors`: list identities with their works and spellings, or ranked by
  /// citation metrics.
  struct Authors: ParsableCommand {
    static let configuration = CommandConfiguration(
      commandName: "authors",
      abstract: "List author identities, most works first (or by citations, h-index, PageRank).",
      discussion: """
        --by citations|h-index|pagerank ranks by citations received within the corpus, the
        h-index over those counts, or the summed PageRank of the author's works on the
        citation network (references resolved within the store).
        Examples: graph authors --top 10
                  graph authors --by h-index --top 10
        """)

    @OptionGroup var global: GlobalOptions

    @Option(help: "How many authors to show (0 = all).")
    var top = 0

    @Option(help: "Ranking: works (default), citations, h-index or pagerank.")
    var by: AuthorOrder = .works

    func validate() throws {
      guard top >= 0 else { throw ValidationError("--top must be ≥ 0") }
    }

    func run() throws {
      try reportingFailures {
        let store = try global.openStore()
        if by == .works {
          try listByWorks(store)
        } else {
          try listByCitations(store)
        }
      }
    }

    private func listByWorks(_ store: GraphStore) throws {
      let all = try store.authors()
      let shown = top > 0 ? Array(all.prefix(top)) : all
      if global.json {
        try JSONOutput.print(shown)
      } else {
        print("\(all.count) authors")
        for author in shown {
          let variants =
            author.variants.count > 1 ? "  variants: \(author.variants.joined(separator: " | "))" : ""
          print("\(pad("\(author.id)", 6)) \(pad(author.name, 30)) \(author.works) works\(variants)")
        }
      }
    }

    private func listByCitations(_ store: GraphStore) throws {
      let metrics = try CitationMetrics.compute(
        citation: try store.citationNetwork(referencesOnly: true), authorships: try store.authorships())
      let all = metrics.ranked(by: by)
      let shown = top > 0 ? Array(all.prefix(top)) : all
      if global.json {
        try JSONOutput.print(shown)
      } else {
        print("\(all.count) authors by \(by.rawValue)")
        for author in shown {
          print(
            "\(pad("\(author.id)", 6)) \(pad(author.name, 30)) \(author.works) works, "
              + "\(author.citations) citations, h-index \(author.hIndex), pagerank \(fixed(author.pagerank, 6))")
        }
      }
    }
  }
}

extension AuthorOrder: ExpressibleByArgument {}
