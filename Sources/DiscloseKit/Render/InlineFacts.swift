/// The inline XBRL of one report: every context and unit its facts need (the `ix:header`), and each figure, goal
/// status and target as the XHTML page writes it, tagged where it is shown.
///
/// Made from the typed report only. Contexts are numbered in the order the report first needs them (goals, then
/// figures, then the standards index), so every edition's page carries the same contexts, byte for byte.
struct InlineFacts {
    /// One context: its period and typed dimension values.
    struct Context: Hashable {
        var start: Day?
        var end: Day
        var dimensions: [String]
    }

    let report: Report
    let entity: (scheme: String, id: String)
    private(set) var contexts: [Context] = []
    private var ids: [Context: String] = [:]

    init(report: Report, entity: DisclosureEntity?) {
        self.report = report
        let name = report.organization[report.languages.first ?? "en"]
        self.entity = entity.map { ($0.scheme, $0.id) } ?? (XBRLVocabulary.localEntityScheme, InlineFacts.token(name))
        for goal in report.goals {
            if let result = goal.result {
                _ = context(for: result)
                if let prior = goal.prior { _ = context(for: prior) }
            }
            _ = goalContext(goal)
        }
        for figure in report.figures { _ = context(for: figure.result) }
        // The charts' tables: the goals' results again, their earlier years (trends), the populations of a goal.
        for chart in report.charts {
            for bar in chart.bars { _ = context(for: bar.result) }
        }
    }

    /// The concept of a goal's metric: the built-in metric's, or the project's concept of a `sql:` goal.
    func concept(of goal: GoalReport) -> String {
        guard let reference = goal.goal.metric, reference.sql == nil else {
            return XBRLVocabulary.projectPrefix + ":" + XBRLVocabulary.projectConcept(goal: goal.goal.id)
        }
        return XBRLVocabulary.prefix + ":" + XBRLVocabulary.concept(metric: reference.id)
    }

    /// The concept of goal `id`'s metric (a chart's bars show a goal's metric), nil for a goal the report lacks.
    func concept(ofGoal id: String) -> String? {
        report.goals.first { $0.goal.id == id }.map(concept(of:))
    }

    /// The concept of a named figure.
    func concept(of figure: FigureReport) -> String {
        guard figure.result.reference.sql == nil else {
            return XBRLVocabulary.projectPrefix + ":" + XBRLVocabulary.projectConcept(figure: figure.name)
        }
        return XBRLVocabulary.prefix + ":" + XBRLVocabulary.concept(metric: figure.result.reference.id)
    }

    /// True when a result's concept is a state at the year's end.
    static func isInstant(_ result: MetricResult) -> Bool {
        guard result.reference.sql == nil, let definition = MetricCatalog.all[result.reference.id] else { return false }
        return XBRLVocabulary.isInstant(definition)
    }

    /// The context id of `result`'s fiscal year, scope and filters (registered on first use).
    mutating func context(for result: MetricResult) -> String { register(context(of: result)) }

    /// The context of `result`: a duration over its fiscal year (an instant at its end for a state), its scope and
    /// filters as typed dimensions.
    func context(of result: MetricResult) -> Context {
        let year = FiscalYear(result.fiscalYear, startMonth: report.fiscalYear.startMonth)
        let dimensions = XBRLVocabulary.dimensions(
            scope: result.reference.scope, filter: result.reference.filter, filterColumns: XBRLVocabulary.filterColumns(result.reference))
        return Context(
            start: InlineFacts.isInstant(result) ? nil : year.start, end: year.end,
            dimensions: dimensions.map { InlineFacts.typedMember($0.axis, $0.value) })
    }

    /// The context of a goal's status and target: the disclosed year, the goal named on its dimension.
    mutating func goalContext(_ goal: GoalReport) -> String { register(context(of: goal)) }

    func context(of goal: GoalReport) -> Context {
        let year = report.fiscalYear
        return Context(start: year.start, end: year.end, dimensions: [InlineFacts.typedMember(XBRLVocabulary.goalAxis, goal.goal.id)])
    }

    /// The id of an already registered context (registration happens in `init`).
    func id(of result: MetricResult) -> String? { ids[context(of: result)] }

    func goalContextID(_ goal: GoalReport) -> String? { ids[context(of: goal)] }

    private mutating func register(_ context: Context) -> String {
        if let id = ids[context] { return id }
        let id = "c\(contexts.count + 1)"
        ids[context] = id
        contexts.append(context)
        return id
    }

    /// `<xbrldi:typedMember …><disc:Selection>value</disc:Selection></xbrldi:typedMember>`.
    static func typedMember(_ axis: String, _ value: String) -> String {
        let p = XBRLVocabulary.prefix
        return "<xbrldi:typedMember dimension=\"\(p):\(axis)\"><\(p):\(XBRLVocabulary.selection)>\(SVGChart.escape(value))"
            + "</\(p):\(XBRLVocabulary.selection)></xbrldi:typedMember>"
    }

    /// A name as an `xs:token`: runs of white space as one space, none at either end.
    static func token(_ text: String) -> String {
        text.split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
    }

    /// The hidden `ix:header`: the schema reference, every context and the unit `pure`.
    var header: String {
        var lines = [
            "<div style=\"display:none\">", "<ix:header>", "<ix:references>",
            "<link:schemaRef xlink:type=\"simple\" xlink:href=\"\(XBRLVocabulary.entryPoint)\"/>", "</ix:references>", "<ix:resources>",
        ]
        let entityXML = "<xbrli:entity><xbrli:identifier scheme=\"\(SVGChart.escape(entity.scheme))\">\(SVGChart.escape(entity.id))</xbrli:identifier>"
        for (index, context) in contexts.enumerated() {
            let period = context.start.map {
                "<xbrli:startDate>\($0)</xbrli:startDate><xbrli:endDate>\(context.end)</xbrli:endDate>"
            } ?? "<xbrli:instant>\(context.end)</xbrli:instant>"
            lines.append(
                "<xbrli:context id=\"c\(index + 1)\">\(entityXML)<xbrli:segment>\(context.dimensions.joined())</xbrli:segment>"
                    + "</xbrli:entity><xbrli:period>\(period)</xbrli:period></xbrli:context>")
        }
        lines += ["<xbrli:unit id=\"pure\"><xbrli:measure>xbrli:pure</xbrli:measure></xbrli:unit>", "</ix:resources>", "</ix:header>", "</div>"]
        return lines.joined(separator: "\n")
    }
}
