import Foundation

/// A disclosure project on disk: its configuration and the folder that holds it.
public struct Project: Sendable {
    public var config: PipelineConfig
    /// The folder holding `pipeline.yaml`, as given (may be relative to the working directory).
    public var root: String

    public init(config: PipelineConfig, root: String) {
        self.config = config
        self.root = root
    }

    /// Loads `pipeline.yaml` (or the file named) and anchors its paths at that file's folder.
    public static func load(configPath: String) throws(DiscloseError) -> Project {
        let root = (configPath as NSString).deletingLastPathComponent
        let config = try PipelineConfig.load(path: configPath)
        let project = Project(config: config, root: root.isEmpty ? "." : root)
        let escapes = project.pathsEscapingTheProject()
        if !escapes.isEmpty { throw .invalid(escapes) }
        return project
    }

    /// Configured paths that lead outside the project folder once symbolic links are followed.
    func pathsEscapingTheProject() -> [Diagnostic] {
        let base = URL(fileURLWithPath: root).resolvingSymlinksInPath().path
        var named: [(String, String, SourceLocation)] = [
            ("data", config.paths.data, SourceLocation(path: config.path)),
            ("content", config.paths.content, SourceLocation(path: config.path)),
            ("templates", config.paths.templates, SourceLocation(path: config.path)),
            ("output", config.paths.output, SourceLocation(path: config.path)),
        ]
        named += config.sections.flatMap { section in section.allPaths.map { (section.key, $0, section.location) } }
        var problems: [Diagnostic] = []
        for (key, relative, location) in named {
            let resolved = URL(fileURLWithPath: path(relative)).resolvingSymlinksInPath().path
            if resolved != base, !resolved.hasPrefix(base + "/") {
                problems.append(.error(at: location, "'\(key)' (\(relative)) leads outside the project folder through a symbolic link"))
            }
        }
        return problems
    }

    /// A path inside the project as the user would type it from the working directory.
    public func path(_ relative: String) -> String {
        root == "." ? relative : (root as NSString).appendingPathComponent(relative)
    }

    /// The fiscal year being disclosed, or `override` when given (`--fy`).
    public func fiscalYear(_ override: Int? = nil) -> FiscalYear {
        FiscalYear(override ?? config.disclosure.fiscalYear, startMonth: config.disclosure.fiscalYearStartMonth)
    }

    /// `approvals.yaml` beside pipeline.yaml.
    public var approvalsPath: String { path(ProjectFiles.approvals) }

    /// The heading of `output/index.html`: the page title and the organization.
    var indexTitle: String {
        let language = config.disclosure.mainLanguage
        return "\(config.disclosure.title[language]) — \(config.disclosure.organization[language])"
    }

    /// The data folder (`paths.data`, or `--data`).
    public var dataPath: String { path(config.paths.data) }
}
