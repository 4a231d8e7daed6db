#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// Decides, before a CSV file is parsed, which encoding to read it in (a pre-pass over its bytes).
///
/// A file valid as UTF-8 streams as it is; otherwise the first listed encoding in which the whole file is valid
/// converts it to UTF-8 in memory (iconv), so diagnostics keep their line and column.
enum FileEncoding {
    /// How to read one file.
    enum Decision {
        /// Valid UTF-8 (or unreadable: the reader reports that): stream it.
        case utf8
        /// Converted from `encoding` to UTF-8.
        case converted([UInt8], from: TextEncoding)
        /// Not UTF-8 but valid CP932, which pipeline.yaml does not list: one error for the whole file (`line` 0);
        /// or UTF-8 text with lines in another encoding: one error at the first line that is not UTF-8.
        case rejected(String, line: Int)
    }

    /// The first of `encodings`, in order, in which the whole file is valid; with none, UTF-8 (whose reader then
    /// reports each ill-formed field), unless the file is valid CP932, which is one error for the file.
    /// The file is opened through `InputFile` (inside `root`, a regular file); one that cannot be is read as UTF-8,
    /// whose reader reports why.
    static func decide(path: String, within root: String? = nil, encodings: [TextEncoding]) -> Decision {
        var bytes: [UInt8]?
        func contents() -> [UInt8]? {
            if bytes == nil { bytes = try? InputFile.read(path, within: root, limit: 1 << 30) }
            return bytes
        }
        // One encoding per file: one that mixes UTF-8 text with lines in another encoding is never converted as a
        // whole (that would turn its UTF-8 text into mojibake), whatever the order of `encodings`.
        let validUTF8 = isValidUTF8(path: path, within: root)
        for encoding in encodings {
            if encoding == .utf8 {
                if validUTF8 { return .utf8 }
                continue
            }
            guard let bytes = contents() else { return .utf8 }
            if !validUTF8, let line = firstForeignLine(bytes) { return .rejected(mixedMessage(encodings), line: line) }
            if let converted = convert(bytes, from: encoding) { return .converted(converted, from: encoding) }
        }
        if validUTF8 { return .utf8 }
        guard let bytes = contents() else { return .utf8 }
        if let line = firstForeignLine(bytes) { return .rejected(mixedMessage(encodings), line: line) }
        if !encodings.contains(.cp932), convert(bytes, from: .cp932) != nil {
            return .rejected(notUTF8Message, line: 0)
        }
        return .utf8
    }

    /// The one error for a file that is Shift_JIS while pipeline.yaml reads UTF-8 only.
    static let notUTF8Message =
        "not UTF-8; it looks like Shift_JIS (CP932), as Excel saves CSV in Japan. Save it as \"CSV UTF-8\", "
        + "or add `encodings: [utf-8, cp932]` to pipeline.yaml."

    /// The error for a file mixing UTF-8 text with lines in another encoding (rows appended from Excel, say).
    static func mixedMessage(_ encodings: [TextEncoding]) -> String {
        let other = encodings.contains(.cp932) ? "Shift_JIS (CP932), as Excel saves CSV in Japan" : "another encoding (Shift_JIS, say)"
        return "this line is not UTF-8 while earlier or later lines hold UTF-8 text: the file mixes encodings "
            + "(rows added in \(other)); a file is read in one encoding, so save the whole file as UTF-8 (\"CSV UTF-8\" in Excel)"
    }

    /// The 1-based number of the first line that is not well-formed UTF-8, when some other line holds well-formed
    /// multi-byte UTF-8 text; nil when the file has no such line (all ASCII, or foreign throughout).
    static func firstForeignLine(_ bytes: [UInt8]) -> Int? {
        var firstInvalid: Int?
        var hasUTF8Text = false
        var line = 1
        var start = 0
        bytes.withUnsafeBufferPointer { buffer in
            while start <= buffer.count {
                let end = buffer[start...].firstIndex(of: 0x0A) ?? buffer.count
                let slice = UnsafeBufferPointer(rebasing: buffer[start..<end])
                if slice.contains(where: { $0 >= 0x80 }) {
                    if UTF8Validator.isWellFormed(slice) { hasUTF8Text = true } else if firstInvalid == nil { firstInvalid = line }
                }
                if hasUTF8Text, firstInvalid != nil { return }
                line += 1
                start = end + 1
            }
        }
        return hasUTF8Text ? firstInvalid : nil
    }

    /// True when the file is well-formed UTF-8 throughout (also when it cannot be read: the reader says why).
    static func isValidUTF8(path: String, within root: String? = nil) -> Bool {
        guard let fd = try? InputFile.open(path, within: root) else { return true }
        defer { close(fd) }
        let size = 1 << 16
        let buffer = UnsafeMutableBufferPointer<UInt8>.allocate(capacity: size + 4)
        defer { buffer.deallocate() }
        var validator = UTF8Validator()
        while true {
            let count = read(fd, buffer.baseAddress, size)
            if count < 0, errno == EINTR { continue }
            guard count > 0 else { return count < 0 || validator.isComplete }
            guard validator.consume(UnsafeBufferPointer(rebasing: buffer[..<count])) else { return false }
        }
    }

    /// `bytes` converted from `encoding` to UTF-8 with iconv, or nil when they are not valid in it.
    static func convert(_ bytes: [UInt8], from encoding: TextEncoding) -> [UInt8]? {
        encoding == .utf8 ? bytes : transcode(bytes, from: encoding.displayName, to: "UTF-8")
    }

    /// `bytes` converted between two iconv encodings, or nil when they are not valid in the first.
    static func transcode(_ bytes: [UInt8], from source: String, to target: String) -> [UInt8]? {
        let converter = iconv_open(target, source)
        guard let converter, converter != iconv_t(bitPattern: -1) else { return nil }
        defer { iconv_close(converter) }
        var input = bytes.map { CChar(bitPattern: $0) }
        var output = [CChar](repeating: 0, count: bytes.count * 4 + 16)
        let outputCapacity = output.count
        let written: Int? = input.withUnsafeMutableBufferPointer { inBuffer in
            output.withUnsafeMutableBufferPointer { outBuffer in
                var inPointer = inBuffer.baseAddress
                var inLeft = inBuffer.count
                var outPointer = outBuffer.baseAddress
                var outLeft = outputCapacity
                let result = iconv(converter, &inPointer, &inLeft, &outPointer, &outLeft)
                guard result != -1, inLeft == 0 else { return nil }
                return outputCapacity - outLeft
            }
        }
        guard let written else { return nil }
        return output[..<written].map { UInt8(bitPattern: $0) }
    }
}

/// An incremental UTF-8 well-formedness check (no overlongs, surrogates or code points past U+10FFFF).
struct UTF8Validator {
    /// Continuation bytes still expected, and the allowed range of the next one.
    private var pending = 0
    private var low: UInt8 = 0x80
    private var high: UInt8 = 0xBF

    /// True when `bytes` on their own are well-formed UTF-8.
    static func isWellFormed(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        var validator = UTF8Validator()
        return validator.consume(bytes) && validator.isComplete
    }

    /// True when no multi-byte sequence is left open.
    var isComplete: Bool { pending == 0 }

    /// Checks the next bytes; false at the first ill-formed one.
    mutating func consume(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        var index = 0
        let count = bytes.count
        while index < count {
            if pending == 0 {
                // Fast path: eight ASCII bytes at a time.
                if let base = bytes.baseAddress {
                    let raw = UnsafeRawPointer(base)
                    while index + 8 <= count, raw.loadUnaligned(fromByteOffset: index, as: UInt64.self) & 0x8080_8080_8080_8080 == 0 {
                        index += 8
                    }
                }
                guard index < count else { break }
                let byte = bytes[index]
                index += 1
                switch byte {
                case 0x00...0x7F: continue
                case 0xC2...0xDF: (pending, low, high) = (1, 0x80, 0xBF)
                case 0xE0: (pending, low, high) = (2, 0xA0, 0xBF)
                case 0xE1...0xEC, 0xEE...0xEF: (pending, low, high) = (2, 0x80, 0xBF)
                case 0xED: (pending, low, high) = (2, 0x80, 0x9F)
                case 0xF0: (pending, low, high) = (3, 0x90, 0xBF)
                case 0xF1...0xF3: (pending, low, high) = (3, 0x80, 0xBF)
                case 0xF4: (pending, low, high) = (3, 0x80, 0x8F)
                default: return false
                }
            } else {
                let byte = bytes[index]
                index += 1
                guard byte >= low, byte <= high else { return false }
                pending -= 1
                (low, high) = (0x80, 0xBF)
            }
        }
        return true
    }
}
