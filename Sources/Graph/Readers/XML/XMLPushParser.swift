import Foundation
internal import CLibXML2

/// What an `XMLPushParser` hands its events to. Element names arrive as positions in
/// `elementNames` (nil for any other name), so the handler switches on small integers.
protocol XMLPushHandler: AnyObject {
  /// The element names the handler tells apart.
  var elementNames: [String] { get }
  /// A start tag: the name's position in `elementNames` (nil for others), its attributes,
  /// and the line of the tag.
  func start(_ element: Int?, attributes: XMLAttributes, line: Int) throws(GraphError)
  /// An end tag (also sent right after `start` for `<x/>`).
  func end(_ element: Int?) throws(GraphError)
  /// Character data (entities and CDATA already decoded), possibly in several pieces.
  func text(_ bytes: UnsafeBufferPointer<UInt8>)
}

/// The attributes of one start tag, read on demand (libxml2's SAX2 array: name, prefix, URI,
/// value start, value end per attribute). Valid only during `start`.
struct XMLAttributes {
  fileprivate let base: UnsafeMutablePointer<UnsafePointer<xmlChar>?>?
  fileprivate let count: Int

  /// The value of the attribute named `name` (any namespace), or nil.
  func value(_ name: String) -> String? {
    guard let base else { return nil }
    for i in 0..<count {
      guard let local = base[5 * i], let start = base[5 * i + 3], let end = base[5 * i + 4]
      else { continue }
      if String(cString: local) == name {
        return String(decoding: UnsafeBufferPointer(start: start, count: end - start), as: UTF8.self)
      }
    }
    return nil
  }
}

/// Streams an XML document through libxml2's SAX2 push parser (`xmlCreatePushParserCtxt`,
/// `xmlParseChunk`), chunk by chunk from a `ByteSource`, calling a handler per tag and text
/// run: no tree is built, unlike `XMLPullReader` (issue 8: libxml2's reader interface cost
/// 1.6 s on the PubMed half file where SAX costs 0.9 s, inflating included).
///
/// Same safety as `XMLPullReader`: `XML_PARSE_NONET`, no DTD loaded, no entity resolver, so
/// nothing is fetched. Errors: a fatal parse error ends the parse with `.badInput` naming
/// the file, the line and libxml2's message; a byte-source failure (corrupt gzip) and an
/// error the handler throws are rethrown as they are. The parser context is freed on every
/// path.
final class XMLPushParser {
  private let source: ByteSource
  private let handler: any XMLPushHandler
  /// Element-name pointer (interned by libxml2's dictionary) → position in `elementNames`.
  private var codeByName = PointerCodes()
  private var codeByText: [String: Int] = [:]
  /// The first error a handler threw; the parser is stopped when it is set.
  private var handlerError: GraphError?
  private var context: xmlParserCtxtPtr?

  init(source: ByteSource, handler: any XMLPushHandler) {
    self.source = source
    self.handler = handler
    for (i, name) in handler.elementNames.enumerated() { codeByText[name] = i }
  }

  /// Parses the whole source, calling the handler; returns at the end of the document.
  func parse() throws(GraphError) {
    var sax = xmlSAXHandler()
    sax.initialized = XML_SAX2_MAGIC
    sax.startElementNs = pushStartElement
    sax.endElementNs = pushEndElement
    sax.characters = pushCharacters
    sax.cdataBlock = pushCharacters
    sax.ignorableWhitespace = pushCharacters
    sax.serror = pushIgnoreError  // errors are read from the context, never printed
    let unmanaged = Unmanaged.passUnretained(self)
    guard let created = xmlCreatePushParserCtxt(&sax, unmanaged.toOpaque(), nil, 0, nil) else {
      throw .badInput(file: source.name, line: nil, reason: "cannot start the XML parser")
    }
    context = created
    defer {
      xmlFreeParserCtxt(created)
      context = nil
    }
    _ = xmlCtxtUseOptions(created, Int32(XML_PARSE_NONET.rawValue))
    while let chunk = try source.next() {
      guard !chunk.isEmpty else { continue }
      chunk.withUnsafeBufferPointer { bytes in
        bytes.withMemoryRebound(to: CChar.self) {
          _ = xmlParseChunk(created, $0.baseAddress, Int32($0.count), 0)
        }
      }
      try check(created)
    }
    _ = xmlParseChunk(created, nil, 0, 1)
    try check(created)
  }

  /// Throws what stopped the parse, if anything did.
  private func check(_ context: xmlParserCtxtPtr) throws(GraphError) {
    if let handlerError { throw handlerError }
    guard context.pointee.disableSAX != 0 else { return }
    let error = context.pointee.lastError
    let message = error.message.map { String(cString: $0) } ?? "the XML parser stopped"
    let line = error.line > 0 ? Int(error.line) : currentLine
    throw .badInput(
      file: source.name, line: line,
      reason: "malformed XML: \(message.trimmingCharacters(in: .whitespacesAndNewlines))")
  }

  /// The parser's current line (at a start tag: the line its `>` is on).
  private var currentLine: Int {
    guard let input = context?.pointee.input else { return 0 }
    return Int(input.pointee.line)
  }

  fileprivate func start(
    _ name: UnsafePointer<xmlChar>, _ count: Int32,
    _ attributes: UnsafeMutablePointer<UnsafePointer<xmlChar>?>?
  ) {
    guard handlerError == nil else { return }
    do {
      try handler.start(
        code(of: name), attributes: XMLAttributes(base: attributes, count: Int(count)),
        line: currentLine)
    } catch {
      stop(error)
    }
  }

  fileprivate func end(_ name: UnsafePointer<xmlChar>) {
    guard handlerError == nil else { return }
    do { try handler.end(code(of: name)) } catch { stop(error) }
  }

  fileprivate func characters(_ bytes: UnsafePointer<xmlChar>, _ count: Int32) {
    guard handlerError == nil else { return }
    handler.text(UnsafeBufferPointer(start: bytes, count: Int(count)))
  }

  private func stop(_ error: GraphError) {
    handlerError = error
    if let context { xmlStopParser(context) }
  }

  /// The position of `name` in the handler's names. libxml2 interns element names in its
  /// dictionary, so each distinct pointer is decoded once.
  private func code(of name: UnsafePointer<xmlChar>) -> Int? {
    let key = UInt(bitPattern: name)
    if let code = codeByName[key] { return code < 0 ? nil : code }
    let code = codeByText[String(cString: name)]
    codeByName.insert(key, code ?? -1)
    return code
  }
}

/// A small open-addressing table from name pointers to codes: a document has a few hundred
/// distinct element names, each looked up at every tag (issue 8: a `Dictionary` hashed with
/// SipHash was 6% of the PubMed reader). Stops taking keys when half full (lookups of
/// unseen keys then decode the name each time, still correct).
private struct PointerCodes {
  private static let capacity = 2048  // a power of two: slots wrap with a mask
  private var keys = [UInt](repeating: 0, count: capacity)
  private var codes = [Int](repeating: 0, count: capacity)
  private var count = 0

  subscript(key: UInt) -> Int? {
    var slot = Self.slot(key)
    while keys[slot] != 0 {
      if keys[slot] == key { return codes[slot] }
      slot = (slot + 1) & (Self.capacity - 1)
    }
    return nil
  }

  mutating func insert(_ key: UInt, _ code: Int) {
    guard count < Self.capacity / 2 else { return }
    var slot = Self.slot(key)
    while keys[slot] != 0 && keys[slot] != key { slot = (slot + 1) & (Self.capacity - 1) }
    if keys[slot] == 0 { count += 1 }
    keys[slot] = key
    codes[slot] = code
  }

  private static func slot(_ key: UInt) -> Int {
    Int(truncatingIfNeeded: (key >> 3) &* 0x9E37_79B9) & (capacity - 1)
  }
}

private func pushParser(_ context: UnsafeMutableRawPointer?) -> XMLPushParser? {
  context.map { Unmanaged<XMLPushParser>.fromOpaque($0).takeUnretainedValue() }
}

private func pushStartElement(
  _ context: UnsafeMutableRawPointer?, _ localName: UnsafePointer<xmlChar>?,
  _ prefix: UnsafePointer<xmlChar>?, _ uri: UnsafePointer<xmlChar>?, _ namespaceCount: Int32,
  _ namespaces: UnsafeMutablePointer<UnsafePointer<xmlChar>?>?, _ attributeCount: Int32,
  _ defaultedCount: Int32, _ attributes: UnsafeMutablePointer<UnsafePointer<xmlChar>?>?
) {
  guard let localName else { return }
  pushParser(context)?.start(localName, attributeCount, attributes)
}

private func pushEndElement(
  _ context: UnsafeMutableRawPointer?, _ localName: UnsafePointer<xmlChar>?,
  _ prefix: UnsafePointer<xmlChar>?, _ uri: UnsafePointer<xmlChar>?
) {
  guard let localName else { return }
  pushParser(context)?.end(localName)
}

private func pushCharacters(
  _ context: UnsafeMutableRawPointer?, _ bytes: UnsafePointer<xmlChar>?, _ count: Int32
) {
  guard let bytes, count > 0 else { return }
  pushParser(context)?.characters(bytes, count)
}

private func pushIgnoreError(_ context: UnsafeMutableRawPointer?, _ error: xmlErrorPtr?) {}
