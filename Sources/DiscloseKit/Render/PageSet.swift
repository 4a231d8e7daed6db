/// One stretch of a page file and the parts it sits in, outermost first (`["page", "metrics", "goal:x"]`).
public struct PageSpan: Sendable, Equatable {
    /// The part this text belongs to: the innermost of `path`.
    public var part: String { path.last ?? PageSet.framePart }
    public var path: [String]
    public var text: String
}

/// One page file (an edition's `privacy.html`, say) as the ordered spans rendering made: concatenated, they are
/// the file, byte for byte, and every byte belongs to exactly one part.
public struct PageFile: Sendable {
    /// The path inside the fiscal year's folder (`privacy.html`, `ja/privacy.md`).
    public var path: String
    public var edition: String
    public var format: PageFormat
    public var spans: [PageSpan]

    /// The file's text.
    public var text: String { spans.map(\.text).joined() }

    /// The ids of the parts in this file, in the order they first appear.
    public var partIDs: [String] {
        var seen: Set<String> = []
        var ids: [String] = []
        for span in spans {
            for id in span.path where seen.insert(id).inserted { ids.append(id) }
        }
        return ids
    }

    /// What part `id` holds in this file: its own spans, with `{{> child}}` where a part inside it sits, so
    /// moving a part inside another changes the outer one too. Empty when the file has no such part.
    public func text(of id: String) -> String {
        var text = ""
        var lastChild: String?
        for span in spans {
            guard let depth = span.path.firstIndex(of: id) else {
                lastChild = nil
                continue
            }
            if depth == span.path.count - 1 {
                text += span.text
                lastChild = nil
            } else {
                let child = span.path[depth + 1]
                if child != lastChild { text += "{{> \(child)}}" }
                lastChild = child
            }
        }
        return text
    }
}

/// A fiscal year's rendered page set: every page file of every edition as typed parts, and data.json.
public struct PageSet: Sendable {
    /// Page files in page order: the main edition first; within an edition Markdown, then HTML.
    public var files: [PageFile]
    /// What each part is called, per edition (`governance` → "Governance"; `goal:x` → the goal's text).
    public var names: [String: [String: String]]
    /// `data.json`.
    public var data: String
    /// Warnings for the team about the templates (a section that is no part of its own); never published.
    public var warnings: [Diagnostic] = []
    /// The project's template files the rendering read (overrides of the built-in ones), sorted: what the evidence
    /// pack digests, and nothing else of `templates/`.
    public var templateFiles: [String] = []

    /// The part that holds whatever a page's own template writes outside its partials: the page's frame.
    public static let framePart = "page"

    /// File path (relative to the fiscal year's folder) → contents, data.json included.
    public var contents: [String: String] {
        var contents = ["data.json": data]
        for file in files { contents[file.path] = file.text }
        return contents
    }

    /// The editions in page order.
    public var editions: [String] {
        var seen: Set<String> = []
        return files.map(\.edition).filter { seen.insert($0).inserted }
    }

    /// Every part of every edition that a person approves, in page order (main edition first): each with its
    /// text in every format that has it.
    public var parts: [PagePart] {
        var parts: [PagePart] = []
        for edition in editions {
            let editionFiles = files.filter { $0.edition == edition }
            var ids: [String] = []
            for file in editionFiles.sorted(by: { $0.format == .html && $1.format != .html }) {
                for id in file.partIDs where !ids.contains(id) { ids.append(id) }
            }
            for id in ids {
                var texts: [PageFormat: String] = [:]
                for file in editionFiles { texts[file.format] = file.text(of: id) }
                parts.append(
                    PagePart(edition: edition, key: id, name: names[edition]?[id] ?? id, texts: texts))
            }
        }
        return parts
    }
}
