internal import CPrefetch

/// A hash table from non-negative integers to integers: open addressing with linear probing
/// over one array of slots, hashed by one multiplication (Fibonacci hashing).
///
/// `SessionWorkIndex` looks up every reference of an ingest by number (19M lookups in a
/// million-entry table at a million works); Swift's `Dictionary` hashes each key with SipHash
/// and keeps keys, values and occupancy in three places, 5.6 s of the storing thread at 1M.
/// Here a lookup is a multiply, a shift and (nearly always) one slot read.
/// - Complexity: O(1) expected per operation; the table doubles when half full.
struct IntegerTable {
  private struct Slot {
    var key: Int  // -1: empty
    var value: Int64
  }

  private var slots: [Slot]
  private var shift: Int
  private(set) var count = 0

  /// An empty table with room for `capacity` keys before it first grows.
  init(capacity: Int = 64) {
    var size = 16
    while size < capacity * 2 { size *= 2 }
    slots = Array(repeating: Slot(key: -1, value: 0), count: size)
    shift = Int.bitWidth - size.trailingZeroBitCount
  }

  private func home(_ key: Int) -> Int {
    Int(truncatingIfNeeded: UInt(bitPattern: key &* -7_046_029_254_386_353_131) >> UInt(shift))
  }

  /// The value stored under `key`, if any (none for a negative key, which marks empty slots).
  subscript(key: Int) -> Int64? {
    guard key >= 0 else { return nil }
    var index = home(key)
    let mask = slots.count - 1
    while true {
      let slot = slots[index]
      if slot.key == key { return slot.value }
      if slot.key == -1 { return nil }
      index = (index + 1) & mask
    }
  }

  /// Asks the processor to fetch `key`'s home slot, so that a lookup made shortly after
  /// finds it in cache: hinting a record's lookups first lets their memory reads overlap.
  func prefetch(_ key: Int) {
    slots.withUnsafeBufferPointer { buffer in
      if let base = buffer.baseAddress { graph_prefetch(base + home(key)) }
    }
  }

  /// Stores `value` under `key` (not negative) unless the key is present; true when it was
  /// stored.
  @discardableResult
  mutating func insertIfAbsent(_ key: Int, _ value: Int64) -> Bool {
    precondition(key >= 0, "IntegerTable keys are not negative")
    if (count + 1) * 2 > slots.count { grow() }
    var index = home(key)
    let mask = slots.count - 1
    while true {
      if slots[index].key == key { return false }
      if slots[index].key == -1 {
        slots[index] = Slot(key: key, value: value)
        count += 1
        return true
      }
      index = (index + 1) & mask
    }
  }

  private mutating func grow() {
    let old = slots
    slots = Array(repeating: Slot(key: -1, value: 0), count: old.count * 2)
    shift -= 1
    count = 0
    for slot in old where slot.key != -1 { insertIfAbsent(slot.key, slot.value) }
  }
}
