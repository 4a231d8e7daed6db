/// Finds the first byte that is not well-formed UTF-8, as a line and character column, so text files
/// (pipeline.yaml, content/*.md, templates) report bad encoding where it is, not at line 1.
enum UTF8Position {
    /// The 1-based line and column of the first ill-formed sequence and its first byte; nil when the bytes are valid.
    static func firstInvalid(in bytes: [UInt8]) -> (line: Int, column: Int, byte: UInt8)? {
        var (line, column, index) = (1, 1, 0)
        while index < bytes.count {
            let byte = bytes[index]
            let length = sequenceLength(bytes, at: index)
            guard length > 0 else { return (line, column, byte) }
            if byte == 0x0A { (line, column) = (line + 1, 1) } else { column += 1 }
            index += length
        }
        return nil
    }

    /// The length of the well-formed sequence at `index` (1–4), or 0 (RFC 3629: no overlongs, surrogates or values past U+10FFFF).
    static func sequenceLength(_ bytes: [UInt8], at index: Int) -> Int {
        let lead = bytes[index]
        if lead < 0x80 { return 1 }
        let length: Int
        var low: UInt8 = 0x80
        var high: UInt8 = 0xBF
        switch lead {
        case 0xC2...0xDF: length = 2
        case 0xE0: (length, low) = (3, 0xA0)
        case 0xE1...0xEC, 0xEE...0xEF: length = 3
        case 0xED: (length, high) = (3, 0x9F)
        case 0xF0: (length, low) = (4, 0x90)
        case 0xF1...0xF3: length = 4
        case 0xF4: (length, high) = (4, 0x8F)
        default: return 0
        }
        guard index + length <= bytes.count else { return 0 }
        for offset in 1..<length {
            let next = bytes[index + offset]
            let (min, max) = offset == 1 ? (low, high) : (UInt8(0x80), UInt8(0xBF))
            if next < min || next > max { return 0 }
        }
        return length
    }

    /// A located error for invalid UTF-8 in `path`, or nil when the bytes are valid.
    static func problem(in bytes: [UInt8], path: String) -> Diagnostic? {
        guard let (line, column, byte) = firstInvalid(in: bytes) else { return nil }
        let hex = String(byte, radix: 16, uppercase: true)
        return .error(
            at: SourceLocation(path: path, line: line, column: column),
            "invalid UTF-8 (byte 0x\(hex.count == 1 ? "0" + hex : hex)): save the file as UTF-8")
    }
}
