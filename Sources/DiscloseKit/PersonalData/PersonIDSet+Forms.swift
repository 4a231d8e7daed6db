extension PersonIDSet {
    /// One matchable form of an id: its hash, length in scalars and first (folded) scalar.
    struct Form {
        var hash: UInt64
        var length: Int
        var first: UInt32
    }

    /// Calls `body` with each form of an id at least `shortest` long: the rendered form with white space
    /// and middle dots removed (`鈴木 一郎`, `鈴木・一郎` and `鈴木一郎` are one form), and that form
    /// without Markdown emphasis characters when the id has any. An id of printable ASCII needing no
    /// normalisation is hashed from its bytes; any other goes through `NormalizedText`.
    static func forEachForm(ofUTF8 id: UnsafeBufferPointer<UInt8>, _ body: (Form) -> Void) {
        var whole = (state: hashStart, length: 0, first: UInt32(0))
        var plain = (state: hashStart, length: 0, first: UInt32(0))
        for byte in id {
            guard byte > 0x20, byte < 0x7F, byte != UInt8(ascii: "&"), byte != UInt8(ascii: "\\"), byte != UInt8(ascii: "%"),
                byte != UInt8(ascii: "<")
            else {
                forEachForm(ofNormalized: String(decoding: id, as: UTF8.self), body)
                return
            }
            let scalar = UInt32((65...90).contains(byte) ? byte | 0x20 : byte)
            if whole.length == 0 { whole.first = scalar }
            whole.state = hashStep(whole.state, scalar)
            whole.length += 1
            if !isMarkdownPunctuation(scalar) {
                if plain.length == 0 { plain.first = scalar }
                plain.state = hashStep(plain.state, scalar)
                plain.length += 1
            }
        }
        if whole.length >= shortest {
            body(Form(hash: finalized(whole.state, length: whole.length), length: whole.length, first: whole.first))
        }
        if plain.length != whole.length, plain.length >= shortest {
            body(Form(hash: finalized(plain.state, length: plain.length), length: plain.length, first: plain.first))
        }
    }

    /// `forEachForm` for an id that needs normalising (non-ASCII, white space, `&`, `%`, `\`, `<`).
    static func forEachForm(ofNormalized id: String, _ body: (Form) -> Void) {
        let rendered = NormalizedText.comparable(id).map(folded).filter { !isSpacing($0) }
        let forms = rendered.contains(where: isMarkdownPunctuation) ? [rendered, rendered.filter { !isMarkdownPunctuation($0) }] : [rendered]
        for form in forms where form.count >= shortest {
            body(Form(hash: hash(form), length: form.count, first: form[0]))
        }
    }

    /// `*`, `_`, `` ` ``, `~` or `\\` (`NormalizedText.markdownPunctuation`, tested without hashing).
    @inline(__always) static func isMarkdownPunctuation(_ scalar: UInt32) -> Bool {
        scalar == 0x2A || scalar == 0x5F || scalar == 0x60 || scalar == 0x7E || scalar == 0x5C
    }

    /// White space or a middle dot (`・` `･` `·` `‧`): what may stand, or not, between the parts of an
    /// id (`鈴木 一郎`, `鈴木　一郎`, `鈴木・一郎`, `鈴木一郎`); ids are compared without them.
    @inline(__always) static func isSpacing(_ scalar: UInt32) -> Bool {
        if scalar <= 0x20 { return scalar == 0x20 || scalar == 0x09 || scalar == 0x0A || scalar == 0x0D }
        return scalar == 0x30FB || scalar == 0xB7 || scalar == 0x2027 || scalar == 0xFF65
    }

    /// The scalar case-folded: ASCII letters, and the Latin letters of Latin-1 and Latin Extended-A/B
    /// (`É` as `é`); NFKC has already made full-width Latin ASCII.
    @inline(__always) static func folded(_ scalar: Unicode.Scalar) -> UInt32 {
        let value = scalar.value
        if value < 0xC0 { return (0x41...0x5A).contains(value) ? value | 0x20 : value }
        guard value < 0x250, scalar.properties.isUppercase else { return value }
        let lower = scalar.properties.lowercaseMapping.unicodeScalars
        return lower.count == 1 ? lower.first?.value ?? value : value
    }

    /// FNV-1a over scalars, finished by mixing in the length (so forms of different lengths differ
    /// even where FNV collides) and a 64-bit avalanche, whose low bits then index the table.
    static let hashStart: UInt64 = 0xcbf2_9ce4_8422_2325

    @inline(__always) static func hashStep(_ state: UInt64, _ scalar: UInt32) -> UInt64 {
        (state ^ UInt64(scalar)) &* 0x100_0000_01b3
    }

    @inline(__always) static func finalized(_ state: UInt64, length: Int) -> UInt64 {
        var x = state ^ (UInt64(length) &* 0x9E37_79B9_7F4A_7C15)
        x ^= x >> 33
        x &*= 0xff51_afd7_ed55_8ccd
        x ^= x >> 33
        x &*= 0xc4ce_b9fe_1a85_ec53
        x ^= x >> 33
        return x == 0 ? 1 : x
    }

    static func hash(_ scalars: [UInt32]) -> UInt64 {
        finalized(scalars.reduce(hashStart, hashStep), length: scalars.count)
    }
}
