extension Project {
    /// A text file of the project (a narrative section, a template): a regular file inside the project,
    /// valid UTF-8. Every problem is reported at that file's own path (and line), not where it is named.
    func readText(_ path: String, kind: String, namedAt origin: SourceLocation? = nil) throws(DiscloseError) -> String {
        let bytes: [UInt8]
        do {
            bytes = try InputFile.read(path, within: root, kind: kind)
        } catch {
            guard let origin else { throw error }
            throw .invalid(error.diagnostics.map { Diagnostic($0.severity, at: $0.location, $0.message + " (named at \(origin))") })
        }
        if let problem = UTF8Position.problem(in: bytes, path: path) { throw .invalid([problem]) }
        let text = String(decoding: bytes, as: UTF8.self)
        let controls = ControlCharacter.diagnostics(in: text, path: path)
        if !controls.isEmpty { throw .invalid(controls) }
        return text
    }
}
