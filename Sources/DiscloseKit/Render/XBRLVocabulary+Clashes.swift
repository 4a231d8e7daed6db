/// Project concepts that would share a name: a concept keeps only a name's ASCII letters and digits, so `a-b` and `a_b`
/// are one concept, and a part takes the concept's name with its own after it, so `reviews_numerator` is `reviews`'s
/// numerator. Two elements of one name make the project's schema invalid: each clash is a located error.
extension XBRLVocabulary {
    /// One located error per `sql:` figure or goal whose concept, or one of whose part concepts, another one's already
    /// has, in pipeline.yaml order.
    public static func clashes(in config: PipelineConfig) -> [Diagnostic] {
        var owners: [String: String] = [:]
        var diagnostics: [Diagnostic] = []
        var named: [(what: String, concept: String, location: SourceLocation)] = []
        for figure in config.figures where figure.metric.sql != nil {
            named.append(("figure '\(figure.name)'", projectConcept(figure: figure.name), figure.location))
        }
        for goal in config.goals where goal.metric?.sql != nil {
            named.append(("goal '\(goal.id)'", projectConcept(goal: goal.id), goal.location))
        }
        for item in named {
            let names = [item.concept] + ratioParts(.percent).map { concept(item.concept, part: $0) }
            if let clash = names.first(where: { owners[$0] != nil }), let owner = owners[clash] {
                diagnostics.append(
                    .error(
                        at: item.location,
                        "\(item.what) and \(owner) would both be the XBRL concept \(projectPrefix):\(clash) (a concept keeps only "
                            + "letters and digits, and a part adds Numerator or Denominator to its figure's); rename one"))
                continue
            }
            for name in names { owners[name] = item.what }
        }
        return diagnostics
    }
}
