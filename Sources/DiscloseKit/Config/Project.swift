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
        return Project(config: config, root: root.isEmpty ? "." : root)
    }

    /// A path inside the project as the user would type it from the working directory.
    public func path(_ relative: String) -> String {
        root == "." ? relative : (root as NSString).appendingPathComponent(relative)
    }

    /// The fiscal year being disclosed, or `override` when given (`--fy`).
    public func fiscalYear(_ override: Int? = nil) -> FiscalYear {
        FiscalYear(override ?? config.disclosure.fiscalYear, startMonth: config.disclosure.fiscalYearStartMonth)
    }

    /// The data folder (`paths.data`, or `--data`).
    public var dataPath: String { path(config.paths.data) }
}
