import Foundation

/// Page templates compiled into the executable; a file of the same name in `templates/` overrides one.
public enum DefaultTemplates {
    /// Template file names and their built-in text.
    public static let all: [String: String] = [
        "privacy.md.mustache": markdown,
        "privacy.html.mustache": html,
    ]

    /// The template `name`: the project's override when present, else the built-in one.
    static func text(named name: String, in project: Project) throws(DiscloseError) -> (text: String, path: String) {
        let override = project.path((project.config.paths.templates as NSString).appendingPathComponent(name))
        var info = stat()
        if lstat(override, &info) == 0 {
            return (try project.readText(override, kind: "template"), override)
        }
        return (all[name] ?? "", "<built-in \(name)>")
    }
}
