/// Numbers, dates, fiscal years and figures written the edition's way.
extension Edition {
    /// `1,234,567` with the edition's digit separator.
    public func number(_ value: Int) -> String {
        let digits = String(value.magnitude)
        let separator = self[.digitGroup]
        var result = ""
        for (index, character) in digits.enumerated() {
            if index > 0, (digits.count - index) % 3 == 0 { result += separator }
            result.append(character)
        }
        return value < 0 ? "-" + result : result
    }

    /// `94.3%`, rounded half-up to one decimal; the no-value mark over a zero denominator.
    public func percent(_ ratio: Ratio?) -> String {
        guard let text = ratio?.percentText() else { return self[.noValue] }
        return format(.percent, ["value": text])
    }

    /// A value as a table cell shows it.
    public func value(_ value: MetricValue?) -> String {
        switch value {
        case .some(.count(let count)): return number(count)
        case .some(.percent(let ratio)): return percent(ratio)
        case .some(.date(let day)): return date(day)
        case .some(.undefined), nil: return self[.noValue]
        }
    }

    /// A date value as its month ("October 2005", "2005年10月"); other values as `value`.
    public func month(_ value: MetricValue?) -> String {
        guard case .date(let day) = value else { return self.value(value) }
        let (year, month, _) = day.components
        return monthYear(year: year, month: month)
    }

    public func date(_ day: Day) -> String {
        let (year, month, dayOfMonth) = day.components
        return format(.date, dateValues(year: year, month: month, day: dayOfMonth))
    }

    public func monthYear(year: Int, month: Int) -> String {
        format(.monthYear, dateValues(year: year, month: month, day: 1))
    }

    /// The fiscal year as a label: `FY2025`, `2025年度`.
    public func fiscalYear(_ label: Int) -> String {
        format(.fiscalYear, ["year": String(label)])
    }

    /// The fiscal year as narrative `{{fy}}`: `2025`, `2025年度`.
    public func fiscalYearValue(_ label: Int) -> String {
        format(.fiscalYearValue, ["year": String(label)])
    }

    /// The end of the fiscal year as narrative `{{fy_end}}`: `end of March 2026`, `2026年3月末`.
    public func fiscalYearEnd(_ fiscalYear: FiscalYear) -> String {
        let (year, month, day) = fiscalYear.end.components
        return format(.fiscalYearEnd, dateValues(year: year, month: month, day: day))
    }

    /// `April 2021 to March 2026`.
    public func period(_ from: YearMonth, _ to: YearMonth) -> String {
        format(.period, ["from": monthYear(year: from.year, month: from.month), "to": monthYear(year: to.year, month: to.month)])
    }

    /// `1 company`, `3 companies`.
    public func companies(_ count: Int) -> String {
        format(count == 1 ? .companiesOne : .companiesOther, ["count": number(count)])
    }

    public func files(_ count: Int) -> String {
        format(count == 1 ? .filesOne : .filesOther, ["count": number(count)])
    }

    public func rows(_ count: Int) -> String {
        format(count == 1 ? .rowsOne : .rowsOther, ["count": number(count)])
    }

    public func list(_ items: [String]) -> String {
        items.joined(separator: self[.listSeparator])
    }

    /// A result as a table cell: the value, `n of d (p%)` for a count over a scope, or the partial value labelled
    /// with its coverage ("at least 2 (39 of 40 companies reported)"), or "not reported".
    public func figure(_ result: MetricResult) -> String {
        guard let value = result.value else {
            if result.coverage.inScope == 0 { return self[.figureNoCompanies] }
            return partial(result)
        }
        if result.kind == .countOfScope, let ratio = result.ratio {
            return format(
                .countOfScope,
                ["numerator": number(ratio.numerator), "denominator": number(ratio.denominator), "percent": percent(ratio)])
        }
        return self.value(value)
    }

    /// A figure or the no-value mark.
    public func figure(_ result: MetricResult?) -> String {
        result.map { figure($0) } ?? self[.noValue]
    }

    /// The coverage sentence when some company in scope did not report; nil when all did.
    public func coverage(_ result: MetricResult) -> String? {
        let coverage = result.coverage
        guard !coverage.isComplete else { return nil }
        if coverage.inScope == 0 { return self[.coverageNoCompanies] }
        return format(
            coverage.reported == 0 ? .coverageNone : .coverage,
            ["reported": number(coverage.reported), "in_scope": companies(coverage.inScope), "missing": list(coverage.missingNames)])
    }

    /// A target in the edition's words, never as code: "95% or more", "zero", 「95%以上」, 「0件」 (a count target takes
    /// its metric's counter, `unit`), or the no-value mark.
    public func target(_ target: Target?, unit: String = "") -> String {
        guard let target else { return self[.noValue] }
        let word: Word
        // A bare threshold ("100%") is written as the threshold alone, as it is in pipeline.yaml.
        let bare = target.text.trimming(" ").first?.isNumber == true
        switch bare ? .equal : target.comparison {
        case .equal: word = target.mantissa == 0 && !target.isPercent ? .targetZero : .targetEqual
        case .atLeast: word = .targetAtLeast
        case .atMost: word = .targetAtMost
        case .greater: word = .targetGreater
        case .less: word = .targetLess
        }
        var digits = String(target.mantissa)
        if target.scale > 0 {
            digits = String(repeating: "0", count: max(0, target.scale + 1 - digits.count)) + digits
            digits.insert(".", at: digits.index(digits.endIndex, offsetBy: -target.scale))
        }
        let threshold: String
        if target.isPercent {
            threshold = format(.percent, ["value": digits])
        } else if target.scale == 0, placesCounters, !unit.isEmpty {
            threshold = count(target.mantissa, unit: unit)
        } else {
            threshold = target.scale == 0 ? number(target.mantissa) : digits
        }
        return format(word, ["value": threshold, "as_written": target.text])
    }

    /// The status in words.
    public func status(_ status: GoalStatus) -> String {
        switch status {
        case .met: return self[.statusMet]
        case .notMet: return self[.statusNotMet]
        case .insufficientData: return self[.statusInsufficientData]
        case .reported: return self[.statusReported]
        }
    }

    func dateValues(year: Int, month: Int, day: Int) -> [String: String] {
        let names = self[.monthNames].split(separator: "|").map(String.init)
        return [
            "year": String(year), "month": names.count == 12 && (1...12).contains(month) ? names[month - 1] : String(month),
            "mm": month < 10 ? "0\(month)" : String(month), "day": String(day), "dd": day < 10 ? "0\(day)" : String(day),
        ]
    }
}

/// Incomplete figures: never a number that looks complete, never a dash in running text.
extension Edition {
    /// The partial value labelled with its coverage: "at least 2 (39 of 40 companies reported)"; "not reported" when
    /// no company in scope reported; "no company in scope" when the scope is empty.
    ///
    /// `counterSlot` is written right after the bound's number, where running text places a counter (`CounterPlacement`).
    public func partial(_ result: MetricResult, month: Bool = false, counterSlot: String = "") -> String {
        let coverage = result.coverage
        guard coverage.inScope > 0, coverage.reported > 0, let partial = result.partialValue, partial != .undefined else {
            return partialBound(result, month: month, counterSlot: counterSlot)
        }
        return format(
            .partialValue,
            [
                "value": partialBound(result, month: month, counterSlot: counterSlot), "reported": number(coverage.reported),
                "in_scope": companies(coverage.inScope),
            ])
    }

    /// The partial value alone, as a bound where it is one: "at least 2", "0 so far", "2005-10-01 or earlier", "94.3%";
    /// "not reported" or "no company in scope" when there is none.
    public func partialBound(_ result: MetricResult, month: Bool = false, counterSlot: String = "") -> String {
        let coverage = result.coverage
        if coverage.inScope == 0 { return self[.narrativeNoCompanies] }
        guard coverage.reported > 0, let partial = result.partialValue else { return self[.notReported] }
        switch partial {
        case .count(let count):
            let bound = format(count == 0 ? .partialSoFar : .partialAtLeast, ["value": number(count) + counterSlot])
            if result.kind == .countOfScope { return format(.partialOfScope, ["value": bound, "in_scope": number(coverage.inScope)]) }
            return bound
        case .percent(let ratio): return percent(ratio)
        case .date: return format(.partialOrEarlier, ["value": month ? self.month(partial) : value(partial)])
        case .undefined:
            // The companies that reported give nothing to count: no value yet, never "not reported".
            return format(.partialUndefined, ["reported": number(coverage.reported), "in_scope": companies(coverage.inScope)])
        }
    }

    /// A part of an incomplete ratio (numerator or denominator), as a lower bound labelled with its coverage.
    public func partialPart(_ part: Int, _ result: MetricResult, counterSlot: String = "") -> String {
        let coverage = result.coverage
        guard coverage.inScope > 0, coverage.reported > 0 else { return partialBound(result, counterSlot: counterSlot) }
        return format(
            .partialValue,
            [
                "value": format(part == 0 ? .partialSoFar : .partialAtLeast, ["value": number(part) + counterSlot]), "reported": number(coverage.reported),
                "in_scope": companies(coverage.inScope),
            ])
    }
}

extension Edition {
    /// A count with its metric's unit in the edition's words ("3 incidents", "1 incident", "3件"); a unit the
    /// edition has no word for is written as given, and no unit gives the number alone.
    public func count(_ value: Int, unit: String) -> String {
        guard !unit.isEmpty, unit != "%" else { return number(value) }
        return format(.countWithUnit, ["count": number(value), "unit": unitWord(value, unit: unit)])
    }

    /// The edition's word for `unit` counting `value` (singular for 1), or the unit as given.
    func unitWord(_ value: Int, unit: String) -> String {
        var word = unit
        for entry in self[.unitNames].split(separator: "|") {
            let pair = entry.split(separator: ":", maxSplits: 1)
            guard pair.count == 2, pair[0] == unit else { continue }
            let forms = pair[1].split(separator: "/")
            word = String((value == 1 ? forms.first : forms.last) ?? pair[1])
        }
        return word
    }
}
