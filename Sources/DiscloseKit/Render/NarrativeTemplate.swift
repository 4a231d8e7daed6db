import Mustache

/// Renders `content/*.md` and achievement sentences as Mustache templates over the evaluated report.
struct NarrativeTemplate {
    /// Values a template may name, by dotted name, as swift-mustache will see them.
    let context: [String: Any]
    /// Every dotted name that resolves to a value (text or a boolean), for the unknown-name check;
    /// names of groups (`figures`, `figures.leaks`) are not among them, so they never print a dictionary.
    let knownNames: Set<String>

    /// Names whose inverted section (`{{^name}}`) is left out of the page: a status key (`zero`, `nonzero`) of an
    /// incomplete figure, or `met` / `not_met` of a goal not judged. Mustache would render it ("not zero" is true of
    /// an incomplete figure), and it would state a claim the data does not back.
    let leftOutInverted: Set<String>

    init(context: [String: Any]) {
        var context = context
        leftOutInverted = NarrativeTemplate.leftOut(in: context, prefix: "")
        context[NarrativeTemplate.alwaysTrue] = true
        self.context = context
        knownNames = NarrativeTemplate.names(in: context, prefix: "").subtracting([NarrativeTemplate.alwaysTrue])
    }

    /// The name an inverted section that is left out is renamed to: true, so Mustache leaves the section out.
    static let alwaysTrue = "__left_out__"

    static func leftOut(in dictionary: [String: Any], prefix: String) -> Set<String> {
        func name(_ key: String) -> String { prefix.isEmpty ? key : prefix + "." + key }
        var names: Set<String> = []
        if dictionary["complete"] as? Bool == false { names.formUnion(FigureGuards.claimKeys.map(name)) }
        if let met = dictionary["met"] as? Bool, let notMet = dictionary["not_met"] as? Bool, !met, !notMet {
            names.formUnion(["met", "not_met"].map(name))
        }
        for (key, value) in dictionary {
            if let nested = value as? [String: Any] { names.formUnion(leftOut(in: nested, prefix: name(key))) }
        }
        return names
    }

    /// `text` with each inverted section named in `leftOutInverted` renamed to `alwaysTrue`, its closing tag too.
    func leavingOut(_ text: String) -> String {
        guard !leftOutInverted.isEmpty else { return text }
        let characters = Array(text)
        var result = ""
        var position = 0
        var open: [(name: String, renamed: Bool)] = []
        for tag in TemplateNames.tags(in: text) {
            var replacement: String?
            switch tag.sigil {
            case "#", "^":
                let renamed = tag.sigil == "^" && leftOutInverted.contains(tag.name)
                open.append((tag.name, renamed))
                if renamed { replacement = "{{^\(Self.alwaysTrue)}}" }
            case "/":
                if let index = open.lastIndex(where: { $0.name == tag.name }) {
                    if open[index].renamed { replacement = "{{/\(Self.alwaysTrue)}}" }
                    open.removeSubrange(index...)
                }
            default: break
            }
            guard let replacement else { continue }
            result += String(characters[position..<tag.start]) + replacement
            position = tag.end
        }
        return result + String(characters[min(position, characters.count)...])
    }

    static func names(in dictionary: [String: Any], prefix: String) -> Set<String> {
        var names: Set<String> = []
        for (key, value) in dictionary {
            let name = prefix.isEmpty ? key : prefix + "." + key
            if let nested = value as? [String: Any] {
                names.formUnion(Self.names(in: nested, prefix: name))
            } else if value is String || value is Bool {
                names.insert(name)
            }
        }
        return names
    }

    /// Renders `text` after checking every name; Markdown-escapes inserted values when `markdown` is true.
    func render(
        _ text: String, at origin: SourceLocation, markdown: Bool, firstLineColumnOffset: Int = 0
    ) throws(DiscloseError) -> String {
        let structure = TemplateSections.check(text, at: origin, firstLineColumnOffset: firstLineColumnOffset)
        guard structure.isEmpty else { throw .invalid(structure) }
        let problems = TemplateNames.check(text, known: knownNames, at: origin, firstLineColumnOffset: firstLineColumnOffset)
        guard problems.isEmpty else { throw .invalid(problems) }
        MarkdownContentType.registerOnce()
        let pragma = markdown ? "{{% CONTENT_TYPE: MARKDOWN}}" : "{{% CONTENT_TYPE: TEXT}}"
        do {
            let template = try MustacheTemplate(string: pragma + leavingOut(text))
            return template.render(context)
        } catch {
            throw .invalid([TemplateSections.parserProblem(error, at: origin, pragmaLength: pragma.count)])
        }
    }
}

/// Escapes values inserted into Markdown so data renders literally.
struct MarkdownContentType: MustacheContentType {
    func escapeText(_ text: String) -> String {
        MarkdownEscaping.escape(text)
    }

    private static let registration: Bool = {
        MustacheContentTypes.register(MarkdownContentType(), named: "MARKDOWN")
        return true
    }()

    /// Registers the `MARKDOWN` content type with swift-mustache (once per process).
    static func registerOnce() {
        _ = registration
    }
}

/// Backslash-escapes Markdown punctuation so text cannot become markup.
public enum MarkdownEscaping {
    /// Characters that are markup anywhere in a line.
    static let inline: Set<Character> = ["\\", "`", "*", "_", "{", "}", "[", "]", "<", "|", "~", "&"]
    /// Characters that are markup only where a line starts (headings, quotes, lists).
    static let leading: Set<Character> = [">", "#", "+", "-"]

    /// `*stars*` → `\*stars\*`; line breaks become spaces so a value stays on its line.
    public static func escape(_ text: String) -> String {
        var result = ""
        result.reserveCapacity(text.count)
        for character in text {
            if inline.contains(character) || (result.isEmpty && leading.contains(character)) { result.append("\\") }
            result.append(character == "\n" || character == "\r" ? " " : character)
        }
        return result
    }
}
