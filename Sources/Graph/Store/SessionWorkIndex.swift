/// The works one ingest stored, by citable identifier (`doi`, `pmid`, `openalex`), the first
/// work kept like `work_identifier`'s primary key: references to them resolve as they are
/// stored (`IngestWriter`).
///
/// Looked up once per reference (19 per work in the benchmark corpus), so PMIDs and OpenAlex
/// work ids (`W` + digits) are keyed by their number: hashing one integer instead of the
/// scheme and value strings of an `Identifier`, in an `IntegerTable`. Other values are keyed
/// by their text.
struct SessionWorkIndex {
  private var numbered = IntegerTable()
  private var texts: [Identifier: Int64] = [:]

  /// Notes `work` under `scheme`/`value` unless a work already has that identifier.
  mutating func noteFirst(scheme: String, value: String, work: Int64) {
    if let key = Self.numberKey(scheme: scheme, value: value) {
      numbered.insertIfAbsent(key, work)
    } else {
      let id = Identifier(scheme, value)
      if texts[id] == nil { texts[id] = work }
    }
  }

  /// The work noted under `scheme`/`value`, if any.
  func work(scheme: String, value: String) -> Int64? {
    work(scheme: scheme, value: value, number: Self.numberKey(scheme: scheme, value: value))
  }

  /// `work(scheme:value:)` when `number` is already `numberKey(scheme:value:)`.
  func work(scheme: String, value: String, number: Int?) -> Int64? {
    if let number { return work(number: number) }
    return texts[Identifier(scheme, value)]
  }

  /// The work noted under the id whose `numberKey` is `number`.
  func work(number: Int) -> Int64? { numbered[number] }

  /// Hints that `work(scheme:value:number:)` will soon look up `number` (see
  /// `IntegerTable.prefetch`).
  func prefetch(number: Int?) {
    if let number { numbered.prefetch(number) }
  }

  /// Twice the number of a PMID (all digits) or OpenAlex id (`W` and digits), plus one for
  /// OpenAlex; nil for other schemes, other shapes, leading zeros or more than 17 digits (so
  /// that distinct texts never share a key).
  static func numberKey(scheme: String, value: String) -> Int? {
    let tag: Int
    var digits = value.utf8[...]
    switch scheme {
    case "pmid": tag = 0
    case "openalex":
      guard digits.first == UInt8(ascii: "W") else { return nil }
      digits = digits.dropFirst()
      tag = 1
    default: return nil
    }
    guard let number = decimalNumber(digits) else { return nil }
    return number * 2 + tag
  }

  /// The number `digits` spell, or nil when they are empty, start with a zero, number more
  /// than 17 or include another byte: one text per number, so numbers stand for texts.
  /// Reads the bytes in place: a work's every reference asks (walking the view's indexes cost
  /// about 350 instructions a reference, issue 8).
  static func decimalNumber(_ digits: Substring.UTF8View) -> Int? {
    digits.withContiguousStorageIfAvailable(decimalNumber(bytes:))
      ?? Array(digits).withUnsafeBufferPointer(decimalNumber(bytes:))
  }

  private static func decimalNumber(bytes: UnsafeBufferPointer<UInt8>) -> Int? {
    guard let first = bytes.first, first != UInt8(ascii: "0"), bytes.count <= 17 else {
      return nil
    }
    var number = 0
    for byte in bytes {
      guard byte >= UInt8(ascii: "0"), byte <= UInt8(ascii: "9") else { return nil }
      number = number * 10 + Int(byte - UInt8(ascii: "0"))
    }
    return number
  }
}
