extension MetricEvaluator {
    /// Runs a `sql:` metric: one read-only SELECT on a read-only connection, returning a count or a
    /// numerator and denominator. `:fiscal_year`, `:fy_start`, `:fy_end` are bound, and the table
    /// `scope_companies(code)` holds the codes of the metric's scope.
    func evaluateSQL(_ reference: MetricReference, sql: String, fiscalYear: FiscalYear, scope: [String]) throws(DiscloseError)
        -> MetricResult
    {
        let readOnly = try store.readOnlyConnection(scope: scope)
        let statement: Statement
        do {
            statement = try readOnly.prepare(sql)
        } catch {
            throw .invalid(at: reference.location, "sql metric refused: \(Self.reason(error)); only a single read-only SELECT is allowed")
        }
        let rest = statement.remainder.filter { !$0.isWhitespace && $0 != ";" }
        guard statement.isReadOnly, rest.isEmpty else {
            throw .invalid(at: reference.location, "sql metric refused: only a single read-only SELECT is allowed")
        }
        for (name, value) in [
            (":fiscal_year", SQLValue.integer(Int64(fiscalYear.label))), (":fy_start", .text(fiscalYear.start.description)),
            (":fy_end", .text(fiscalYear.end.description)),
        ] {
            let index = statement.parameterIndex(name)
            if index > 0 { try statement.bind(value, at: index) }
        }
        let rows = try Self.allRows(statement, location: reference.location)
        guard rows.count == 1, let row = rows.first, (1...2).contains(row.count), row.allSatisfy({ $0.integer != nil }) else {
            throw .invalid(
                at: reference.location,
                "sql metric must return one row with a whole number (a count) or two (numerator, denominator); it returned \(rows.count) row(s)"
            )
        }
        let value: MetricValue
        var ratio: Ratio?
        if row.count == 2 {
            let computed = Ratio(Int(row[0].integer ?? 0), Int(row[1].integer ?? 0))
            ratio = computed
            value = computed.isUndefined ? .undefined : .percent(computed)
        } else {
            value = .count(Int(row[0].integer ?? 0))
        }
        return MetricResult(
            reference: reference, unit: reference.unit ?? "", tag: nil, kind: row.count == 2 ? .percent : .count,
            fiscalYear: fiscalYear.label, value: value, partialValue: nil, ratio: ratio,
            coverage: Coverage(inScope: scope.count, reported: scope.count, missingCompanies: []), companies: scope,
            inputs: [], breakdown: [:], sql: sql)
    }

    static func allRows(_ statement: Statement, location: SourceLocation) throws(DiscloseError) -> [[SQLValue]] {
        var rows: [[SQLValue]] = []
        do {
            while let row = try statement.step() {
                rows.append(row)
                if rows.count > 1 { break }
            }
        } catch {
            throw .invalid(at: location, "sql metric failed: \(reason(error))")
        }
        return rows
    }

    static func reason(_ error: DiscloseError) -> String {
        if case .database(_, let message, _) = error.reason { return message }
        return error.description
    }
}
