// Rows collected in memory and handed to SQLite as an eponymous-only virtual table, so that
// one `INSERT INTO t (...) SELECT ... FROM <name>` stores a whole batch (issue 8).
//
// A prepared INSERT stepped once per row pays SQLite's per-statement work and a bind call per
// value for every row; reading the rows from a virtual table leaves only the table insert
// itself. Values are kept as cells (integer, real, text as bytes in one arena, or NULL), row by row
// in column order. Not thread-safe: one batch belongs to one connection's writer.
#ifndef GRAPH_ROW_BATCH_H
#define GRAPH_ROW_BATCH_H

#include <sqlite3.h>
#include <stdint.h>

typedef struct graph_row_batch graph_row_batch;

// A batch of rows with `columns` columns each; NULL when memory runs out.
graph_row_batch *graph_row_batch_create(int columns);
void graph_row_batch_free(graph_row_batch *batch);

// Appends the next cell of the current row; a row ends after `columns` cells.
// Return 0, or SQLITE_NOMEM when the batch cannot grow.
int graph_row_batch_add_null(graph_row_batch *batch);
int graph_row_batch_add_int(graph_row_batch *batch, int64_t value);
int graph_row_batch_add_double(graph_row_batch *batch, double value);
int graph_row_batch_add_text(graph_row_batch *batch, const char *bytes, int length);

// Complete rows held.
int graph_row_batch_rows(const graph_row_batch *batch);
// Forgets every row, keeping the memory for the next ones.
void graph_row_batch_clear(graph_row_batch *batch);

// Registers the batch on `db` as the eponymous virtual table `name`, whose columns are
// declared by `declaration` ("CREATE TABLE x(a, b, ...)", as many as the batch has).
// Replaces a module of the same name. Returns an SQLite result code.
int graph_row_batch_register(sqlite3 *db, const char *name, graph_row_batch *batch,
                             const char *declaration);
// Removes the module `name` from `db` (statements reading it must be finalized first).
int graph_row_batch_unregister(sqlite3 *db, const char *name);

#endif
