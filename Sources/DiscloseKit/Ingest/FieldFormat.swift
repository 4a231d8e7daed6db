/// Shape checks on single field values of the data contract.
enum FieldFormat {
    /// The largest whole number a data field may hold (a sum that still overflows is a located error of its metric).
    static let largestCount: Int64 = 1_000_000_000_000_000

    /// `[A-Z0-9][A-Z0-9-]*`
    static func isCompanyCode(_ text: String) -> Bool {
        guard let first = text.utf8.first, first != UInt8(ascii: "-") else { return false }
        return text.utf8.allSatisfy { (65...90).contains($0) || (48...57).contains($0) || $0 == UInt8(ascii: "-") }
    }

    /// Four digits, a dash, two digits, a dash, two digits.
    static func looksLikeISODate(_ text: String) -> Bool {
        let bytes = Array(text.utf8)
        guard bytes.count == 10 else { return false }
        return bytes.enumerated().allSatisfy { index, byte in
            index == 4 || index == 7 ? byte == UInt8(ascii: "-") : (48...57).contains(byte)
        }
    }

    /// Why a person id is not pseudonymous, or nil when it is acceptable.
    static func personIDProblem(_ text: String) -> String? {
        var digits = 0
        var hasAt = false
        for byte in text.utf8 {
            if (48...57).contains(byte) { digits += 1 } else if byte == UInt8(ascii: "@") { hasAt = true }
        }
        if hasAt, looksLikeEmail(text) { return "it looks like an e-mail address" }
        if digits == 12, text.utf8.count == 12 {
            return "a 12-digit number may be an Individual Number (My Number)"
        }
        return nil
    }

    /// Something `@` something-with-a-dot.
    static func looksLikeEmail(_ text: String) -> Bool {
        guard let at = text.firstIndex(of: "@") else { return false }
        let local = text[..<at]
        let domain = text[text.index(after: at)...]
        return !local.isEmpty && domain.contains(".") && !domain.hasPrefix(".") && !domain.hasSuffix(".")
    }
}
