extension MetricValue {
    /// The value as the page shows it: grouped digits, one-decimal percentages, ISO dates, "—" for none.
    public var text: String {
        switch self {
        case .count(let count): return count.groupedText
        case .percent(let ratio): return (ratio.percentText() ?? "—") + "%"
        case .date(let day): return day.description
        case .undefined: return "—"
        }
    }

    /// The value for JSON: a plain number, or a quoted date, or null.
    public var jsonText: String {
        switch self {
        case .count(let count): return String(count)
        case .percent(let ratio): return ratio.percentJSON ?? "null"
        case .date(let day): return "\"\(day)\""
        case .undefined: return "null"
        }
    }
}

extension Int {
    /// "1 company", "3 companies": the count with its noun in the right number.
    public func counted(_ singular: String, _ plural: String? = nil) -> String {
        "\(groupedText) \(self == 1 ? singular : plural ?? singular + "s")"
    }

    /// `1,234,567`
    public var groupedText: String {
        let digits = String(magnitude)
        var result = ""
        for (index, character) in digits.enumerated() {
            if index > 0, (digits.count - index) % 3 == 0 { result.append(",") }
            result.append(character)
        }
        return self < 0 ? "-" + result : result
    }
}

extension Optional where Wrapped == MetricValue {
    /// "—" for a missing value.
    public var text: String { self?.text ?? "—" }

    /// A date as "October 2005"; other values as `text`.
    public var monthText: String {
        guard case .date(let day) = self else { return text }
        let (year, month, _) = day.components
        return "\(FiscalYear.monthNames[month - 1]) \(year)"
    }
}
