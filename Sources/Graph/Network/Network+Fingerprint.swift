extension Network {
  /// SHA-256 of the network's canonical text (kind, nodes, edges with weights), recorded with
  /// every analysis run so a result can be matched to the exact network it came from.
  public var fingerprint: String {
    var hasher = SHA256()
    hasher.update(Array("\(kind.rawValue) directed=\(isDirected)\n".utf8))
    for node in nodes { hasher.update(Array("n \(node.id)\n".utf8)) }
    for edge in edges {
      hasher.update(Array("e \(edge.source) \(edge.target) \(edge.weight)\n".utf8))
    }
    return hasher.finalizeHex()
  }
}
