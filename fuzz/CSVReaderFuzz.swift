// libFuzzer harness for the CSV reader: `make fuzz` builds it with `swiftc -sanitize=fuzzer`.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzCSVReader(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let reader = CSVReader(bytes: Array(UnsafeBufferPointer(start: data, count: size)), displayPath: "fuzz.csv", maxFieldBytes: 4_096)
    var records = 0
    while let record = reader.next() {
        records += 1
        precondition(record.fields.count == record.columns.count, "fields and columns disagree")
    }
    for diagnostic in reader.diagnostics {
        precondition(diagnostic.location.line >= 1 && diagnostic.location.column >= 1, "unlocated: \(diagnostic)")
    }
    return 0
}
