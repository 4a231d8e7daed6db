/// Control characters that never reach the page: C0 (NUL included) except tab, LF and CR, DEL and C1.
public enum ControlCharacter {
    /// True for a scalar no input may hold.
    public static func isForbidden(_ scalar: Unicode.Scalar) -> Bool {
        let value = scalar.value
        return (value < 0x20 && value != 0x09 && value != 0x0A && value != 0x0D) || (0x7F...0x9F).contains(value)
    }

    /// `U+0000 (NUL)`, for messages.
    public static func describe(_ scalar: Unicode.Scalar) -> String {
        let hex = String(scalar.value, radix: 16, uppercase: true)
        let code = "U+" + String(repeating: "0", count: max(0, 4 - hex.count)) + hex
        let names = [
            "NUL", "SOH", "STX", "ETX", "EOT", "ENQ", "ACK", "BEL", "BS", "HT", "LF", "VT", "FF", "CR", "SO", "SI", "DLE", "DC1",
            "DC2", "DC3", "DC4", "NAK", "SYN", "ETB", "CAN", "EM", "SUB", "ESC", "FS", "GS", "RS", "US",
        ]
        if scalar.value < 0x20 { return "\(code) (\(names[Int(scalar.value)]))" }
        return scalar.value == 0x7F ? "\(code) (DEL)" : code
    }

    /// The message every reader uses.
    public static func message(_ scalar: Unicode.Scalar, in place: String) -> String {
        "control character \(describe(scalar)) \(place): remove it (only tab, LF and CR are allowed)"
    }

    /// Fast check on UTF-8 bytes: true when the text may hold a forbidden character.
    static func mayContain(_ text: String) -> Bool {
        mayContain(text.utf8)
    }

    /// `mayContain` on the UTF-8 bytes themselves.
    static func mayContain(_ utf8: some Sequence<UInt8>) -> Bool {
        var previous: UInt8 = 0
        for byte in utf8 {
            if byte < 0x20, byte != 0x09, byte != 0x0A, byte != 0x0D { return true }
            if byte == 0x7F || (previous == 0xC2 && (0x80...0x9F).contains(byte)) { return true }
            previous = byte
        }
        return false
    }

    /// Each forbidden character with its 0-based line offset and 1-based column (in Unicode scalars) within `text`.
    public static func occurrences(in text: String, limit: Int = 20) -> [(scalar: Unicode.Scalar, line: Int, column: Int)] {
        guard mayContain(text) else { return [] }
        var found: [(scalar: Unicode.Scalar, line: Int, column: Int)] = []
        var line = 0
        var column = 1
        for scalar in text.unicodeScalars {
            if scalar == "\n" {
                line += 1
                column = 1
                continue
            }
            if isForbidden(scalar) {
                found.append((scalar, line, column))
                if found.count >= limit { break }
            }
            column += 1
        }
        return found
    }

    /// Located errors for every forbidden character in a whole file.
    public static func diagnostics(in text: String, path: String) -> [Diagnostic] {
        occurrences(in: text).map {
            .error(at: SourceLocation(path: path, line: $0.line + 1, column: $0.column), message($0.scalar, in: "in this file"))
        }
    }
}
