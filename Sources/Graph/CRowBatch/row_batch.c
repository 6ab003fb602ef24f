// See CRowBatch.h. The virtual table is read-only and has one plan: a scan in insertion order,
// so `INSERT ... SELECT` assigns rowids in the order the rows were added.
#include "CRowBatch.h"

#include <stdlib.h>
#include <string.h>

enum { CELL_NULL = 0, CELL_INT = 1, CELL_TEXT = 2, CELL_REAL = 3 };

typedef struct {
  union {
    int64_t value;  // the integer, or the text's offset in the arena
    double real;
  };
  int32_t length;  // text length in bytes
  int32_t kind;
} graph_cell;

struct graph_row_batch {
  int columns;
  graph_cell *cells;
  size_t cell_count, cell_capacity;
  char *arena;
  size_t arena_used, arena_capacity;
  char *declaration;  // owned copy, for xConnect
};

graph_row_batch *graph_row_batch_create(int columns) {
  graph_row_batch *batch = calloc(1, sizeof *batch);
  if (batch) batch->columns = columns;
  return batch;
}

void graph_row_batch_free(graph_row_batch *batch) {
  if (!batch) return;
  free(batch->cells);
  free(batch->arena);
  free(batch->declaration);
  free(batch);
}

static graph_cell *next_cell(graph_row_batch *batch) {
  if (batch->cell_count == batch->cell_capacity) {
    size_t capacity = batch->cell_capacity ? batch->cell_capacity * 2 : 4096;
    graph_cell *cells = realloc(batch->cells, capacity * sizeof *cells);
    if (!cells) return NULL;
    batch->cells = cells;
    batch->cell_capacity = capacity;
  }
  return &batch->cells[batch->cell_count++];
}

int graph_row_batch_add_null(graph_row_batch *batch) {
  graph_cell *cell = next_cell(batch);
  if (!cell) return SQLITE_NOMEM;
  cell->kind = CELL_NULL;
  return 0;
}

int graph_row_batch_add_int(graph_row_batch *batch, int64_t value) {
  graph_cell *cell = next_cell(batch);
  if (!cell) return SQLITE_NOMEM;
  cell->kind = CELL_INT;
  cell->value = value;
  return 0;
}

int graph_row_batch_add_double(graph_row_batch *batch, double value) {
  graph_cell *cell = next_cell(batch);
  if (!cell) return SQLITE_NOMEM;
  cell->kind = CELL_REAL;
  cell->real = value;
  return 0;
}

int graph_row_batch_add_text(graph_row_batch *batch, const char *bytes, int length) {
  if (batch->arena_used + (size_t)length > batch->arena_capacity) {
    size_t capacity = batch->arena_capacity ? batch->arena_capacity : 65536;
    while (capacity < batch->arena_used + (size_t)length) capacity *= 2;
    char *arena = realloc(batch->arena, capacity);
    if (!arena) return SQLITE_NOMEM;
    batch->arena = arena;
    batch->arena_capacity = capacity;
  }
  graph_cell *cell = next_cell(batch);
  if (!cell) return SQLITE_NOMEM;
  if (length > 0) memcpy(batch->arena + batch->arena_used, bytes, (size_t)length);
  cell->kind = CELL_TEXT;
  cell->value = (int64_t)batch->arena_used;
  cell->length = length;
  batch->arena_used += (size_t)length;
  return 0;
}

int graph_row_batch_rows(const graph_row_batch *batch) {
  return (int)(batch->cell_count / (size_t)batch->columns);
}

void graph_row_batch_clear(graph_row_batch *batch) {
  batch->cell_count = 0;
  batch->arena_used = 0;
}

// The virtual table and its cursor.
typedef struct {
  sqlite3_vtab base;
  graph_row_batch *batch;
} batch_table;

typedef struct {
  sqlite3_vtab_cursor base;
  graph_row_batch *batch;
  int row;
} batch_cursor;

static int batch_connect(sqlite3 *db, void *aux, int argc, const char *const *argv,
                         sqlite3_vtab **out, char **error) {
  (void)argc, (void)argv, (void)error;
  graph_row_batch *batch = aux;
  int rc = sqlite3_declare_vtab(db, batch->declaration);
  if (rc != SQLITE_OK) return rc;
  batch_table *table = sqlite3_malloc(sizeof *table);
  if (!table) return SQLITE_NOMEM;
  memset(table, 0, sizeof *table);
  table->batch = batch;
  *out = &table->base;
  return SQLITE_OK;
}

static int batch_disconnect(sqlite3_vtab *table) {
  sqlite3_free(table);
  return SQLITE_OK;
}

static int batch_best_index(sqlite3_vtab *table, sqlite3_index_info *info) {
  (void)table;
  info->estimatedCost = 1000000;
  return SQLITE_OK;
}

static int batch_open(sqlite3_vtab *table, sqlite3_vtab_cursor **out) {
  batch_cursor *cursor = sqlite3_malloc(sizeof *cursor);
  if (!cursor) return SQLITE_NOMEM;
  memset(cursor, 0, sizeof *cursor);
  cursor->batch = ((batch_table *)table)->batch;
  *out = &cursor->base;
  return SQLITE_OK;
}

static int batch_close(sqlite3_vtab_cursor *cursor) {
  sqlite3_free(cursor);
  return SQLITE_OK;
}

static int batch_filter(sqlite3_vtab_cursor *cursor, int plan, const char *planText, int argc,
                        sqlite3_value **argv) {
  (void)plan, (void)planText, (void)argc, (void)argv;
  ((batch_cursor *)cursor)->row = 0;
  return SQLITE_OK;
}

static int batch_next(sqlite3_vtab_cursor *cursor) {
  ((batch_cursor *)cursor)->row++;
  return SQLITE_OK;
}

static int batch_eof(sqlite3_vtab_cursor *cursor) {
  batch_cursor *c = (batch_cursor *)cursor;
  return c->row >= graph_row_batch_rows(c->batch);
}

// Text is handed over as SQLITE_STATIC: the arena does not change while a statement reads it.
static int batch_column(sqlite3_vtab_cursor *cursor, sqlite3_context *context, int column) {
  batch_cursor *c = (batch_cursor *)cursor;
  size_t index = (size_t)c->row * (size_t)c->batch->columns + (size_t)column;
  const graph_cell *cell = &c->batch->cells[index];
  switch (cell->kind) {
    case CELL_INT: sqlite3_result_int64(context, cell->value); break;
    case CELL_REAL: sqlite3_result_double(context, cell->real); break;
    case CELL_TEXT: {
      // An empty text added before any other has no arena: it is still text, not NULL.
      const char *arena = c->batch->arena;
      sqlite3_result_text(context, arena ? arena + cell->value : "", cell->length, SQLITE_STATIC);
      break;
    }
    default: sqlite3_result_null(context); break;
  }
  return SQLITE_OK;
}

static int batch_rowid(sqlite3_vtab_cursor *cursor, sqlite3_int64 *rowid) {
  *rowid = ((batch_cursor *)cursor)->row;
  return SQLITE_OK;
}

static sqlite3_module batch_module = {
  .iVersion = 0,
  .xCreate = NULL,  // eponymous-only: the table exists as soon as the module does
  .xConnect = batch_connect,
  .xBestIndex = batch_best_index,
  .xDisconnect = batch_disconnect,
  .xDestroy = batch_disconnect,
  .xOpen = batch_open,
  .xClose = batch_close,
  .xFilter = batch_filter,
  .xNext = batch_next,
  .xEof = batch_eof,
  .xColumn = batch_column,
  .xRowid = batch_rowid,
};

int graph_row_batch_register(sqlite3 *db, const char *name, graph_row_batch *batch,
                             const char *declaration) {
  free(batch->declaration);
  batch->declaration = strdup(declaration);
  if (!batch->declaration) return SQLITE_NOMEM;
  return sqlite3_create_module_v2(db, name, &batch_module, batch, NULL);
}

int graph_row_batch_unregister(sqlite3 *db, const char *name) {
  return sqlite3_create_module_v2(db, name, NULL, NULL, NULL);
}
