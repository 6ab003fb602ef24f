import ArgumentParser
import Foundation
import Graph

extension GraphCommand {
  /// `graph identities`: audit and correct author identities.
  struct Identities: ParsableCommand {
    static let configuration = CommandConfiguration(
      commandName: "identities",
      abstract: "Explain, review and correct author identities.",
      discussion: """
        Examples:
          graph identities --explain "Ben Bucknall"
          graph identities --suggest
          graph identities --aliases thesaurus.tsv
          graph identities merge "A. R. Olteanu" "Alexandra Olteanu"
          graph identities split "Wei Wang"
        An aliases file holds VOSviewer thesaurus rows `label<TAB>replace by`, and
        `merge<TAB>A<TAB>B` / `split<TAB>A[<TAB>B]` lines. Overrides are stored and survive
        re-ingest and re-resolution.
        """,
      subcommands: [Merge.self, Split.self, Resolve.self])

    @OptionGroup var global: GlobalOptions

    @Option(help: "Show the variants, mentions, ids and merge evidence of this author.")
    var explain: String?

    @Option(help: "Identity id, to pick one of several authors with the --explain name.")
    var id: Int64?

    @Flag(help: "List likely but unmerged pairs of identities with scores.")
    var suggest = false

    @Option(help: "Read overrides from this aliases file and re-resolve.")
    var aliases: String?

    @Option(help: "How many suggestions to show.")
    var top = 30

    func validate() throws {
      guard explain != nil || suggest || aliases != nil || id != nil else {
        throw ValidationError("give --explain NAME, --suggest, --aliases FILE, or a subcommand")
      }
    }

    func run() throws {
      try reportingFailures {
        let store = try global.openStore()
        if let aliases {
          let count = try store.addOverrides(fromAliasesFile: aliases)
          printError("applied \(count) overrides from \(aliases)")
        }
        if explain != nil || id != nil {
          let identity = try id ?? store.resolveAuthor(explain ?? "")
          let explanation = try store.explainIdentity(identity)
          if global.json { try JSONOutput.print(explanation) } else { print(IdentityReport.text(explanation)) }
        }
        if suggest {
          let suggestions = try store.suggestMerges(limit: top)
          if global.json {
            try JSONOutput.print(suggestions)
          } else {
            for s in suggestions {
              print("\(fixed(s.score, 2))  \(s.aName) (\(s.a))  ~  \(s.bName) (\(s.b))  \(s.reason)")
            }
          }
        }
      }
    }

    /// `graph identities merge A B`.
    struct Merge: ParsableCommand {
      static let configuration = CommandConfiguration(
        commandName: "merge",
        abstract: "Declare that two names are one person (stored; survives re-ingest).",
        discussion: "Example: graph identities merge \"A. R. Olteanu\" \"Alexandra Olteanu\"")
      @OptionGroup var global: GlobalOptions
      @Argument(help: "First name.") var a: String
      @Argument(help: "Second name.") var b: String

      func run() throws {
        try reportingFailures {
          try global.openStore().addOverrides([IdentityOverride(.merge, a, b)], origin: "graph identities merge")
          print("merged \"\(a)\" and \"\(b)\"")
        }
      }
    }

    /// `graph identities split NAME [OTHER]`.
    struct Split: ParsableCommand {
      static let configuration = CommandConfiguration(
        commandName: "split",
        abstract: "Keep people apart: two names never merge; one name merges only on evidence.",
        discussion: """
          Examples: graph identities split "Wei Wang"            (same-name mentions merge only with a
                                                                  shared coauthor, affiliation or venue)
                    graph identities split "J Smith" "John Smith"  (never one person)
          """)
      @OptionGroup var global: GlobalOptions
      @Argument(help: "Name to split.") var name: String
      @Argument(help: "Optional second name that must stay a different person.") var other: String?

      func run() throws {
        try reportingFailures {
          try global.openStore().addOverrides(
            [IdentityOverride(.split, name, other ?? "")], origin: "graph identities split")
          print(other.map { "\"\(name)\" and \"\($0)\" stay apart" } ?? "\"\(name)\" now merges only on evidence")
        }
      }
    }

    /// `graph identities resolve [--policy]`.
    struct Resolve: ParsableCommand {
      static let configuration = CommandConfiguration(
        commandName: "resolve",
        abstract: "Resolve every mention again (for instance with another same-name policy).",
        discussion: "Example: graph identities resolve --policy strict")
      @OptionGroup var global: GlobalOptions
      @Option(help: "evidence (default), strict or merge.") var policy: SameNamePolicy = .evidence

      func run() throws {
        try reportingFailures {
          let store = try global.openStore()
          try store.resolveIdentities(policy: policy)
          print("resolved: \(try store.counts().authors) identities")
        }
      }
    }
  }
}

extension SameNamePolicy: ExpressibleByArgument {}

/// Human text for `--explain`.
enum IdentityReport {
  static func text(_ e: IdentityExplanation) -> String {
    var lines = ["\(e.name) (id \(e.id)): \(e.mentions.count) mentions"]
    let variants = e.variants.sorted { ($1.value, $0.key) < ($0.value, $1.key) }
    lines.append("  variants: " + variants.map { "\($0.key) ×\($0.value)" }.joined(separator: ", "))
    let ids = Set(e.mentions.flatMap(\.ids)).sorted()
    if !ids.isEmpty { lines.append("  ids: " + ids.joined(separator: ", ")) }
    lines.append("  mentions:")
    for m in e.mentions {
      let key = m.recordKey.map { " [\($0)]" } ?? ""
      lines.append("    #\(m.id) \(m.rawName), author \(m.position) of \"\(m.title)\"\(key) in \(m.source)")
      if !m.affiliations.isEmpty { lines.append("        affiliation: " + m.affiliations.joined(separator: " | ")) }
    }
    if e.decisions.isEmpty {
      lines.append("  merges: none (a single mention, or one record)")
    } else {
      lines.append("  merges:")
      for d in e.decisions {
        lines.append("    #\(d.mentionA) + #\(d.mentionB)  \(d.rule) (score \(fixed(d.score, 2))): \(d.evidence)")
      }
    }
    return lines.joined(separator: "\n")
  }
}
