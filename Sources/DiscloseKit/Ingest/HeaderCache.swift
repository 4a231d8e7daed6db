import Foundation

/// Header maps already checked, per dataset: most files of a dataset share one header row, so it is checked
/// once and reused while the next file's header is the same. Shared by the parsing threads behind a lock.
final class HeaderCache: @unchecked Sendable {
    private let lock = NSLock()
    private var maps: [String: HeaderMap] = [:]

    /// The map for `header`: the cached one when the header row is the same, else `HeaderMap.make`'s.
    /// At most `limit` problems are kept; `omitted` counts the rest.
    func map(
        for header: CSVRecord, spec: DatasetSpec, path: String, diagnostics: inout [Diagnostic], limit: Int = .max,
        omitted: inout Int
    ) -> HeaderMap? {
        lock.lock()
        let cached = maps[spec.name]
        lock.unlock()
        if let cached, cached.names == header.fields { return cached }
        let checked = HeaderMap.make(header: header, spec: spec, path: path, diagnostics: &diagnostics, limit: limit)
        omitted += checked.omitted
        guard let made = checked.map else { return nil }
        lock.lock()
        maps[spec.name] = made
        lock.unlock()
        return made
    }
}
