internal import GRDB

extension StoreSchema {
  /// Ready-made networks read from edge lists (SNAP files): labelled nodes and weighted edges,
  /// each edge with the source that brought it (deleted with it).
  static func v2EdgeLists(_ db: Database) throws {
    try db.execute(
      sql: """
        CREATE TABLE edge_list_node (
          id INTEGER PRIMARY KEY,
          label TEXT NOT NULL UNIQUE
        );
        CREATE TABLE edge_list_edge (
          source_id INTEGER NOT NULL REFERENCES source(id) ON DELETE CASCADE,
          a INTEGER NOT NULL REFERENCES edge_list_node(id),
          b INTEGER NOT NULL REFERENCES edge_list_node(id),
          weight REAL NOT NULL,
          line INTEGER NOT NULL
        );
        CREATE INDEX edge_list_edge_source ON edge_list_edge(source_id);
        CREATE TABLE edge_list_source (
          source_id INTEGER PRIMARY KEY REFERENCES source(id) ON DELETE CASCADE,
          directed INTEGER NOT NULL
        );
        """)
  }
}
