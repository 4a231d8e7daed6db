import Foundation
import Mustache

/// `output/index.html` and `output/index.md`: every fiscal year and edition the program published into the output
/// folder, each marked draft or final, linking to its pages and data.json, so `output/` can be served as it is.
///
/// Made from the program's own record of what it published (`published.json`, written beside the index by every
/// build), never from folders found by scanning or from published HTML; rendered through the page's own templates
/// (its `{{> head}}` partial) and the main language's words.
public struct PublishedIndex: Sendable {
    /// One edition of one fiscal year's page.
    public struct Entry: Sendable, Equatable, Comparable {
        public var fiscalYear: Int
        public var edition: String
        /// True for the main language's pages, which sit at the top of the year's folder.
        public var isMain: Bool
        public var isDraft: Bool

        public init(fiscalYear: Int, edition: String, isMain: Bool, isDraft: Bool) {
            self.fiscalYear = fiscalYear
            self.edition = edition
            self.isMain = isMain
            self.isDraft = isDraft
        }

        /// The folder of the edition's pages, relative to the output folder (`FY2025/`, `FY2025/ja/`).
        public var folder: String { "FY\(fiscalYear)/" + (isMain ? "" : edition + "/") }

        public static func < (lhs: Entry, rhs: Entry) -> Bool {
            (lhs.fiscalYear, lhs.isMain ? 0 : 1, lhs.edition) < (rhs.fiscalYear, rhs.isMain ? 0 : 1, rhs.edition)
        }
    }

    public var entries: [Entry]

    public init(entries: [Entry]) {
        self.entries = entries.sorted()
    }

    /// The record's file name in the output folder.
    public static let manifestName = "published.json"

    /// The editions of one fiscal year's page set, as it is being published.
    public static func entries(of pages: PageSet, fiscalYear: Int, mainLanguage: String, signOff: SignOff) -> [Entry] {
        let pendingEditions = Set(signOff.pending.map(\.part.edition))
        return pages.editions.map { edition in
            Entry(fiscalYear: fiscalYear, edition: edition, isMain: edition == mainLanguage, isDraft: pendingEditions.contains(edition))
        }
    }

    /// The record in `outputPath`: entries a build of this program wrote, each checked (a fiscal year in range, a
    /// language code, booleans); anything else in the file is ignored. No record, or an unreadable one, is empty.
    public static func load(outputPath: String) -> PublishedIndex {
        let path = (outputPath as NSString).appendingPathComponent(manifestName)
        var info = stat()
        guard lstat(path, &info) == 0, info.st_mode & S_IFMT == S_IFREG,
            let bytes = try? InputFile.read(path, within: nil, kind: "record of published pages", limit: 4 << 20),
            let root = JSONValue.parse(bytes)
        else { return PublishedIndex(entries: []) }
        var entries: [Entry] = []
        for item in root["published"]?.items ?? [] {
            guard case .number(let yearText)? = item["fiscal_year"], let year = Int(yearText), FiscalYear.supported.contains(year),
                let language = item["edition"]?.stringValue, Self.isLanguageCode(language),
                case .bool(let isMain)? = item["main"], case .bool(let isDraft)? = item["draft"]
            else { continue }
            entries.append(Entry(fiscalYear: year, edition: language, isMain: isMain, isDraft: isDraft))
        }
        return PublishedIndex(entries: entries)
    }

    /// `en`, `ja`, `zh-Hant`: letters, then letter-or-digit subtags joined by hyphens.
    static func isLanguageCode(_ text: String) -> Bool {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        guard let first = parts.first, (2...8).contains(first.count), first.allSatisfy({ $0.isASCII && $0.isLowercase }) else {
            return false
        }
        return parts.dropFirst().allSatisfy { part in
            (1...8).contains(part.count) && part.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber) }
        }
    }

    /// This record with one fiscal year's editions replaced by `entries`.
    public func replacing(fiscalYear: Int, with entries: [Entry]) -> PublishedIndex {
        PublishedIndex(entries: self.entries.filter { $0.fiscalYear != fiscalYear } + entries)
    }

    /// `published.json`: the record itself, sorted.
    public var manifest: String {
        JSONValue.object([
            "published": .array(
                entries.map { entry in
                    .object([
                        "fiscal_year": .int(entry.fiscalYear), "edition": .string(entry.edition), "main": .bool(entry.isMain),
                        "draft": .bool(entry.isDraft),
                    ])
                })
        ]).serialized()
    }

    /// `index.html`, `index.md` and `published.json`, rendered with `project`'s templates in its main language.
    public func files(project: Project) throws(DiscloseError) -> [String: String] {
        let edition = project.mainEdition
        let words = SignOffWords(edition: edition)
        let markers = PartMarkers()
        MarkdownContentType.registerOnce()
        var pageWords: [String: String] = [:]
        for word in Word.allCases { pageWords[word.rawValue] = edition[word] }
        pageWords[Word.pageTitle.rawValue] = project.indexTitle + " — " + words.indexHeading
        let entries = self.entries.map { entry -> [String: Any] in
            [
                "year": edition.fiscalYear(entry.fiscalYear), "year_folder": "FY\(entry.fiscalYear)/", "folder": entry.folder,
                "edition": words.languageName(entry.edition), "draft": entry.isDraft,
                "state": entry.isDraft ? words.stateDraft : words.stateFinal,
            ]
        }
        var context: [String: Any] = [
            "language": edition.language, "title": project.indexTitle, "entries": entries, "has_entries": !entries.isEmpty,
            "alternates": [[String: String]](), "robots_meta": markers.inline(DraftMarks.robotsMark, ""),
        ]
        var files = ["published.json": manifest]
        for format in [PageFormat.markdown, .html] {
            let templates = try PageTemplateSet(format: format, edition: edition, project: project, markers: markers, frame: "index")
            context["words"] = format == .html ? PageContext.htmlWords(pageWords) : pageWords
            files["index." + format.rawValue] = markers.spans(of: templates.render(context)).spans.map(\.text).joined()
        }
        return files
    }
}
