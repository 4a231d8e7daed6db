extension MetricEvaluator {
    /// Runs a `sql:` metric: one read-only SELECT on a read-only connection, returning a count or a
    /// numerator and denominator. `:fiscal_year`, `:fy_start`, `:fy_end` are bound, and the table
    /// `scope_companies(code)` holds the codes of the metric's scope.
    ///
    /// Its coverage is that of a built-in metric: the datasets it reads are the tables SQLite's authorizer reports
    /// while the statement is prepared, and a company of the scope that did not send one of them for the year makes
    /// the figure incomplete. The partial value is then the query run with `scope_companies` holding the companies
    /// that reported.
    func evaluateSQL(_ reference: MetricReference, sql: String, fiscalYear: FiscalYear, scope: [String]) throws(DiscloseError)
        -> MetricResult
    {
        var readOnly = try store.readOnlyConnection(scope: scope, seconds: sqlSeconds)
        var statement = try prepare(reference, sql: sql, on: readOnly)
        let tables = readOnly.sandbox?.tablesRead ?? []
        let datasets = DatasetCatalog.perCompany.map(\.name).filter { tables.contains($0.lowercased()) }
        let reported = scope.filter { code in datasets.allSatisfy { data.submitted($0, by: code, in: fiscalYear.label) } }
        let reporting = Set(reported)
        let missing = scope.filter { !reporting.contains($0) }
        if !missing.isEmpty {
            readOnly = try store.readOnlyConnection(scope: reported, seconds: sqlSeconds)
            statement = try prepare(reference, sql: sql, on: readOnly)
        }
        let numbers = try run(statement, on: readOnly, reference: reference, fiscalYear: fiscalYear)
        let value: MetricValue
        var ratio: Ratio?
        if numbers.count == 2 {
            let computed = Ratio(Int(numbers[0]), Int(numbers[1]))
            ratio = computed
            value = computed.isUndefined ? .undefined : .percent(computed)
        } else {
            value = .count(Int(numbers[0]))
        }
        let complete = missing.isEmpty
        return MetricResult(
            reference: reference, unit: reference.unit ?? "", tag: nil, kind: numbers.count == 2 ? .percent : .count,
            fiscalYear: fiscalYear.label, value: complete ? value : nil, partialValue: complete ? nil : value, ratio: ratio,
            coverage: Coverage(inScope: scope.count, reported: reported.count, missingCompanies: missing, missingNames: names(of: missing)),
            companies: scope, inputs: try inputs(datasets, companies: reported, year: fiscalYear.label), breakdown: [:], sql: sql)
    }

    /// One prepared read-only SELECT, or the sandbox's refusal at the metric.
    func prepare(_ reference: MetricReference, sql: String, on readOnly: Database) throws(DiscloseError) -> Statement {
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
        return statement
    }

    /// The query's one row: a count, or numerator and denominator, each checked.
    func run(
        _ statement: Statement, on readOnly: Database, reference: MetricReference, fiscalYear: FiscalYear
    ) throws(DiscloseError) -> [Int64] {
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
        return numbers
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
