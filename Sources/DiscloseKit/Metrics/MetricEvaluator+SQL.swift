extension MetricEvaluator {
    /// Runs a `sql:` metric: one read-only SELECT on a read-only connection, returning a count or a
    /// numerator and denominator. `:fiscal_year`, `:fy_start`, `:fy_end` are bound, and the table
    /// `scope_companies(code)` holds the codes of the metric's scope.
    func evaluateSQL(_ reference: MetricReference, sql: String, fiscalYear: FiscalYear, scope: [String]) throws(DiscloseError)
        -> MetricResult
    {
        let readOnly = try store.readOnlyConnection(scope: scope, seconds: sqlSeconds)
        let statement: Statement
        do {
            statement = try readOnly.prepare(sql)
        } catch {
            if let refusal = readOnly.sandbox?.refusal { throw .invalid(at: reference.location, "sql metric refused: \(refusal)") }
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
        let rows: [[SQLValue]]
        do {
            rows = try Self.allRows(statement, location: reference.location)
        } catch {
            if readOnly.sandbox?.timedOut == true {
                throw .invalid(
                    at: reference.location,
                    "sql metric stopped: still running after \(Self.seconds(sqlSeconds)) s; simplify the query or raise limits.sql_seconds")
            }
            throw error
        }
        guard rows.count == 1, let row = rows.first, (1...2).contains(row.count), row.allSatisfy({ $0.integer != nil }) else {
            throw .invalid(
                at: reference.location,
                "sql metric must return one row with a whole number (a count) or two (numerator, denominator); it returned \(rows.count) row(s)"
            )
        }
        let numbers = row.compactMap(\.integer)
        let names = numbers.count == 2 ? ["numerator", "denominator"] : ["count"]
        for (name, number) in zip(names, numbers) {
            if number < 0 { throw .invalid(at: reference.location, "sql metric returned a negative \(name) (\(number)); counts are whole numbers ≥ 0") }
            try Self.checkRange(number, name: name, at: reference.location)
        }
        let value: MetricValue
        var ratio: Ratio?
        if numbers.count == 2 {
            let computed = Ratio(Int(numbers[0]), Int(numbers[1]))
            ratio = computed
            value = computed.isUndefined ? .undefined : .percent(computed)
        } else {
            value = .count(Int(numbers[0]))
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

    /// The largest figure a metric may give: beyond it, percentages and comparisons could overflow.
    public static let largestValue: Int64 = 1_000_000_000_000_000

    /// A located error for a figure beyond `largestValue`.
    static func checkRange(_ number: Int64, name: String, at location: SourceLocation) throws(DiscloseError) {
        guard number > largestValue else { return }
        throw .invalid(at: location, "metric \(name) \(number) is larger than 1,000,000,000,000,000, the largest figure the page can show")
    }

    /// `5`, `0.5`: seconds as written in limits.sql_seconds.
    static func seconds(_ value: Double) -> String {
        value == value.rounded() && value < 1e9 ? String(Int(value)) : String(value)
    }

    static func reason(_ error: DiscloseError) -> String {
        if case .database(_, let message, _) = error.reason { return message }
        return error.description
    }
}
