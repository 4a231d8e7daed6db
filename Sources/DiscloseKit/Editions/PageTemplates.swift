import Foundation

/// The built-in page templates, shared by every edition: their words come from the edition's table
/// (`{{words.*}}`). A file of the same name in `templates/` overrides one for the main language,
/// `templates/<lang>/` for another language.
///
/// Each format has a frame (`privacy.html.mustache`) that includes partials (`{{> head}}`, `{{> governance}}`,
/// …, `{{> goal-row}}` inside `metrics`), each a file of its own (`head.html.mustache`). What a partial renders
/// is one part of the page for sign-off; what the frame writes around them is the part `page`.
public enum PageTemplates {
    /// Template file names and their built-in text.
    public static let all: [String: String] = Dictionary(
        (html + xhtml + markdown + index + evidence).map { ($0.name, $0.text) }, uniquingKeysWith: { first, _ in first })

    /// The partials a page frame may include, in page order; each renders one part of the page.
    static let partials = [
        "head", "header", "contents", "governance", "strategy", "metrics", "goal-row", "initiatives", "standards", "footer",
    ]

    /// The partial a goal's row is rendered by: its part is `goal:<id>`, not the partial's name.
    static let goalRow = "goal-row"

    /// The file name of a template: `privacy` (the frame) or a partial, in one format.
    static func fileName(_ name: String, format: PageFormat) -> String {
        "\(name).\(format.rawValue).mustache"
    }

    /// The template `name` for `edition`: the project's override when present, else the edition's own.
    static func text(named name: String, edition: Edition, in project: Project) throws(DiscloseError) -> (text: String, path: String) {
        var folder = project.config.paths.templates
        if edition.language != project.config.disclosure.mainLanguage {
            folder = (folder as NSString).appendingPathComponent(edition.language)
        }
        let override = project.path((folder as NSString).appendingPathComponent(name))
        var info = stat()
        if lstat(override, &info) == 0 {
            return (try project.readText(override, kind: "template"), override)
        }
        return (edition.templates[name] ?? "", "<built-in \(edition.language) \(name)>")
    }

    /// True when `path` names a built-in template, not a project's file.
    static func isBuiltIn(_ path: String) -> Bool { path.hasPrefix("<built-in ") }
}
