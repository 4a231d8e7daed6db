/// Shape checks on single field values of the data contract.
enum FieldFormat {

    /// `[A-Z0-9][A-Z0-9-]*`
    static func isCompanyCode(_ text: String) -> Bool {
        isCompanyCode(utf8: text.utf8)
    }

    /// `isCompanyCode` on UTF-8 bytes.
    static func isCompanyCode(utf8 bytes: some Collection<UInt8>) -> Bool {
        guard let first = bytes.first, first != UInt8(ascii: "-") else { return false }
        return bytes.allSatisfy { (65...90).contains($0) || (48...57).contains($0) || $0 == UInt8(ascii: "-") }
    }

    /// Two capital ASCII letters (`JP`), as a country column and `home_country` hold.
    static func isCountryCode(_ text: String) -> Bool {
        isCountryCode(utf8: text.utf8)
    }

    /// `isCountryCode` on UTF-8 bytes.
    static func isCountryCode(utf8 bytes: some Collection<UInt8>) -> Bool {
        bytes.count == 2 && bytes.allSatisfy { (65...90).contains($0) }
    }

    /// A whole number ≥ 0 of ASCII digits that fits in 64 bits, or nil.
    static func count(_ bytes: UnsafeBufferPointer<UInt8>) -> Int64? {
        var value: Int64 = 0
        for byte in bytes {
            guard (48...57).contains(byte) else { return nil }
            let (times, overflow) = value.multipliedReportingOverflow(by: 10)
            let (sum, carry) = times.addingReportingOverflow(Int64(byte - 48))
            guard !overflow, !carry else { return nil }
            value = sum
        }
        return bytes.isEmpty ? nil : value
    }

    /// `yes` → true, `no` → false, else nil.
    static func yesNo(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool? {
        if bytes.elementsEqual("yes".utf8) { return true }
        if bytes.elementsEqual("no".utf8) { return false }
        return nil
    }

    /// A person id `personIDProblem` surely accepts: printable ASCII without `@ & % \`, fewer than ten digits
    /// (anything else goes the careful way).
    static func isPlainPersonID(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        var digits = 0
        for byte in bytes {
            guard byte >= 0x20, byte < 0x7F, byte != UInt8(ascii: "@"), byte != UInt8(ascii: "&"), byte != UInt8(ascii: "%"),
                byte != UInt8(ascii: "\\")
            else { return false }
            if (48...57).contains(byte) { digits += 1 }
        }
        return digits < 10
    }

    /// Four digits, a dash, two digits, a dash, two digits.
    static func looksLikeISODate(_ text: String) -> Bool {
        let bytes = Array(text.utf8)
        guard bytes.count == 10 else { return false }
        return bytes.enumerated().allSatisfy { index, byte in
            index == 4 || index == 7 ? byte == UInt8(ascii: "-") : (48...57).contains(byte)
        }
    }

    /// Why a person id is not pseudonymous, or nil when it is acceptable: an e-mail address, a phone
    /// number or an Individual Number in any spelling (full-width, spaced), or any 12-digit number.
    static func personIDProblem(_ text: String) -> String? {
        var digits = 0
        var unusual = false
        for byte in text.utf8 {
            if (48...57).contains(byte) {
                digits += 1
            } else if byte == UInt8(ascii: "@") || byte >= 0x80 || byte == UInt8(ascii: "&") || byte == UInt8(ascii: "%") || byte == UInt8(ascii: "\\") {
                unusual = true
            }
        }
        if digits == 12, text.utf8.count == 12 {
            return "a 12-digit number may be an Individual Number (My Number)"
        }
        guard unusual || digits >= 10 else { return nil }
        switch SensitiveText.scan(text).first?.kind {
        case .email: return "it looks like an e-mail address"
        case .phone: return "it looks like a phone number"
        case .individualNumber: return "it looks like an Individual Number (My Number)"
        case .personID, nil: return nil
        }
    }
}
