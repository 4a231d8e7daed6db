extension JSONValue {
    /// A figure's value as data.json writes it: a count, a percentage to one decimal, a date; null when there is none.
    init(metricValue value: MetricValue?) {
        switch value {
        case nil, .some(.undefined): self = .null
        case .some(.count(let count)): self = .int(count)
        case .some(.percent(let ratio)): self = ratio.percentJSON.map(JSONValue.number) ?? .null
        case .some(.date(let day)): self = .string(day.description)
        }
    }
}
