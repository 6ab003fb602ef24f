/// Applies BibTeX `crossref` inheritance while streaming, with bounded memory.
///
/// `add` returns the entries ready to emit: an entry without `crossref`, a child whose parent
/// was already read, and any waiting children of the entry just added. A child whose parent
/// has not been read waits; `finish` returns the children still waiting (unresolved).
struct CrossrefResolver {
  /// Recently read entries by lower-cased key, as possible parents.
  private var remembered: [String: BibTeXEntry] = [:]
  private var rememberedOrder: [String] = []
  private var rememberedStart = 0
  /// Children waiting for a parent, by the parent's lower-cased key.
  private var waiting: [String: [BibTeXEntry]] = [:]
  private var waitingCount = 0

  /// Fields a child never takes from its parent.
  private static let notInherited: Set<String> = [
    "crossref", "key", "title", "doi", "eprint", "eprinttype", "archiveprefix", "pmid",
    "pmcid", "url", "ids", "entryset",
  ]

  /// Adds one entry; returns the entries ready to emit, in order.
  mutating func add(_ entry: BibTeXEntry) -> [BibTeXEntry] {
    var ready: [BibTeXEntry] = []
    if let target = entry.value("crossref").map({ TeX.plain($0).lowercased() }) {
      if let parent = remembered[target] {
        ready.append(Self.inherit(entry, from: parent))
      } else {
        waiting[target, default: []].append(entry)
        waitingCount += 1
        if waitingCount > BibTeXReader.maxPendingChildren {
          // Too many children waiting: emit them unresolved, oldest first.
          ready += waiting.values.joined().sorted { $0.line < $1.line }
          waiting = [:]
          waitingCount = 0
        }
      }
    } else {
      ready.append(entry)
    }
    let key = entry.key.lowercased()
    remember(entry, as: key)
    if let children = waiting.removeValue(forKey: key) {
      waitingCount -= children.count
      ready += children.map { Self.inherit($0, from: entry) }
    }
    return ready
  }

  /// Children whose parent never came, in file order.
  mutating func finish() -> [BibTeXEntry] {
    let rest = waiting.values.joined().sorted { $0.line < $1.line }
    waiting = [:]
    waitingCount = 0
    return rest
  }

  private mutating func remember(_ entry: BibTeXEntry, as key: String) {
    guard !key.isEmpty else { return }
    if remembered.updateValue(entry, forKey: key) == nil { rememberedOrder.append(key) }
    if rememberedOrder.count - rememberedStart > BibTeXReader.maxRememberedEntries {
      remembered.removeValue(forKey: rememberedOrder[rememberedStart])
      rememberedStart += 1
      if rememberedStart > 1_024 {
        rememberedOrder.removeFirst(rememberedStart)
        rememberedStart = 0
      }
    }
  }

  /// `child` with the fields it lacks taken from `parent`.
  static func inherit(_ child: BibTeXEntry, from parent: BibTeXEntry) -> BibTeXEntry {
    var merged = child
    for (name, field) in parent.fields where !notInherited.contains(name) {
      if merged.value(name) == nil { merged.fields[name] = field }
    }
    if merged.value("booktitle") == nil, let title = parent.fields["title"] {
      merged.fields["booktitle"] = title
    }
    return merged
  }
}
