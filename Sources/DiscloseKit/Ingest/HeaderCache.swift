import Foundation

/// Header maps already checked, and the validator's lookups, per dataset: most files of a dataset share
/// one header row, so it is checked once and reused while the next file's header is the same. Shared by
/// the parsing threads behind a lock.
final class HeaderCache: @unchecked Sendable {
    private let lock = NSLock()
    private var maps: [String: (header: RawRecord, map: HeaderMap)] = [:]
    private var checks: [String: RowValidator.Checks] = [:]

    /// The validator's per-dataset lookups for `spec`, made by the first file of the dataset.
    func checks(for spec: DatasetSpec, courses: Set<String>) -> RowValidator.Checks {
        lock.lock()
        defer { lock.unlock() }
        if let cached = checks[spec.name] { return cached }
        let made = RowValidator.Checks(spec: spec, courses: courses)
        checks[spec.name] = made
        return made
    }

    /// The map for `header`: the dataset's last one when this header is the same byte for byte, else
    /// `HeaderMap.make`'s (the header only then made text). At most `limit` problems are kept; `omitted`
    /// counts the rest.
    func map(
        for header: RawRecord, spec: DatasetSpec, path: String, diagnostics: inout [Diagnostic], limit: Int = .max,
        omitted: inout Int
    ) -> HeaderMap? {
        lock.lock()
        let cached = maps[spec.name]
        lock.unlock()
        if let cached, cached.header.bytes == header.bytes, cached.header.marks.elementsEqual(header.marks, by: { $0.end == $1.end }) {
            return cached.map
        }
        let checked = HeaderMap.make(header: header.record, spec: spec, path: path, diagnostics: &diagnostics, limit: limit)
        omitted += checked.omitted
        guard let made = checked.map else { return nil }
        lock.lock()
        maps[spec.name] = (header, made)
        lock.unlock()
        return made
    }
}
