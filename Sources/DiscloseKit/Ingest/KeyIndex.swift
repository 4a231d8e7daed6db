/// Remembers the key of every row of one file to find duplicates, in 16 bytes a row instead of a string copy.
///
/// Keys are hashed (64-bit FNV-1a); a hash match is confirmed against the stored row by its rowid,
/// so a collision never reports a false duplicate when the first row was stored.
struct KeyIndex {
    /// Hash → rowid of the stored first row, or minus its line when that row was invalid and not stored.
    private var seen: [UInt64: Int64] = [:]

    static func hash<Parts: Collection<String>>(_ parts: Parts) -> UInt64 {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for (index, part) in parts.enumerated() {
            if index > 0 { hash = (hash ^ 0x1F) &* 0x100_0000_01b3 }
            for byte in part.utf8 { hash = (hash ^ UInt64(byte)) &* 0x100_0000_01b3 }
        }
        return hash
    }

    /// What was stored first under the same hash, if anything.
    func first(_ hash: UInt64) -> Int64? { seen[hash] }

    /// Records the first row with this key: its rowid when stored, else minus its line.
    mutating func record(_ hash: UInt64, _ reference: Int64) {
        if seen[hash] == nil { seen[hash] = reference }
    }

    /// The number of keys remembered.
    var count: Int { seen.count }
}
