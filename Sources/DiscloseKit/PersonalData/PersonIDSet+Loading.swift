extension PersonIDSet {
    /// Builds a set from many ids given as UTF-8 bytes, inserting their forms in batches.
    struct Loader {
        private(set) var set = PersonIDSet()
        private var pending: [Form] = []
        static let batchSize = 64

        init() {
            pending.reserveCapacity(Self.batchSize)
        }

        mutating func add(utf8 id: UnsafeBufferPointer<UInt8>) {
            PersonIDSet.forEachForm(ofUTF8: id) { form in
                pending.append(form)
                if pending.count == Self.batchSize { flush() }
            }
        }

        /// The set with every id added.
        mutating func finish() -> PersonIDSet {
            flush()
            return set
        }

        private mutating func flush() {
            set.insert(batch: pending)
            pending.removeAll(keepingCapacity: true)
        }
    }
}

extension PersonIDSet {
    /// For each form hash in `forms`, the id it is a form of among `ids` (the least in UTF-8 order
    /// when several ids share a form, such as `EMP-0042` and `emp-0042`), so messages are deterministic.
    static func names(of forms: Set<UInt64>, among ids: some Sequence<String>) -> [UInt64: String] {
        var names = Names(forms: forms)
        for id in ids {
            var copy = id
            copy.withUTF8 { names.consider($0) }
        }
        return names.found
    }

    /// `names(of:among:)` fed one id at a time, as UTF-8 bytes.
    struct Names {
        let forms: Set<UInt64>
        private(set) var found: [UInt64: String] = [:]

        init(forms: Set<UInt64>) {
            self.forms = forms
        }

        mutating func consider(_ id: UnsafeBufferPointer<UInt8>) {
            var hits: [UInt64] = []
            PersonIDSet.forEachForm(ofUTF8: id) { if forms.contains($0.hash) { hits.append($0.hash) } }
            guard !hits.isEmpty else { return }
            let text = String(decoding: id, as: UTF8.self)
            for hash in hits {
                if let known = found[hash], !text.utf8.lexicographicallyPrecedes(known.utf8) { continue }
                found[hash] = text
            }
        }
    }

    /// `matches` with each person-id match's `normalized` replaced by the id it is a form of, among `ids`.
    public func naming(_ matches: [SensitiveText.Match], among ids: some Sequence<String>) -> [SensitiveText.Match] {
        let names = Self.names(of: Set(matches.compactMap(\.personIDForm)), among: ids)
        return matches.map { $0.named(by: names) }
    }
}
