/// The person ids of the data, matched in any text as exact substrings of its normalised form.
///
/// An id is whatever its column holds (`STAFF#4410`, `id:zz9876`, `Hanako Sato`): it matches where
/// it is not part of a longer run of ASCII letters and digits, ignoring ASCII case. Ids shorter than
/// `shortest` characters are not matched: they would match ordinary words and numbers.
///
/// The set keeps a 64-bit hash of each matchable form (length mixed in), never the ids themselves:
/// 8 to 16 bytes per form, so the 1.5 million ids of a large group take 16 MB. A match is as good as
/// the hash (a false match is about one in 10¹³ lookups at a million ids); a message that must name
/// the id recovers it from the ids the set was made of (`naming(_:among:)`, `personIDNames(of:)`).
public struct PersonIDSet: Sendable {
    /// Ids shorter than this (after normalisation) are not matched.
    public static let shortest = 4

    /// An open-addressing table (linear probing) of form hashes; 0 marks an empty slot.
    private var slots: [UInt64] = []
    /// Distinct forms held.
    public private(set) var count = 0
    /// `hasLength[n]`: some form is `n` scalars long.
    private var hasLength: [Bool] = []
    /// First scalars of the forms: ASCII in a bitmap, others in a set.
    private var asciiFirst: (low: UInt64, high: UInt64) = (0, 0)
    private var otherFirst: Set<UInt32> = []
    /// How many of the last batch's home slots were taken before it went in (see `insert(batch:)`).
    private(set) var batchHomesTaken = 0

    public init(_ ids: some Sequence<String> = [String]()) {
        for id in ids { insert(id) }
    }

    public var isEmpty: Bool { count == 0 }

    /// The memory the set holds, in bytes (its table, lengths and first scalars).
    public var byteCount: Int {
        slots.capacity * MemoryLayout<UInt64>.stride + hasLength.capacity + otherFirst.capacity * MemoryLayout<UInt32>.stride
            + MemoryLayout<Self>.size
    }

    /// Adds one id in its rendered form and, when different, without Markdown emphasis characters.
    public mutating func insert(_ id: String) {
        var copy = id
        copy.withUTF8 { insert(utf8: $0) }
    }

    /// Adds one id given as UTF-8 bytes.
    mutating func insert(utf8 id: UnsafeBufferPointer<UInt8>) {
        Self.forEachForm(ofUTF8: id) { insert($0) }
    }

    /// Adds forms gathered from many ids: their table slots are read in one pass first, so the cache
    /// misses of a large table overlap instead of stalling one after another (twice as fast at 1.5M ids).
    mutating func insert(batch forms: [Form]) {
        if (count + forms.count) * 4 > slots.count * 3 {
            for form in forms { insert(form) }
            return
        }
        let mask = slots.count - 1
        var occupied = 0
        for form in forms where slots[Int(truncatingIfNeeded: form.hash) & mask] != 0 { occupied += 1 }
        // Kept so the pass above is not optimised away: its loads are what the inserts then find cached.
        batchHomesTaken = occupied
        for form in forms { insert(form) }
    }

    private mutating func insert(_ form: Form) {
        guard add(form.hash) else { return }
        if hasLength.count <= form.length { hasLength += Array(repeating: false, count: form.length + 1 - hasLength.count) }
        hasLength[form.length] = true
        if form.first < 64 {
            asciiFirst.low |= 1 << UInt64(form.first)
        } else if form.first < 128 {
            asciiFirst.high |= 1 << UInt64(form.first - 64)
        } else {
            otherFirst.insert(form.first)
        }
    }

    /// True when some form of some id is exactly `hash`.
    func contains(_ hash: UInt64) -> Bool {
        guard !slots.isEmpty else { return false }
        let mask = slots.count - 1
        var index = Int(truncatingIfNeeded: hash) & mask
        while slots[index] != 0 {
            if slots[index] == hash { return true }
            index = (index + 1) & mask
        }
        return false
    }

    /// Adds a form hash; false when it was there already.
    private mutating func add(_ hash: UInt64) -> Bool {
        if (count + 1) * 4 > slots.count * 3 { grow() }
        let mask = slots.count - 1
        var index = Int(truncatingIfNeeded: hash) & mask
        while slots[index] != 0 {
            if slots[index] == hash { return false }
            index = (index + 1) & mask
        }
        slots[index] = hash
        count += 1
        return true
    }

    private mutating func grow() {
        let old = slots
        slots = Array(repeating: 0, count: max(64, old.count * 2))
        slots.withUnsafeMutableBufferPointer { table in
            let mask = table.count - 1
            for hash in old where hash != 0 {
                var index = Int(truncatingIfNeeded: hash) & mask
                while table[index] != 0 { index = (index + 1) & mask }
                table[index] = hash
            }
        }
    }

    func isFirstScalar(_ scalar: UInt32) -> Bool {
        if scalar < 64 { return asciiFirst.low & (1 << UInt64(scalar)) != 0 }
        if scalar < 128 { return asciiFirst.high & (1 << UInt64(scalar - 64)) != 0 }
        return !otherFirst.isEmpty && otherFirst.contains(scalar)
    }

    /// Scalar ranges of every id in one normalised view, with the hash of the form found. White space
    /// and middle dots inside the text are skipped (a run of up to `spacingRun`), as ids are held without them.
    func matches(in s: [Unicode.Scalar]) -> [(range: Range<Int>, form: UInt64)] {
        guard count > 0 else { return [] }
        let folded = s.map(Self.folded)
        let longest = hasLength.count - 1
        var found: [(range: Range<Int>, form: UInt64)] = []
        for start in folded.indices where isFirstScalar(folded[start]) {
            if s[start].isASCIIAlphanumeric, start > 0, s[start - 1].isASCIIAlphanumeric { continue }
            var state = Self.hashStart
            var end = start
            var length = 0
            var spacing = 0
            while end < folded.count, length < longest {
                let scalar = folded[end]
                end += 1
                if Self.isSpacing(scalar) {
                    spacing += 1
                    if spacing > Self.spacingRun { break }
                    continue
                }
                spacing = 0
                state = Self.hashStep(state, scalar)
                length += 1
                guard hasLength[length] else { continue }
                if s[end - 1].isASCIIAlphanumeric, end < s.count, s[end].isASCIIAlphanumeric { continue }
                let hash = Self.finalized(state, length: length)
                if contains(hash) {
                    found.append((start..<end, hash))
                    break
                }
            }
        }
        return found
    }

    /// The longest run of white space and middle dots skipped inside an id (`鈴木 ・ 一郎`); the
    /// rendered view has collapsed longer runs of white space to one space already.
    static let spacingRun = 3
}
