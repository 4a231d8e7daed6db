extension Redactor {
    /// The diagnostic with its path and message redacted.
    public func redact(_ diagnostic: Diagnostic) -> Diagnostic {
        var copy = diagnostic
        copy.location.path = redact(diagnostic.location.path)
        copy.message = redact(diagnostic.message)
        return copy
    }
}
