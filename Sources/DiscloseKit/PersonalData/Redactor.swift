/// Finds and hides personal data in any text: the patterns of `SensitiveText` plus the data's person ids.
///
/// The privacy guard uses `matches(in:)` to refuse a page; terminal and JSON output of commands
/// uses `redact(_:)`, so diagnostics keep their locations without repeating the value.
public struct Redactor: Sendable {
    public var personIDs: PersonIDSet
    /// Values admitted on purpose (`allow_list:`), compared in normalised form.
    private var allowed: Set<[Unicode.Scalar]> = []

    public init(personIDs: PersonIDSet = PersonIDSet(), allowed: [String] = []) {
        self.personIDs = personIDs
        for value in allowed { self.allowed.insert(SensitiveText.canonicalEmail(NormalizedText.comparable(value))) }
    }

    /// Every match in `text`, in text order, with 1-based line and character column.
    public func matches(in text: String) -> [SensitiveText.Match] {
        let characters = Array(text)
        var seen: Set<[Int]> = []
        var found: [SensitiveText.Match] = []
        for view in NormalizedText.views(of: characters) {
            var hits = SensitiveText.patternMatches(in: view.scalars).map { (kind: $0.kind, range: $0.range, form: UInt64?.none) }
            hits += personIDs.matches(in: view.scalars).map { (kind: SensitiveText.Kind.personID, range: $0.range, form: $0.form) }
            for hit in hits {
                var scalars = Array(view.scalars[hit.range])
                if hit.kind == .email { scalars = SensitiveText.canonicalEmail(scalars) }
                if allowed.contains(scalars) { continue }
                let range = view.origins[hit.range.lowerBound]..<(view.origins[hit.range.upperBound - 1] + 1)
                guard seen.insert([range.lowerBound, range.upperBound, hit.kind.hashValue]).inserted else { continue }
                let written = String(characters[range])
                if allowed.contains(SensitiveText.canonicalEmail(NormalizedText.comparable(written))) { continue }
                found.append(
                    SensitiveText.Match(
                        kind: hit.kind, text: written, column: 0, normalized: String(String.UnicodeScalarView(scalars)),
                        range: range, personIDForm: hit.form))
            }
        }
        found.sort { ($0.range.lowerBound, $0.range.upperBound, $0.kind) < ($1.range.lowerBound, $1.range.upperBound, $1.kind) }
        return locate(found, in: characters)
    }

    /// Fills in line and column from the character offsets.
    func locate(_ matches: [SensitiveText.Match], in characters: [Character]) -> [SensitiveText.Match] {
        var result = matches
        var line = 1
        var lineStart = 0
        var offset = 0
        for index in result.indices {
            let target = result[index].range.lowerBound
            while offset < target {
                if characters[offset] == "\n" || characters[offset] == "\r\n" {
                    line += 1
                    lineStart = offset + 1
                }
                offset += 1
            }
            result[index].line = line
            result[index].column = target - lineStart + 1
        }
        return result
    }

    /// `text` with every match replaced by its placeholder (`[phone number]`, `[person_id]`…), again
    /// until nothing is left (a placeholder can end a run of digits that hid another number).
    public func redact(_ text: String) -> String {
        var result = text
        for _ in 0..<4 {
            let next = redactOnce(result)
            if next == result { break }
            result = next
        }
        return result
    }

    func redactOnce(_ text: String) -> String {
        let found = matches(in: text)
        guard !found.isEmpty else { return text }
        let characters = Array(text)
        var result = ""
        var position = 0
        for match in found where match.range.upperBound > position {
            let lower = max(match.range.lowerBound, position)
            result += String(characters[position..<lower])
            if lower == match.range.lowerBound { result += match.kind.placeholder }
            position = match.range.upperBound
        }
        result += String(characters[position...])
        return result
    }
}
