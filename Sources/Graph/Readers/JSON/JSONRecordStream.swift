/// Finds the work objects of a JSON input — JSONL (one value per line) or one document
/// (an API response, or an array of works), pretty-printed or not — and hands each to a
/// converter with its line, streaming.
///
/// Layout: the first non-blank line decides. If it is a complete JSON value the input is
/// JSONL: each line is parsed alone, and a line that is not valid JSON is skipped with its
/// number (`sink.skip`), the rest kept. Otherwise the input is one document spread over
/// lines; it is walked member by member, so only one work is materialised at a time (a
/// syntax error there cannot be resynchronised and ends the ingest with its line).
///
/// Inside a value, works are found by the format's `Layout`: the elements of an array under
/// a record-array key (`results`, `items`), the content of wrapper keys (`message`,
/// `response`) searched the same way, the elements of a top-level array, or else the object
/// itself.
struct JSONRecordStream {
  /// Where a format keeps its works.
  struct Layout {
    /// Keys whose array value lists works (OpenAlex `results`, Crossref `items`).
    var recordArrays: Set<String>
    /// Keys whose object value is searched like the top level (Crossref `message`).
    var wrappers: Set<String>
  }

  /// What the converter made of one work object.
  enum Outcome {
    case record(ParsedRecord)
    case skip(String)
  }

  let layout: Layout
  /// Converts one work object found at `line`.
  let convert: (JSONValue, Int) -> Outcome
  /// Converts a JSONL line without parsing it into a value, when the format has such a
  /// path (`OpenAlexLineScanner`); nil from it sends the line the general way.
  var convertLine: ((String, Int) -> Outcome?)?

  init(
    layout: Layout, convert: @escaping (JSONValue, Int) -> Outcome,
    convertLine: ((String, Int) -> Outcome?)? = nil
  ) {
    self.layout = layout
    self.convert = convert
    self.convertLine = convertLine
  }

  /// Reads `input` into `sink`.
  func read(_ input: RecordInput, into sink: RecordSink) throws(GraphError) {
    do {
      try readLines(input, into: sink)
    } catch let error as GraphError {
      throw error
    } catch let error as JSONSyntaxError {
      throw .badInput(file: input.name, line: error.line, reason: "malformed JSON: \(error.message)")
    } catch {
      throw .badInput(file: input.name, line: nil, reason: "\(error)")
    }
  }

  private func readLines(_ input: RecordInput, into sink: RecordSink) throws {
    var jsonl = false
    var first = true
    while let text = try input.lines.next() {
      if text.utf8.allSatisfy({ $0 == 0x20 || $0 == 0x09 || $0 == 0x0D }) { continue }
      let line = input.lines.lineNumber
      if let convertLine, let outcome = convertLine(text, line) {
        jsonl = true
        first = false
        try deliver(outcome, line: line, into: sink)
        continue
      }
      let scanner = JSONScanner(text: text, line: line)
      do {
        let value = try scanner.parseValue()
        if try scanner.peek() != nil {
          throw JSONSyntaxError(line: line, message: "text after the end of the JSON value")
        }
        jsonl = true
        first = false
        try emit(value, line: line, into: sink)
      } catch let error as JSONSyntaxError {
        if first && error.endedEarly && !jsonl {
          let document = JSONScanner(text: text, line: line, continuingWith: input.lines)
          try walkDocument(document, into: sink)
          return
        }
        first = false
        try sink.skip(line: line, reason: "malformed JSON line: \(error.message)")
      }
    }
  }

  // MARK: JSONL: one parsed value per line

  private func emit(_ value: JSONValue, line: Int, into sink: RecordSink) throws {
    let works = works(in: value)
    if works.isEmpty, value.object != nil, !isWorkWrapper(value) {
      try deliver(value, line: line, into: sink)
      return
    }
    for work in works { try deliver(work, line: line, into: sink) }
  }

  /// True when `value` is a wrapper (has a record array or wrapper key) that holds no work.
  private func isWorkWrapper(_ value: JSONValue) -> Bool {
    guard let object = value.object else { return false }
    return object.containsName { layout.recordArrays.contains($0) || layout.wrappers.contains($0) }
  }

  /// The work objects in a fully parsed value.
  private func works(in value: JSONValue) -> [JSONValue] {
    switch value {
    case .array(let elements): return elements
    case .object(let members):
      for key in layout.recordArrays {
        if let elements = members[key]?.array { return elements }
      }
      for key in layout.wrappers {
        if let inner = members[key], inner.object != nil {
          let found = works(in: inner)
          return found.isEmpty && !isWorkWrapper(inner) ? [inner] : found
        }
      }
      return []
    default: return [value]
    }
  }

  private func deliver(_ value: JSONValue, line: Int, into sink: RecordSink) throws {
    guard value.object != nil else {
      try sink.skip(line: line, reason: "a work must be a JSON object")
      return
    }
    try deliver(convert(value, line), line: line, into: sink)
  }

  private func deliver(_ outcome: Outcome, line: Int, into sink: RecordSink) throws {
    switch outcome {
    case .record(let record): try sink.emit(record)
    case .skip(let reason): try sink.skip(line: line, reason: reason)
    }
  }

  // MARK: One document over many lines, walked member by member

  private func walkDocument(_ scanner: JSONScanner, into sink: RecordSink) throws {
    guard let first = try scanner.peek() else { return }
    let line = scanner.line
    if first == UInt8(ascii: "[") {
      try streamArray(scanner, into: sink)
    } else if first == UInt8(ascii: "{") {
      let (found, rest) = try walkObject(scanner, depth: 0, into: sink)
      if !found { try deliver(.object(rest), line: line, into: sink) }
    } else {
      try sink.skip(line: line, reason: "not a JSON object or array")
      _ = try scanner.parseValue()
    }
    if try scanner.peek() != nil {
      throw JSONSyntaxError(line: scanner.line, message: "text after the end of the JSON document")
    }
  }

  /// Walks an object; streams record arrays and wrappers. Returns whether works were found
  /// inside, and the other members (the object itself when no works were found).
  private func walkObject(_ scanner: JSONScanner, depth: Int, into sink: RecordSink) throws
    -> (Bool, JSONObject)
  {
    var found = false
    var rest = JSONObject()
    try scanner.forEachMember(depth: depth) { key in
      let next = try scanner.peek()
      if layout.recordArrays.contains(key), next == UInt8(ascii: "[") {
        found = true
        try streamArray(scanner, into: sink)
      } else if layout.wrappers.contains(key), next == UInt8(ascii: "{") {
        let line = scanner.line
        let (inner, innerRest) = try walkObject(scanner, depth: depth + 1, into: sink)
        found = true
        if !inner { try deliver(.object(innerRest), line: line, into: sink) }
      } else {
        rest.append(key, try scanner.parseValue(depth: depth + 1))
      }
    }
    return (found, rest)
  }

  private func streamArray(_ scanner: JSONScanner, into sink: RecordSink) throws {
    try scanner.forEachElement {
      _ = try scanner.peek()
      let line = scanner.line
      let value = try scanner.parseValue(depth: 1)
      try deliver(value, line: line, into: sink)
    }
  }
}
