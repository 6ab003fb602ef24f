import Foundation
@testable import Graph
import GraphTestSupport
import Testing

/// `OpenAlexLineScanner` reads a JSONL line into the record `OpenAlexReader.convert` makes of
/// the parsed line (the definition), or leaves the line to the general parser.
@Suite struct OpenAlexLineScannerTests {
  /// The general path's outcome of `text`: parse, then convert (nil when it is not one work).
  static func general(_ text: String, line: Int) -> JSONRecordStream.Outcome? {
    let scanner = JSONScanner(text: text, line: line)
    guard let value = try? scanner.parseValue(), (try? scanner.peek()) == .some(nil),
      value.object != nil, value["results"] == nil
    else { return nil }
    return OpenAlexReader.convert(value, line: line)
  }

  static func same(_ a: JSONRecordStream.Outcome?, _ b: JSONRecordStream.Outcome?) -> Bool {
    switch (a, b) {
    case (.record(let x)?, .record(let y)?): return x == y
    case (.skip(let x)?, .skip(let y)?): return x == y
    case (nil, nil): return true
    default: return false
    }
  }

  /// Every work of a real API page, written one per line with and without escaped slashes
  /// (JSONSerialization writes `\/`, so most strings then take the escape path).
  @Test(.enabled(if: RepositoryPaths.shared("data/openalex-works-json") != nil, "needs ../shared"))
  func realWorksGiveTheRecordsOfTheGeneralPath() throws {
    let file = try #require(
      RepositoryPaths.shared("data/openalex-works-json/openalex_works_response_49.json"))
    let page = try #require(
      try JSONSerialization.jsonObject(with: Data(contentsOf: file)) as? [String: Any])
    let works = try #require(page["results"] as? [[String: Any]])
    #expect(works.count == 49)
    // The page exercises authorships and references (a record with neither proves little).
    let firstLine = String(
      decoding: try JSONSerialization.data(withJSONObject: works[0]), as: UTF8.self)
    guard case .record(let first)? = Self.general(firstLine, line: 1) else {
      Issue.record("the first work gives no record")
      return
    }
    #expect(!first.authors.isEmpty && !first.references.isEmpty)
    var scanned = 0
    var escapedNames = 0
    for options in [[], JSONSerialization.WritingOptions.withoutEscapingSlashes] {
      // The writer escapes '"', '\\', control characters and (by default) '/': a work with
      // such a member name (abstract words such as "and/or") is left to the general path.
      let escaped: (String) -> Bool = { name in
        name.unicodeScalars.contains {
          $0 == "\"" || $0 == "\\" || $0.value < 0x20
            || ($0 == "/" && !options.contains(.withoutEscapingSlashes))
        }
      }
      escapedNames += works.filter { Self.memberNames(of: $0).contains(where: escaped) }.count
      for (index, work) in works.enumerated() {
        let text = String(
          decoding: try JSONSerialization.data(withJSONObject: work, options: options),
          as: UTF8.self)
        let fast = OpenAlexLineScanner.outcome(of: text, line: index + 1)
        let expected = Self.general(text, line: index + 1)
        #expect(expected != nil)
        if fast != nil { scanned += 1 }
        #expect(fast == nil || Self.same(fast, expected), "work \(index) \(options)")
      }
    }
    #expect(escapedNames > 0 && escapedNames < 20)
    #expect(scanned == 98 - escapedNames)  // every other line taken by the walk
  }

  /// Every member name of a JSONSerialization value, at any depth.
  static func memberNames(of value: Any) -> [String] {
    if let object = value as? [String: Any] {
      return object.flatMap { [$0.key] + memberNames(of: $0.value) }
    }
    if let array = value as? [Any] { return array.flatMap { memberNames(of: $0) } }
    return []
  }

  /// Lines shaped to reach every rule: repeated members (the last counts), values of other
  /// types, escapes, whitespace to collapse, non-ASCII, and lines only the general path takes.
  @Test func unusualLinesGiveTheRecordsOfTheGeneralPath() {
    let lines: [(text: String, scanned: Bool)] = [
      (#"{"id":"https://openalex.org/W1","title":"A  title ","title":"Later","publication_year":"2001","authorships":[{"author":{"display_name":"Ann Bee","id":"https://openalex.org/A1/","orcid":"0000-0002-1825-0097"},"institutions":[{"display_name":"Uni A"},null,{"id":"x"},{"display_name":" Uni  B"}]},{"raw_author_name":"Cy Dee","author":null,"raw_affiliation_strings":["Lab 1",3,null]},{"raw_author_name":"Eve","raw_affiliation_string":"Solo lab"},5,{"author":{"display_name":"X"},"author":{"id":"https://openalex.org/A9"}}],"referenced_works":["https://openalex.org/W2",null,5,""," W3 ","https://openalex.org/W4/","W5"]}"#, true),
      (#"{"ids":{"openalex":"https://openalex.org/W7","pmid":"https://pubmed.ncbi.nlm.nih.gov/123","pmcid":"456","mag":77,"doi":"10.1/X"},"display_name":"Ünïcode — title","publication_year":2004.0,"biblio":{"volume":"3","issue":null,"first_page":"10","last_page":"10"},"primary_location":{"source":{"display_name":"J. Things"}},"host_venue":{"display_name":"Other"},"authorships":"none","referenced_works":null,"extra":{"deep":[[[{"a":[1,2,{"b":true}]}]]],"n":-1.5e3,"f":false,"s":"q\"uote"}}"#, true),
      (#"{"title":"Only title","authorships":[],"authorships":[{"author":{"display_name":"Late"}}],"referenced_works":["W1"],"referenced_works":[]}"#, true),
      (#"{"doi":"https://doi.org/10.5/ABC","cited_by_count":3}"#, true),  // no id, no title
      (#"{"id":"W8","title":"esc\u00e9ape \/ here","authorships":[{"author":{"display_name":"N\u00f8 Name"}}],"referenced_works":["https:\/\/openalex.org\/W9"]}"#, true),
      (#"{"\u0074itle":"escaped member name"}"#, false),
      (#"{"meta":{},"results":[{"id":"W1","title":"In a page"}]}"#, false),
      (#"{"id":"W1","title":"t"} trailing"#, false),
      (#"{"id":"W1","title":"t","n":1.2.3}"#, false),
      (#"[{"id":"W1","title":"an array line"}]"#, false),
      (#"{"id":"W1","title":"unterminated}"#, false),
      ("{\"id\":\"W1\",\"x\":" + String(repeating: "[", count: 70) + String(repeating: "]", count: 70) + "}", false),
    ]
    for (index, entry) in lines.enumerated() {
      let fast = OpenAlexLineScanner.outcome(of: entry.text, line: index + 1)
      #expect((fast != nil) == entry.scanned, "line \(index + 1)")
      if fast != nil {
        #expect(Self.same(fast, Self.general(entry.text, line: index + 1)), "line \(index + 1)")
      }
    }
  }
}
