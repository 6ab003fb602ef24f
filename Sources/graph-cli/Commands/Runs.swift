import ArgumentParser
import Graph

extension GraphCommand {
  /// `graph runs`: list recorded analysis runs.
  struct Runs: ParsableCommand {
    static let configuration = CommandConfiguration(
      commandName: "runs",
      abstract: "List recorded analysis runs (algorithm, parameters, seed, igraph version).",
      discussion: "Example: graph runs --json")

    @OptionGroup var global: GlobalOptions

    func run() throws {
      try reportingFailures {
        let runs = try global.openStore().runs()
        if global.json {
          try JSONOutput.print(runs)
        } else {
          for run in runs {
            let seed = run.seed.map { " seed \($0)" } ?? ""
            print(
              "\(pad("\(run.id)", 4)) \(run.createdAt)  \(run.kind) \(run.algorithm)\(seed) \(run.parameters)  igraph \(run.igraphVersion)  network \(run.networkFingerprint.prefix(12))  \(run.summary)"
            )
          }
        }
      }
    }
  }
}
