// A hint that memory is about to be read, which Swift has no way to give (issue 8).
//
// A lookup in a table larger than the processor's caches waits for memory; the lookups of
// one record's references, hinted first and made after, wait for it together.

// Asks the processor to bring the cache line at `address` in (GCC/Clang __builtin_prefetch:
// for reading, kept in every cache level). A hint only: never faults, whatever the address.
static inline void graph_prefetch(const void *address) { __builtin_prefetch(address, 0, 3); }
