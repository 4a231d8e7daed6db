/// The marks rendering puts around each part's text, so the page's parts are known from the rendering itself,
/// whatever markup a template writes: each partial's template is wrapped in an opening and a closing mark before
/// Mustache renders it.
///
/// A mark is a private-use character, a nonce drawn for this one rendering (no text of the project or its data can
/// hold it by chance or on purpose) and the part's id. `spans(of:)` takes the marks out again, tidies the text
/// (trailing spaces, runs of blank lines) and says which part each byte belongs to.
struct PartMarkers {
    private let nonce: String

    init() {
        var generator = SystemRandomNumberGenerator()
        nonce = String(generator.next(), radix: 16) + String(generator.next(), radix: 16)
    }

    /// Opens part `id` at the start of a partial's template (on a line of its own, which is no line of the page).
    func open(_ id: String) -> String { "\u{E000}\(nonce)+\(id)\u{E001}" }

    /// Opens an inline mark (`@banner`), which is no part: its text belongs to the part around it.
    func inline(_ id: String) -> String { "\u{E000}\(nonce)<\(id)\u{E001}" }

    /// Closes the innermost open part or inline mark.
    var close: String { "\u{E000}\(nonce)-\u{E001}" }

    /// A partial's template wrapped so that what it renders is part `id`.
    func wrap(_ template: String, as id: String) -> String {
        open(id) + "\n" + template + close
    }

    /// The text between `open` and `close`, as an inline mark.
    func inline(_ id: String, _ text: String) -> String {
        inline(id) + text + close
    }

    /// What one rendering holds: its spans and the inline marks it rendered.
    struct Outcome {
        var spans: [PageSpan]
        var inlineMarks: Set<String>
    }

    /// The rendered text without marks, tidied, cut into spans by part (the frame part outside every partial).
    func spans(of rendered: String) -> Outcome {
        var bytes: [UInt8] = []
        var owners: [Int] = []
        var paths: [[String]] = [[PageSet.framePart]]
        var stack: [(id: String, isPart: Bool)] = []
        var marks: Set<String> = []
        var owner = 0
        let utf8 = Array(rendered.utf8)
        let lead = Array("\u{E000}".utf8) + Array(nonce.utf8)
        let end = Array("\u{E001}".utf8)
        var index = 0
        // A line that holds nothing but marks (and spaces) is no line of the page: the wrapper's own line after an
        // opening mark, a placeholder that rendered empty.
        var lineStart = 0
        var lineHasMark = false
        var lineHasText = false
        func currentOwner() -> Int {
            let path = [PageSet.framePart] + stack.filter(\.isPart).map(\.id)
            if let known = paths.firstIndex(of: path) { return known }
            paths.append(path)
            return paths.count - 1
        }
        while index < utf8.count {
            let byte = utf8[index]
            if byte == lead[0], utf8[index...].starts(with: lead) {
                var stop = index + lead.count
                while stop < utf8.count, !utf8[stop...].starts(with: end) { stop += 1 }
                let body = utf8[(index + lead.count)..<stop]
                let id = String(decoding: body.dropFirst(), as: UTF8.self)
                // Opening marks and inline marks sit on lines that are no lines of the page when nothing else is on
                // them; a part's closing mark may start a real (blank) line of what follows it.
                switch body.first {
                case UInt8(ascii: "+"):
                    stack.append((id, true))
                    lineHasMark = true
                case UInt8(ascii: "<"):
                    stack.append((id, false))
                    marks.insert(id)
                    lineHasMark = true
                default:
                    if let closed = stack.popLast(), !closed.isPart { lineHasMark = true }
                }
                owner = currentOwner()
                index = min(utf8.count, stop + end.count)
                continue
            }
            index += 1
            if byte == UInt8(ascii: "\n") {
                let markOnly = lineHasMark && !lineHasText
                if markOnly {
                    bytes.removeSubrange(lineStart...)
                    owners.removeSubrange(lineStart...)
                } else {
                    bytes.append(byte)
                    owners.append(owner)
                }
                lineStart = bytes.count
                lineHasMark = false
                lineHasText = false
                continue
            }
            if byte != UInt8(ascii: " ") { lineHasText = true }
            bytes.append(byte)
            owners.append(owner)
        }
        return Outcome(spans: Self.tidy(bytes, owners: owners, paths: paths), inlineMarks: marks)
    }

    /// Drops trailing spaces, keeps at most one blank line in a row, ends with exactly one line break; then cuts
    /// the bytes into spans of one owner each.
    static func tidy(_ bytes: [UInt8], owners: [Int], paths: [[String]]) -> [PageSpan] {
        var keptBytes: [UInt8] = []
        var keptOwners: [Int] = []
        keptBytes.reserveCapacity(bytes.count)
        keptOwners.reserveCapacity(bytes.count)
        var blankRun = 0
        let newline = UInt8(ascii: "\n")
        var start = 0
        while start <= bytes.count {
            var stop = start
            while stop < bytes.count, bytes[stop] != newline { stop += 1 }
            var contentEnd = stop
            while contentEnd > start, bytes[contentEnd - 1] == UInt8(ascii: " ") { contentEnd -= 1 }
            let isLast = stop == bytes.count
            if contentEnd == start {
                blankRun += 1
            } else {
                blankRun = 0
            }
            if !(isLast && contentEnd == start) && blankRun <= 1 {
                keptBytes.append(contentsOf: bytes[start..<contentEnd])
                keptOwners.append(contentsOf: owners[start..<contentEnd])
                // The line break belongs to whoever wrote it; a last line without one gets its line's owner.
                keptBytes.append(newline)
                keptOwners.append(isLast ? (owners[safe: max(start, contentEnd - 1)] ?? owners.last ?? 0) : owners[stop])
            }
            start = stop + 1
        }
        // No blank lines at the end.
        while keptBytes.count >= 2, keptBytes[keptBytes.count - 1] == newline, keptBytes[keptBytes.count - 2] == newline {
            keptBytes.removeLast()
            keptOwners.removeLast()
        }
        var spans: [PageSpan] = []
        var runStart = 0
        while runStart < keptBytes.count {
            var runEnd = runStart
            while runEnd < keptBytes.count, keptOwners[runEnd] == keptOwners[runStart] { runEnd += 1 }
            spans.append(
                PageSpan(path: paths[keptOwners[runStart]], text: String(decoding: keptBytes[runStart..<runEnd], as: UTF8.self)))
            runStart = runEnd
        }
        return spans
    }
}

extension Array {
    /// The element at `index`, nil when out of range.
    subscript(safe index: Int) -> Element? {
        indices.contains(index) ? self[index] : nil
    }
}
