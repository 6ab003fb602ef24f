/// A parsed JSON value. Numbers keep their text (years, volumes and ids are read from it).
enum JSONValue: Sendable, Equatable {
  case null
  case bool(Bool)
  case number(String)
  case string(String)
  case array([JSONValue])
  case object(JSONObject)

  /// The member `key` of an object; nil for other values or a missing key.
  subscript(key: String) -> JSONValue? {
    if case .object(let members) = self { return members[key] }
    return nil
  }

  /// The members of an object.
  var object: JSONObject? {
    if case .object(let members) = self { return members }
    return nil
  }

  /// The elements of an array.
  var array: [JSONValue]? {
    if case .array(let elements) = self { return elements }
    return nil
  }

  /// A string, or a number's text; trimmed, nil when empty.
  var text: String? {
    let raw: String
    switch self {
    case .string(let value): raw = value
    case .number(let value): raw = value
    default: return nil
    }
    let trimmed = XMLPullReader.collapse(raw)
    return trimmed.isEmpty ? nil : trimmed
  }

  /// An integer from a number (`2014`, `2014.0`) or a string of digits.
  var int: Int? {
    switch self {
    case .number(let value):
      if let exact = Int(value) { return exact }
      if let real = Double(value), real.isFinite, real.rounded() == real, abs(real) < 1e15 {
        return Int(real)
      }
      return nil
    case .string(let value): return Int(value.trimmingSpacesAndNewlines())
    default: return nil
    }
  }

  /// The first text of an array of strings (Crossref `title`), or the text itself.
  var firstText: String? {
    if case .array(let elements) = self { return elements.lazy.compactMap(\.text).first }
    return text
  }
}

extension String {
  /// The string without leading and trailing whitespace.
  func trimmingSpacesAndNewlines() -> String { String(self[...].trimmingSpaces()) }
}
