/// The kind of a diagnostic, as CI tools see it: a stable `ruleId` for SARIF and annotations, declared here once.
///
/// Most diagnostics take their kind from the file they point at (a CSV is data, `approvals.yaml` is sign-off); the
/// stages that know better say so when they make one (a missing dataset file, personal data on the page).
public enum DiagnosticRule: String, Sendable, Hashable, CaseIterable, Comparable {
    case config = "config"
    case yamlSyntax = "yaml-syntax"
    case registry = "registry"
    case dataLayout = "data-layout"
    case dataHeader = "data-header"
    case dataValue = "data-value"
    case missingFile = "missing-file"
    case scope = "scope"
    case content = "content"
    case template = "template"
    case incompleteFigure = "incomplete-figure"
    case restatement = "restatement"
    case signOff = "sign-off"
    case personalData = "personal-data"
    case kit = "kit"
    case run = "run"

    /// The stable id written as SARIF `ruleId` and in `--format github` titles.
    public var id: String { rawValue }

    /// One line on what the rule covers (SARIF `shortDescription`, README).
    public var summary: String {
        switch self {
        case .config: return "pipeline.yaml: an unknown key, a value of the wrong kind, or a name that points at nothing"
        case .yamlSyntax: return "a YAML file that cannot be read: syntax, duplicate keys, more than one document"
        case .registry: return "the group registry data/companies.csv: its rows and the group's shape (one parent)"
        case .dataLayout: return "the data folder: folders and files that are not fiscal years, companies or datasets"
        case .dataHeader: return "a data file's header row: unknown, duplicate or missing columns"
        case .dataValue: return "a data file's rows: a value that does not fit its column, a duplicate key, a broken reference"
        case .missingFile: return "a company in scope did not send a dataset (its figures read as not reported)"
        case .scope: return "a goal or figure's scope names no company, or none is consolidated that year"
        case .content: return "the narrative in content/: a name it uses, its Markdown"
        case .template: return "a page template in templates/: tags, sections, partials, draft marks"
        case .incompleteFigure: return "a figure shown with partial coverage, or text left out because data is incomplete"
        case .restatement: return "restatements: a reason for a figure whose published value did not change"
        case .signOff: return "approvals.yaml and the sign-off of the page's parts"
        case .personalData: return "personal data that would reach the page (the privacy guard)"
        case .kit: return "a subsidiary's submission kit: its manifest and files"
        case .run: return "the command could not run: a file or folder it cannot read or write, a lock, a refusal"
        }
    }

    /// The kind a diagnostic at `path` has when its stage does not name one.
    public static func inferred(from path: String) -> DiagnosticRule {
        let name = path.split(separator: "/").last.map(String.init) ?? path
        if name == "companies.csv" { return .registry }
        if name == ProjectFiles.approvals { return .signOff }
        if name == "kit.json" { return .kit }
        if name.hasSuffix(".csv") { return .dataValue }
        if name.hasSuffix(".mustache") { return .template }
        if name.hasSuffix(".md") { return .content }
        if name.hasSuffix(".yaml") || name.hasSuffix(".yml") { return .config }
        return .dataLayout
    }

    public static func < (lhs: DiagnosticRule, rhs: DiagnosticRule) -> Bool { lhs.rawValue < rhs.rawValue }
}
