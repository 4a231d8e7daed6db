import Foundation

/// The built-in page templates, shared by every edition: their words come from the edition's table
/// (`{{words.*}}`). A file of the same name in `templates/` overrides one for the main language,
/// `templates/<lang>/` for another language.
public enum PageTemplates {
    /// Template file names and their built-in text.
    public static let all: [String: String] = [
        "privacy.md.mustache": markdown,
        "privacy.html.mustache": html,
    ]

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
}
