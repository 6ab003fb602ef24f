// Process-wide SQLite settings that must be made before the library initialises.
// sqlite3_config is variadic, which Swift cannot call; these wrappers fix its arguments.
#include <sqlite3.h>

// Connections without their own mutex (SQLITE_CONFIG_MULTITHREAD): GRDB already serialises
// every use of a connection, so the per-call mutex of the default serialized mode only costs.
static inline int graph_sqlite_use_multithread_mode(void) {
  return sqlite3_config(SQLITE_CONFIG_MULTITHREAD);
}

// No allocation statistics (SQLITE_CONFIG_MEMSTATUS off): counting takes a global mutex on
// every sqlite3_malloc and sqlite3_free.
static inline int graph_sqlite_disable_memory_statistics(void) {
  return sqlite3_config(SQLITE_CONFIG_MEMSTATUS, 0);
}
