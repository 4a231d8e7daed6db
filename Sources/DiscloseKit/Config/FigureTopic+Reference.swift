extension FigureTopic {
    /// The topic of a figure computed by `reference`: its built-in metric's, or `other` for a `sql:` metric.
    public static func of(_ reference: MetricReference) -> FigureTopic {
        guard reference.sql == nil else { return .other }
        return MetricCatalog.all[reference.id]?.topic ?? .other
    }
}
