internal import CIgraph

/// `igraph_integer_t`, named once so an igraph 1.0 upgrade (`igraph_int_t`) touches one line.
typealias IGInt = igraph_integer_t

/// Scoped `igraph_vector_int_t` temporaries: init, run, destroy (also on throw), copy out.
enum IgraphVectorInt {
  /// Runs `body` with an empty vector that is destroyed when `body` returns or throws.
  static func withTemporary<R>(
    _ body: (UnsafeMutablePointer<igraph_vector_int_t>) throws(GraphError) -> R
  ) throws(GraphError) -> R {
    let v = UnsafeMutablePointer<igraph_vector_int_t>.allocate(capacity: 1)
    defer { v.deallocate() }
    try check(igraph_vector_int_init(v, 0), "igraph_vector_int_init")
    defer { igraph_vector_int_destroy(v) }
    return try body(v)
  }

  /// Runs `body` with a vector holding `values`.
  static func withTemporary<R>(
    copying values: [Int],
    _ body: (UnsafeMutablePointer<igraph_vector_int_t>) throws(GraphError) -> R
  ) throws(GraphError) -> R {
    try withTemporary { v throws(GraphError) in
      try check(igraph_vector_int_resize(v, IGInt(values.count)), "igraph_vector_int_resize")
      for (i, value) in values.enumerated() { igraph_vector_int_set(v, IGInt(i), IGInt(value)) }
      return try body(v)
    }
  }

  /// Copies the vector's contents into a Swift array.
  static func toArray(_ v: UnsafePointer<igraph_vector_int_t>) -> [Int] {
    let n = Int(igraph_vector_int_size(v))
    var out = [Int](repeating: 0, count: n)
    for i in 0..<n { out[i] = Int(igraph_vector_int_get(v, IGInt(i))) }
    return out
  }
}

/// Scoped `igraph_vector_t` (double) temporaries.
enum IgraphVectorReal {
  /// Runs `body` with an empty vector destroyed afterwards.
  static func withTemporary<R>(
    _ body: (UnsafeMutablePointer<igraph_vector_t>) throws(GraphError) -> R
  ) throws(GraphError) -> R {
    let v = UnsafeMutablePointer<igraph_vector_t>.allocate(capacity: 1)
    defer { v.deallocate() }
    try check(igraph_vector_init(v, 0), "igraph_vector_init")
    defer { igraph_vector_destroy(v) }
    return try body(v)
  }

  /// Runs `body` with a vector holding `values`, or with `nil` when `values` is nil.
  static func withOptional<R>(
    copying values: [Double]?,
    _ body: (UnsafeMutablePointer<igraph_vector_t>?) throws(GraphError) -> R
  ) throws(GraphError) -> R {
    guard let values else { return try body(nil) }
    return try withTemporary { v throws(GraphError) in
      try check(igraph_vector_resize(v, IGInt(values.count)), "igraph_vector_resize")
      for (i, value) in values.enumerated() { igraph_vector_set(v, IGInt(i), value) }
      return try body(v)
    }
  }

  /// Copies the vector's contents into a Swift array.
  static func toArray(_ v: UnsafePointer<igraph_vector_t>) -> [Double] {
    let n = Int(igraph_vector_size(v))
    var out = [Double](repeating: 0, count: n)
    for i in 0..<n { out[i] = igraph_vector_get(v, IGInt(i)) }
    return out
  }
}

/// Scoped `igraph_vector_int_list_t` temporaries.
enum IgraphVectorIntList {
  /// Runs `body` with an empty list destroyed afterwards.
  static func withTemporary<R>(
    _ body: (UnsafeMutablePointer<igraph_vector_int_list_t>) throws(GraphError) -> R
  ) throws(GraphError) -> R {
    let list = UnsafeMutablePointer<igraph_vector_int_list_t>.allocate(capacity: 1)
    defer { list.deallocate() }
    try check(igraph_vector_int_list_init(list, 0), "igraph_vector_int_list_init")
    defer { igraph_vector_int_list_destroy(list) }
    return try body(list)
  }

  /// Copies every vector of the list into Swift arrays.
  static func toArrays(_ list: UnsafePointer<igraph_vector_int_list_t>) -> [[Int]] {
    let n = Int(igraph_vector_int_list_size(list))
    return (0..<n).map { i in
      IgraphVectorInt.toArray(igraph_vector_int_list_get_ptr(list, IGInt(i)))
    }
  }
}

/// Scoped `igraph_matrix_int_t` temporaries (merge matrices of hierarchical algorithms).
enum IgraphMatrixInt {
  /// Runs `body` with an empty 0×0 matrix destroyed afterwards.
  static func withTemporary<R>(
    _ body: (UnsafeMutablePointer<igraph_matrix_int_t>) throws(GraphError) -> R
  ) throws(GraphError) -> R {
    let m = UnsafeMutablePointer<igraph_matrix_int_t>.allocate(capacity: 1)
    defer { m.deallocate() }
    try check(igraph_matrix_int_init(m, 0, 0), "igraph_matrix_int_init")
    defer { igraph_matrix_int_destroy(m) }
    return try body(m)
  }
}
