import ArgumentParser
import Graph

extension GraphCommand {
  /// `graph authors`: list identities with their works and spellings.
  struct Authors: ParsableCommand {
    static let configuration = CommandConfiguration(
      abstract: "List author identities, most works first.",
      discussion: "Example: graph authors --top 10")

    @OptionGroup var global: GlobalOptions

    @Option(help: "How many authors to show (0 = all).")
    var top = 0

    func validate() throws {
      guard top >= 0 else { throw ValidationError("--top must be ≥ 0") }
    }

    func run() throws {
      try reportingFailures {
        let all = try global.openStore().authors()
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
    }
  }
}
