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
    /// Every matchable form (lower-cased scalars), one after another; a form is `start..<start+length`.
    private var storage: [UInt32] = []
    private var formStart: [Int32] = []
    private var formLength: [Int32] = []
    private var formID: [Int32] = []
    /// The last form with a hash; earlier ones with the same hash follow `previousWithHash`.
    private var byHash: [UInt64: Int32] = [:]
    private var previousWithHash: [Int32] = []
    private var hasLength: [Bool] = []
    private var firstScalars: Set<UInt32> = []

    public init(_ ids: some Sequence<String> = [String]()) {
        for id in ids { insert(id) }
    }

    public var isEmpty: Bool { formID.isEmpty }

    /// Adds one id in its rendered form and, when different, without Markdown emphasis characters.
    public mutating func insert(_ id: String) {
        let rendered = Self.plainASCII(id) ?? NormalizedText.comparable(id).map(Self.folded)
        let hasMarkdown = rendered.contains { $0 < 0x80 && NormalizedText.markdownPunctuation.contains(Unicode.Scalar(UInt8($0))) }
        let forms = hasMarkdown
            ? [rendered, rendered.filter { !($0 < 0x80 && NormalizedText.markdownPunctuation.contains(Unicode.Scalar(UInt8($0)))) }]
            : [rendered]
        var added = false
        for form in forms where form.count >= Self.shortest {
            let index = Int32(formID.count)
            formStart.append(Int32(storage.count))
            formLength.append(Int32(form.count))
            formID.append(Int32(ids.count))
            storage.append(contentsOf: form)
            let hash = Self.hash(form[...])
            previousWithHash.append(byHash[hash] ?? -1)
            byHash[hash] = index
            if hasLength.count <= form.count { hasLength += Array(repeating: false, count: form.count + 1 - hasLength.count) }
            hasLength[form.count] = true
            firstScalars.insert(form[0])
            added = true
        }
        if added { ids.append(id) }
    }

    /// Folded scalars of an id of printable ASCII needing no normalisation, without building any view.
    static func plainASCII(_ id: String) -> [UInt32]? {
        var result: [UInt32] = []
        result.reserveCapacity(id.utf8.count)
        for byte in id.utf8 {
            guard byte > 0x20, byte < 0x7F, byte != UInt8(ascii: "&"), byte != UInt8(ascii: "\\"), byte != UInt8(ascii: "%"),
                byte != UInt8(ascii: "<")
            else { return nil }
            result.append(UInt32((65...90).contains(byte) ? byte | 0x20 : byte))
        }
        return result
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
        guard !formID.isEmpty else { return [] }
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
                guard hasLength[end - start], var candidate = byHash[value] else { continue }
                if s[end - 1].isASCIIAlphanumeric, end < s.count, s[end].isASCIIAlphanumeric { continue }
                while candidate >= 0 {
                    let form = Int(candidate)
                    let lower = Int(formStart[form])
                    if Int(formLength[form]) == end - start, storage[lower..<(lower + end - start)].elementsEqual(folded[start..<end]) {
                        found.append((start..<end, ids[Int(formID[form])]))
                        break
                    }
                    candidate = previousWithHash[form]
                }
            }
        }
        return found
    }
}
