// libFuzzer harness for the privacy guard's matching: `make fuzz` builds it with `swiftc -sanitize=fuzzer`.
// Any text: no crash, every match inside the text, and redacted text carries nothing the guard would refuse.
let personIDs = PersonIDSet(["STAFF#4410", "id:zz9876", "Hanako Sato", "CD-12345"])

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzPrivacyGuard(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let text = String(decoding: UnsafeBufferPointer(start: data, count: size), as: UTF8.self)
    let redactor = Redactor(personIDs: personIDs, allowed: ["desk@example.org"])
    let count = text.count
    for match in redactor.matches(in: text) {
        precondition(match.range.lowerBound >= 0 && match.range.upperBound <= count && !match.range.isEmpty, "match outside the text")
        precondition(match.line >= 1 && match.column >= 1, "unlocated match")
    }
    precondition(redactor.matches(in: redactor.redact(text)).isEmpty, "redacted text still holds personal data")
    return 0
}
