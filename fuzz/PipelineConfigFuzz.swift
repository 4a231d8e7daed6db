// libFuzzer harness for the YAML reader and pipeline.yaml decoding: `make fuzz` builds it with `swiftc -sanitize=fuzzer`.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzPipelineConfig(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    do {
        _ = try PipelineConfig.decode(Array(UnsafeBufferPointer(start: data, count: size)), path: "pipeline.yaml")
    } catch {
        for diagnostic in error.diagnostics {
            precondition(diagnostic.location.line >= 1, "unlocated: \(diagnostic)")
        }
    }
    return 0
}
