import Foundation
internal import CLibXML2

/// A forward-only XML pull parser over a `ByteSource`: a thin wrapper of libxml2's streaming
/// `xmlTextReader`, fed chunk by chunk through `xmlReaderForIO`, so memory stays bounded
/// whatever the file size (one node, plus libxml2's small look-ahead buffer).
///
/// Safety: the parser never touches the network (`XML_PARSE_NONET`), loads no DTD and
/// substitutes no entities of a DTD (no `XML_PARSE_DTDLOAD`/`XML_PARSE_NOENT`), so external
/// entities cannot be fetched. Formats whose files rely on DTD character entities (DBLP) pass
/// an `entities` table: `&name;` references are rewritten to numeric references before
/// libxml2 sees the bytes (see `XMLEntityFilter`).
///
/// Errors: a fatal libxml2 error (malformed XML) or a failure of the byte source (corrupt
/// gzip) makes `read()` throw `GraphError.badInput` with the file and the parser's line.
/// The libxml2 reader is freed in `deinit`, on every path.
final class XMLPullReader {
  /// The kinds of node the readers care about.
  enum NodeKind: Equatable {
    case startElement, endElement, text, other
  }

  private let reader: xmlTextReaderPtr
  private let feed: XMLFeed
  private let unmanagedFeed: Unmanaged<XMLFeed>
  /// The input's name, for messages.
  let name: String

  /// Opens a reader on `source`. `entities` maps entity names (without `&`/`;`) to Unicode
  /// scalars substituted before parsing.
  init(source: ByteSource, entities: [String: UInt32]? = nil) throws(GraphError) {
    name = source.name
    feed = XMLFeed(source: source, filter: entities.map { XMLEntityFilter(table: $0) })
    unmanagedFeed = Unmanaged.passRetained(feed)
    let options =
      Int32(XML_PARSE_NONET.rawValue) | Int32(XML_PARSE_BIG_LINES.rawValue)
      | Int32(XML_PARSE_COMPACT.rawValue) | Int32(XML_PARSE_NOCDATA.rawValue)
    guard
      let created = xmlReaderForIO(
        xmlFeedRead, xmlFeedClose, unmanagedFeed.toOpaque(), nil, nil, options)
    else {
      unmanagedFeed.release()
      if let error = feed.error { throw error }
      throw .badInput(file: source.name, line: nil, reason: "cannot start the XML parser")
    }
    reader = created
    xmlTextReaderSetErrorHandler(reader, xmlFeedError, unmanagedFeed.toOpaque())
  }

  deinit {
    xmlFreeTextReader(reader)
    // The close callback may or may not have run (it runs when the parser ends the input);
    // the context is retained once here and released once here.
    unmanagedFeed.release()
  }

  /// Set by `skipElement` when libxml2 already stands on the node after the skipped
  /// element: the next `read()` stays there instead of advancing.
  private var holdingNext = false

  /// Advances to the next node; false at the end of the document.
  func read() throws(GraphError) -> Bool {
    if holdingNext {
      holdingNext = false
      return true
    }
    return try settle(xmlTextReaderRead(reader))
  }

  /// Turns a libxml2 reader status into the `read()` result, noting text lines.
  private func settle(_ status: Int32) throws(GraphError) -> Bool {
    if let error = feed.error { throw error }
    if status == 1 {
      let type = xmlTextReaderNodeType(reader)
      if type == 3 || type == 13 || type == 14, let node = xmlTextReaderCurrentNode(reader) {
        lastTextLine = Int(xmlGetLineNo(node))
      }
      return true
    }
    if status == 0 { return false }
    let message = feed.fatalMessage ?? "the XML parser stopped"
    throw .badInput(
      file: name, line: feed.fatalLine ?? parserLine, reason: "malformed XML: \(message)")
  }

  /// The kind of the current node.
  var kind: NodeKind {
    switch xmlTextReaderNodeType(reader) {
    case 1: return .startElement
    case 15: return .endElement
    case 3, 4, 13, 14: return .text
    default: return .other
    }
  }

  /// True for the text kinds that are only whitespace between elements (13 = whitespace).
  var isIgnorableWhitespace: Bool { xmlTextReaderNodeType(reader) == 13 }

  /// The local name of the current element (empty for nameless nodes).
  var localName: String {
    guard let name = xmlTextReaderConstLocalName(reader) else { return "" }
    return String(cString: name)
  }

  /// True when the current element is written `<x/>` (no end-element node follows).
  var isEmptyElement: Bool { xmlTextReaderIsEmptyElement(reader) == 1 }

  /// Depth of the current node (the root element is 0).
  var depth: Int { Int(xmlTextReaderDepth(reader)) }

  /// The text of the current text node.
  var value: String {
    guard let text = xmlTextReaderConstValue(reader) else { return "" }
    return String(cString: text)
  }

  /// The value of attribute `attributeName` of the current element.
  func attribute(_ attributeName: String) -> String? {
    guard xmlTextReaderMoveToAttribute(reader, attributeName) == 1 else { return nil }
    defer { _ = xmlTextReaderMoveToElement(reader) }
    guard let text = xmlTextReaderConstValue(reader) else { return nil }
    return String(cString: text)
  }

  /// The line where the last text node (often the whitespace before an element) ended.
  private var lastTextLine = 0

  /// The 1-based line of the current node in the (decompressed) input.
  ///
  /// libxml2 stores element lines in 16 bits: from line 65,535 on, an element's line is taken
  /// as the line where the preceding text node (the indentation before the tag) ends, which
  /// is the tag's line in any file that puts its elements on separate lines.
  var line: Int {
    guard let node = xmlTextReaderCurrentNode(reader) else { return parserLine }
    if node.pointee.type == XML_ELEMENT_NODE {
      let short = Int(node.pointee.line)
      if short > 0 && short < 65_535 { return short }
      return lastTextLine > 0 ? lastTextLine : parserLine
    }
    let number = Int(xmlGetLineNo(node))
    return number > 0 ? number : parserLine
  }

  /// The line the parser has reached (may be a little ahead of the current node).
  var parserLine: Int { Int(xmlTextReaderGetParserLineNumber(reader)) }

  /// The text content of the current element, inline markup (`<i>`, `<sup>`) dropped but
  /// its text kept, with runs of whitespace collapsed; leaves the reader on the element's
  /// end. Call on a start element.
  func readElementText() throws(GraphError) -> String {
    guard !isEmptyElement else { return "" }
    let startDepth = depth
    // Collapsed while copied from libxml2's buffers: one String per element, none per node.
    collector.reset()
    while try read() {
      switch xmlTextReaderNodeType(reader) {
      case 3, 4, 13, 14:
        guard let text = xmlTextReaderConstValue(reader) else { continue }
        collector.append(UnsafeBufferPointer(start: text, count: Int(xmlStrlen(text))))
      case 15 where depth == startDepth:
        return collector.text
      default:
        continue
      }
    }
    return collector.text
  }

  /// The buffer `readElementText` collapses into, kept between calls.
  private var collector = TextCollector()

  /// Moves past the end of the current element without looking at its content: libxml2's
  /// `xmlTextReaderNext` steps over the subtree without handing each of its nodes to Swift
  /// (most of a DBLP record is skipped). The next
  /// `read()` then returns the node that follows the element.
  func skipElement() throws(GraphError) {
    guard !isEmptyElement else { return }
    holdingNext = try settle(xmlTextReaderNext(reader))
  }

  /// Trims and collapses runs of ASCII whitespace (line breaks inside titles) to single
  /// spaces; other characters, non-breaking spaces included, are kept as they are.
  /// - Complexity: one pass over the bytes; a text already collapsed (nearly every JSON
  ///   value) is returned as it is, checked over its contiguous storage (at a million works
  ///   the check ran over a gigabyte of values, 4.9 s on the reader thread byte by byte).
  static func collapse(_ text: String) -> String {
    let collapsed =
      text.utf8.withContiguousStorageIfAvailable(isCollapsed) ?? isCollapsed(Array(text.utf8))
    if collapsed { return text }
    var collector = TextCollector()
    var copy = text
    copy.withUTF8 { collector.append($0) }
    return collector.text
  }

  /// True when `bytes` is not empty and has no tab, line break, leading or trailing space,
  /// or two spaces in a row.
  private static func isCollapsed<Bytes: RandomAccessCollection<UInt8>>(_ bytes: Bytes) -> Bool {
    var previousSpace = true  // a leading space needs work too
    for byte in bytes {
      if byte == 0x20 {
        if previousSpace { return false }
        previousSpace = true
      } else if byte == 0x09 || byte == 0x0A || byte == 0x0D {
        return false
      } else {
        previousSpace = false
      }
    }
    return !previousSpace
  }
}

/// The context libxml2's callbacks receive: the byte source, the pending chunk, and the
/// first error seen.
final class XMLFeed {
  let source: ByteSource
  let filter: XMLEntityFilter?
  var pending: [UInt8] = []
  var offset = 0
  var ended = false
  /// A failure of the byte source (corrupt gzip, I/O), rethrown by the reader.
  var error: GraphError?
  /// The last error-level parser message and its line (the fatal one when the parse stops).
  var fatalMessage: String?
  var fatalLine: Int?

  init(source: ByteSource, filter: XMLEntityFilter?) {
    self.source = source
    self.filter = filter
  }

  /// Copies up to `capacity` bytes into `buffer`; 0 at the end, -1 on a source failure.
  func fill(_ buffer: UnsafeMutablePointer<CChar>, capacity: Int) -> Int32 {
    while offset >= pending.count {
      if ended { return 0 }
      do {
        if let chunk = try source.next() {
          pending = filter?.process(chunk, atEnd: false) ?? chunk
        } else {
          ended = true
          pending = filter?.process([], atEnd: true) ?? []
        }
        offset = 0
      } catch {
        self.error = error
        return -1
      }
    }
    let count = min(capacity, pending.count - offset)
    pending.withUnsafeBufferPointer { bytes in
      guard let base = bytes.baseAddress else { return }
      UnsafeMutableRawPointer(buffer).copyMemory(from: base + offset, byteCount: count)
    }
    offset += count
    return Int32(count)
  }
}

/// libxml2 read callback: pulls the next bytes from the `XMLFeed` context.
private func xmlFeedRead(
  _ context: UnsafeMutableRawPointer?, _ buffer: UnsafeMutablePointer<CChar>?, _ length: Int32
) -> Int32 {
  guard let context, let buffer, length > 0 else { return -1 }
  let feed = Unmanaged<XMLFeed>.fromOpaque(context).takeUnretainedValue()
  return feed.fill(buffer, capacity: Int(length))
}

/// libxml2 close callback: nothing to do (the `XMLPullReader` owns the context).
private func xmlFeedClose(_ context: UnsafeMutableRawPointer?) -> Int32 { 0 }

/// libxml2 error callback: remembers the latest error-level message and its line, so that
/// `read()` can report it when the parse stops; warnings are ignored, and errors libxml2
/// recovers from (the parse goes on) are not reported.
private func xmlFeedError(
  _ context: UnsafeMutableRawPointer?, _ message: UnsafePointer<CChar>?,
  _ severity: xmlParserSeverities, _ locator: xmlTextReaderLocatorPtr?
) {
  guard let context else { return }
  let feed = Unmanaged<XMLFeed>.fromOpaque(context).takeUnretainedValue()
  guard severity == XML_PARSER_SEVERITY_ERROR else { return }
  let text = message.map { String(cString: $0) } ?? "parse error"
  feed.fatalMessage = text.trimmingCharacters(in: .whitespacesAndNewlines)
  if let locator {
    let line = Int(xmlTextReaderLocatorLineNumber(locator))
    if line > 0 { feed.fatalLine = line }
  }
}
