/// The names the inline XBRL pages and the taxonomy package share: namespaces, where the schemas are published,
/// the concept of each metric, the dimensions that tell two figures of one metric apart, and each concept's period.
///
/// The namespace `https://taxonomy.disclose.invalid/privacy/1.0` is disclose's own and stays as it is across
/// releases (`.invalid` is a reserved top-level domain: the address never resolves; the package's catalog maps it to
/// the package's files). A project's `sql:` figures get concepts in the project's extension namespace.
public enum XBRLVocabulary {
    /// The namespace of the built-in concepts and dimensions.
    public static let namespace = XBRLNamespaces.builtIn
    /// The prefix of `namespace` in every document written.
    public static let prefix = "disc"
    /// The namespace of a project's own concepts (its `sql:` figures and goals).
    public static let projectNamespace = XBRLNamespaces.project
    public static let projectPrefix = "proj"
    /// Where the published schemas live (rewritten to the package's files by its catalog).
    public static let base = "https://taxonomy.disclose.invalid/privacy/1.0/"
    /// The schema the inline XBRL pages reference: the project's, which imports the built-in one.
    public static let entryPoint = base + "project.xsd"
    public static let baseSchema = base + "privacy.xsd"

    /// The identifier scheme of an entity with no `disclosure.entity`: its name in the main language.
    public static let localEntityScheme = DisclosureEntity.localScheme

    /// The concept of built-in metric `id`: `training_completion` → `TrainingCompletion`.
    public static func concept(metric id: String) -> String { camel(id) }

    /// The concept of a `sql:` figure (`Figure` + its name) or a `sql:` goal (`Goal` + its id), in the project namespace.
    public static func projectConcept(figure name: String) -> String { "Figure" + camel(name) }
    public static func projectConcept(goal id: String) -> String { "Goal" + camel(id) }

    /// The numbers a page shows beside a ratio's figure ("8 of 8 (100.0%)", "52.5% (63 of 120)"), each a concept of
    /// its own named after the metric's: `LedgerAdoptionDenominator`, `TrainingCompletionNumerator`.
    public enum RatioPart: String, Sendable, CaseIterable {
        /// The count the figure is a share of (a percentage's numerator).
        case numerator = "Numerator"
        /// What the figure is out of: companies in scope, assignments, forms.
        case denominator = "Denominator"
        /// A count of scope's share as a percentage.
        case share = "Share"
    }

    /// The parts a metric of `kind` has concepts for: a count of scope's value is its numerator, so it has a
    /// denominator and a share; a percentage's value is its share, so it has a numerator and a denominator.
    public static func ratioParts(_ kind: MetricDefinition.Kind) -> [RatioPart] {
        switch kind {
        case .countOfScope: return [.denominator, .share]
        case .percent: return [.numerator, .denominator]
        case .count, .date: return []
        }
    }

    /// The concept of one part of a figure: its concept's name with the part's (`TrainingCompletion` → `TrainingCompletionNumerator`).
    public static func concept(_ concept: String, part: RatioPart) -> String { concept + part.rawValue }

    /// The nonNumeric concepts of each goal's row.
    public static let goalStatus = "GoalStatus"
    public static let goalTarget = "GoalTarget"
    /// The typed dimension naming a goal (its id).
    public static let goalAxis = "GoalAxis"

    /// The scope's dimensions, in the order contexts list them.
    public static let scopeAxes = ["RegionAxis", "RelationshipAxis", "MajorAxis", "CompanyAxis"]
    /// The dimension of a filter column: `course` → `CourseFilterAxis`.
    public static func filterAxis(_ column: String) -> String { camel(column) + "FilterAxis" }
    /// The element each typed dimension's value is written in.
    public static let selection = "Selection"
    /// A dimension's value when the figure does not restrict it.
    public static let unrestricted = "all"

    /// The typed dimension values of a figure: its scope, then each filter column of its metric (`all` where the
    /// figure names none). The values of one key are sorted and joined by a space.
    public static func dimensions(scope: CompanyScope, filter: [String: [String]], filterColumns: [String]) -> [(axis: String, value: String)] {
        func joined(_ values: [String]?) -> String { values.map { $0.sorted().joined(separator: " ") } ?? unrestricted }
        var axes: [(String, String)] = [
            ("RegionAxis", joined(scope.region?.map(\.rawValue))),
            ("RelationshipAxis", joined(scope.relationship?.map(\.rawValue))),
            ("MajorAxis", scope.major.map { $0 ? "yes" : "no" } ?? unrestricted),
            ("CompanyAxis", joined(scope.company)),
        ]
        for column in filterColumns { axes.append((filterAxis(column), joined(filter[column]))) }
        return axes
    }

    /// The filter columns a metric's contexts carry: the built-in metric's, none for a `sql:` one.
    public static func filterColumns(_ reference: MetricReference) -> [String] {
        guard reference.sql == nil, let definition = MetricCatalog.all[reference.id] else { return [] }
        return definition.filterColumns.map(\.column.name)
    }

    /// True when a metric is a state at the fiscal year's last day (an instant); false for what happened during the
    /// year (a duration). Read from the rule as the catalog words it: a rule naming "FY end" ("active at FY end", "covers
    /// FY end") and not "in the FY" ("made in the FY … completed by FY end" is a flow), or a date.
    public static func isInstant(_ definition: MetricDefinition) -> Bool {
        definition.kind == .date || (definition.rule.contains("FY end") && !definition.rule.contains("in the FY"))
    }

    /// `training_completion` or `web-training` → `TrainingCompletion`, `WebTraining`; a name that would not start with a
    /// letter gets `N` first, and characters XML names do not allow are dropped.
    public static func camel(_ name: String) -> String {
        var result = ""
        var upper = true
        for character in name {
            guard character.isASCII, character.isLetter || character.isNumber else {
                upper = true
                continue
            }
            result += upper ? character.uppercased() : String(character)
            upper = false
        }
        if result.first.map({ !$0.isLetter }) ?? true { result = "N" + result }
        return result
    }
}
