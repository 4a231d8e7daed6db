/// Remembers the key of every row of one file to find duplicates, in 16 bytes a row instead of a string copy.
///
/// Keys are hashed (64-bit FNV-1a); a hash match is confirmed against the stored row by its rowid,
/// so a collision never reports a false duplicate when the first row was stored.
struct KeyIndex {
    /// Open addressing on the key hash: `slots[i]` is (hash, reference); a reference of 0 marks an empty slot
    /// (a rowid is positive, minus a line negative). The table doubles when half full.
    private var slots: [(hash: UInt64, reference: Int64)] = Array(repeating: (0, 0), count: 16)
    private(set) var count = 0

    static func hash<Parts: Collection<String>>(_ parts: Parts) -> UInt64 {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for (index, part) in parts.enumerated() {
            if index > 0 { hash = (hash ^ 0x1F) &* 0x100_0000_01b3 }
            for byte in part.utf8 { hash = (hash ^ UInt64(byte)) &* 0x100_0000_01b3 }
        }
        return hash
    }

    /// The same hash for key fields stored back to back in `bytes`: the first starts at `start`,
    /// each ends at its entry of `ends`.
    static func hash(fieldsOf bytes: [UInt8], ends: ArraySlice<Int>, from start: Int) -> UInt64 {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        var start = start
        for (index, end) in ends.enumerated() {
            if index > 0 { hash = (hash ^ 0x1F) &* 0x100_0000_01b3 }
            for offset in start..<end { hash = (hash ^ UInt64(bytes[offset])) &* 0x100_0000_01b3 }
            start = end
        }
        return hash
    }

    /// What was stored first under the same hash, if anything.
    func first(_ hash: UInt64) -> Int64? {
        var slot = Self.start(hash, slots.count)
        while true {
            let entry = slots[slot]
            if entry.reference == 0 { return nil }
            if entry.hash == hash { return entry.reference }
            slot = (slot + 1) & (slots.count - 1)
        }
    }

    /// Records the first row with this key: its rowid when stored, else minus its line.
    mutating func record(_ hash: UInt64, _ reference: Int64) {
        if count * 2 >= slots.count {
            let old = slots
            slots = Array(repeating: (0, 0), count: old.count * 2)
            count = 0
            for entry in old where entry.reference != 0 { insert(entry.hash, entry.reference) }
        }
        insert(hash, reference)
    }

    /// The first slot to probe: the hash's well-mixed high bits.
    private static func start(_ hash: UInt64, _ count: Int) -> Int {
        Int(truncatingIfNeeded: (hash &* 0x9E37_79B9_7F4A_7C15) >> 32) & (count - 1)
    }

    private mutating func insert(_ hash: UInt64, _ reference: Int64) {
        var slot = Self.start(hash, slots.count)
        while slots[slot].reference != 0 {
            if slots[slot].hash == hash { return }
            slot = (slot + 1) & (slots.count - 1)
        }
        slots[slot] = (hash, reference)
        count += 1
    }
}
