import Graph

/// Writes GEXF 1.3 (https://gexf.net/), the format Gephi reads natively.
///
/// Layout of the output:
///
///     <gexf xmlns="http://gexf.net/1.3" xmlns:viz="http://gexf.net/1.3/viz" ... version="1.3">
///       <meta><creator>graph</creator><description>coauthor network</description></meta>
///       <graph mode="static" defaultedgetype="undirected">
///         <attributes class="node" mode="static"> ... </attributes>
///         <attributes class="edge" mode="static"> ... </attributes>
///         <nodes>
///           <node id="1" label="Ada">
///             <attvalues><attvalue for="name" value="Ada"/> ... </attvalues>
///             <viz:color r="141" g="211" b="199"/>
///             <viz:size value="40"/>
///           </node>
///         </nodes>
///         <edges>
///           <edge id="0" source="1" target="2" weight="2"> <attvalues> ... </attvalues> </edge>
///         </edges>
///       </graph>
///     </gexf>
///
/// Attributes are declared in this fixed order (ids are fixed; titles are the names readers
/// show):
///
/// | class | id           | title         | type    | written                          |
/// |-------|--------------|---------------|---------|----------------------------------|
/// | node  | `name`       | `name`        | string  | always                           |
/// | node  | `works`      | `works`       | integer | always                           |
/// | node  | `first_year` | `first_year`  | integer | when known                       |
/// | node  | `last_year`  | `last_year`   | integer | when known                       |
/// | node  | `community`  | `community`   | integer | with community annotations       |
/// | node  | `score_<i>`  | score name    | double  | one per score, names ascending   |
/// | edge  | `works`      | `works`       | integer | always                           |
/// | edge  | `first_year` | `first_year`  | integer | when known                       |
/// | edge  | `last_year`  | `last_year`   | integer | when known                       |
///
/// Score titles follow `GraphMLWriter`'s rule (`score_<name>` for a reserved name). Node ids
/// are the store ids, labels the names; edge ids count from 0 in `(source, target)` order and
/// the edge weight is the `weight` XML attribute. `viz:color` is the community's
/// `CommunityPalette` colour (nodes without a community get none). `viz:size` comes from the
/// score `ExportOptions.sizeBy` (default: the first score name): the nodes' finite values are
/// mapped linearly from [min, max] to [4, 40] (all 10 when min = max); nodes without a value
/// get no size. There is no date in `<meta>`, so output is deterministic. Doubles use `%.6g`;
/// text goes through `XMLText.escape`.
public enum GEXFWriter {
  /// Renders `network` as GEXF 1.3; deterministic, `\n` line endings, trailing newline.
  public static func render(
    _ network: Network, annotations: NetworkAnnotations = .none, options: ExportOptions = .init()
  ) -> String {
    let scoreNames = annotations.scores.keys.sorted()
    let community = annotations.community
    let sizes = vizSizes(network, annotations: annotations, sizeBy: options.sizeBy ?? scoreNames.first)
    var out = """
      <?xml version="1.0" encoding="UTF-8"?>
      <gexf xmlns="http://gexf.net/1.3" xmlns:viz="http://gexf.net/1.3/viz" \
      xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" \
      xsi:schemaLocation="http://gexf.net/1.3 http://gexf.net/1.3/gexf.xsd" version="1.3">
        <meta>
          <creator>graph</creator>
          <description>\(XMLText.escape(network.kind.rawValue)) network</description>
        </meta>

      """
    let edgeType = network.isDirected ? "directed" : "undirected"
    out += "  <graph mode=\"static\" defaultedgetype=\"\(edgeType)\">\n"
    out += "    <attributes class=\"node\" mode=\"static\">\n"
    out += attribute("name", title: "name", type: "string")
    out += attribute("works", title: "works", type: "integer")
    out += attribute("first_year", title: "first_year", type: "integer")
    out += attribute("last_year", title: "last_year", type: "integer")
    if !community.isEmpty { out += attribute("community", title: "community", type: "integer") }
    for (i, name) in scoreNames.enumerated() {
      out += attribute(
        "score_\(i)", title: GraphMLWriter.attributeName(forScore: name), type: "double")
    }
    out += "    </attributes>\n"
    out += "    <attributes class=\"edge\" mode=\"static\">\n"
    out += attribute("works", title: "works", type: "integer")
    out += attribute("first_year", title: "first_year", type: "integer")
    out += attribute("last_year", title: "last_year", type: "integer")
    out += "    </attributes>\n"

    out += "    <nodes>\n"
    for node in network.nodes {
      let name = XMLText.escape(node.name)
      out += "      <node id=\"\(node.id)\" label=\"\(name)\">\n"
      out += "        <attvalues>\n"
      out += attvalue("name", name)
      out += attvalue("works", String(node.works))
      if let year = node.firstYear { out += attvalue("first_year", String(year)) }
      if let year = node.lastYear { out += attvalue("last_year", String(year)) }
      if let label = community[node.id] { out += attvalue("community", String(label)) }
      for (i, scoreName) in scoreNames.enumerated() {
        if let value = annotations.scores[scoreName]?[node.id] {
          out += attvalue("score_\(i)", NumberFormat.real(value))
        }
      }
      out += "        </attvalues>\n"
      if let label = community[node.id] {
        let (r, g, b) = CommunityPalette.rgb(for: label)
        out += "        <viz:color r=\"\(r)\" g=\"\(g)\" b=\"\(b)\"/>\n"
      }
      if let size = sizes[node.id] {
        out += "        <viz:size value=\"\(NumberFormat.real(size))\"/>\n"
      }
      out += "      </node>\n"
    }
    out += "    </nodes>\n"

    out += "    <edges>\n"
    for (i, edge) in network.edges.enumerated() {
      out += "      <edge id=\"\(i)\" source=\"\(edge.source)\" target=\"\(edge.target)\" "
      out += "weight=\"\(NumberFormat.real(edge.weight))\">\n"
      out += "        <attvalues>\n"
      out += attvalue("works", String(edge.works))
      if let year = edge.firstYear { out += attvalue("first_year", String(year)) }
      if let year = edge.lastYear { out += attvalue("last_year", String(year)) }
      out += "        </attvalues>\n"
      out += "      </edge>\n"
    }
    out += "    </edges>\n"
    out += "  </graph>\n</gexf>\n"
    return out
  }

  /// Smallest and largest `viz:size`.
  static let sizeRange: ClosedRange<Double> = 4...40
  /// `viz:size` of every sized node when all values are equal.
  static let uniformSize: Double = 10

  /// Node id → `viz:size` from the score `sizeBy`: finite values of the network's nodes mapped
  /// linearly onto `sizeRange`; empty when `sizeBy` is nil or not a score.
  static func vizSizes(
    _ network: Network, annotations: NetworkAnnotations, sizeBy: String?
  ) -> [Int64: Double] {
    guard let sizeBy, let score = annotations.scores[sizeBy] else { return [:] }
    var values: [Int64: Double] = [:]
    for node in network.nodes {
      if let value = score[node.id], value.isFinite { values[node.id] = value }
    }
    guard let low = values.values.min(), let high = values.values.max() else { return [:] }
    guard high > low else { return values.mapValues { _ in uniformSize } }
    let span = sizeRange.upperBound - sizeRange.lowerBound
    return values.mapValues { sizeRange.lowerBound + span * ($0 - low) / (high - low) }
  }

  /// One `<attribute .../>` line; `id` and `type` are plain ASCII.
  private static func attribute(_ id: String, title: String, type: String) -> String {
    "      <attribute id=\"\(id)\" title=\"\(XMLText.escape(title))\" type=\"\(type)\"/>\n"
  }

  /// One `<attvalue .../>` line; `value` must already be escaped.
  private static func attvalue(_ key: String, _ value: String) -> String {
    "          <attvalue for=\"\(key)\" value=\"\(value)\"/>\n"
  }
}
