/// The person ids of the data, matched in any text as exact substrings of its normalised form.
///
/// An id is whatever its column holds (`STAFF#4410`, `id:zz9876`, `Hanako Sato`): it matches where
/// it is not part of a longer run of ASCII letters and digits, ignoring ASCII case. Ids shorter than
/// `shortest` characters are not matched: they would match ordinary words and numbers.
public struct PersonIDSet: Sendable {
    /// Ids shorter than this (after normalisation) are not matched.
    public static let shortest = 4

    /// The ids as the data holds them, in the order given.
    public private(set) var ids: [String] = []
    /// Each matchable form (lower-cased scalars) with the index of its id.
    private var forms: [(scalars: [UInt32], id: Int)] = []
    private var byHash: [UInt64: [Int]] = [:]
    private var hasLength: [Bool] = []
    private var firstScalars: Set<UInt32> = []

    public init(_ ids: some Sequence<String> = [String]()) {
        for id in ids { insert(id) }
    }

    public var isEmpty: Bool { forms.isEmpty }

    /// Adds one id in its rendered form and, when different, without Markdown emphasis characters.
    public mutating func insert(_ id: String) {
        let rendered = NormalizedText.comparable(id).map(Self.folded)
        let plain = rendered.filter { !NormalizedText.markdownPunctuation.contains(Unicode.Scalar($0) ?? " ") }
        let index = ids.count
        var added = false
        for form in rendered == plain ? [rendered] : [rendered, plain] where form.count >= Self.shortest {
            forms.append((form, index))
            byHash[Self.hash(form[...]), default: []].append(forms.count - 1)
            if hasLength.count <= form.count { hasLength += Array(repeating: false, count: form.count + 1 - hasLength.count) }
            hasLength[form.count] = true
            firstScalars.insert(form[0])
            added = true
        }
        if added { ids.append(id) }
    }

    static func folded(_ scalar: Unicode.Scalar) -> UInt32 {
        scalar.isASCIILetter ? scalar.value | 0x20 : scalar.value
    }

    static func hash(_ scalars: ArraySlice<UInt32>) -> UInt64 {
        var value: UInt64 = 0xcbf2_9ce4_8422_2325
        for scalar in scalars { value = (value ^ UInt64(scalar)) &* 0x100_0000_01b3 }
        return value
    }

    /// Scalar ranges of every id in one normalised view, with the id found.
    func matches(in s: [Unicode.Scalar]) -> [(range: Range<Int>, id: String)] {
        guard !forms.isEmpty else { return [] }
        let folded = s.map(Self.folded)
        let longest = hasLength.count - 1
        var found: [(range: Range<Int>, id: String)] = []
        for start in folded.indices where firstScalars.contains(folded[start]) {
            if s[start].isASCIIAlphanumeric, start > 0, s[start - 1].isASCIIAlphanumeric { continue }
            var value: UInt64 = 0xcbf2_9ce4_8422_2325
            var end = start
            while end < folded.count, end - start < longest {
                value = (value ^ UInt64(folded[end])) &* 0x100_0000_01b3
                end += 1
                guard hasLength[end - start], let candidates = byHash[value] else { continue }
                if s[end - 1].isASCIIAlphanumeric, end < s.count, s[end].isASCIIAlphanumeric { continue }
                if let hit = candidates.first(where: { forms[$0].scalars[...] == folded[start..<end] }) {
                    found.append((start..<end, ids[forms[hit].id]))
                }
            }
        }
        return found
    }
}
