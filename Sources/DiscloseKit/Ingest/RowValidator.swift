/// Checks one CSV record against a dataset's columns and row rules, producing typed values.
struct RowValidator {
    let spec: DatasetSpec
    let header: HeaderMap
    let path: String
    /// Course codes declared in pipeline.yaml.
    let courses: Set<String>
    /// The keys of the dataset this one references (`spec.crossFileRules`) in the same folder; nil when not checked.
    var referenced: ReferencedKeys?
    /// What the validator looks up once per dataset rather than per file.
    let checks: Checks

    /// Column positions and byte checks of one dataset (with the run's courses), shared by all its files.
    struct Checks: Sendable {
        /// For each of `spec.rules`, the spec positions of the two columns it names.
        let ruleColumns: [(Int, Int)]
        /// For each of `spec.crossFileRules`, the spec positions of its column and of its condition's column.
        let crossFileColumns: [(column: Int?, condition: Int?)]
        /// How each column is checked on bytes (`validate(_:into:values:)` for a `RawRecord`).
        let byteChecks: [ByteCheck]

        init(spec: DatasetSpec, courses: Set<String>) {
            func position(_ name: String) -> Int { spec.columns.firstIndex { $0.name == name } ?? 0 }
            ruleColumns = spec.rules.map { rule in
                switch rule {
                case .notBefore(let first, let second), .requiredWhen(let first, let second, _),
                    .requiredUnless(let first, let second, _), .restrictedWhen(let first, let second, _, _),
                    .notGreater(let first, let second), .zeroUnless(let first, let second, _):
                    return (position(first), position(second))
                }
            }
            crossFileColumns = spec.crossFileRules.map { rule in
                switch rule {
                case .references(let column, _, _, let condition):
                    return (spec.position(of: column), condition.flatMap { spec.position(of: $0.column) })
                }
            }
            byteChecks = RowValidator.byteChecks(for: spec, courses: courses)
        }
    }

    init(spec: DatasetSpec, header: HeaderMap, path: String, courses: Set<String>, referenced: ReferencedKeys?, checks: Checks? = nil) {
        self.spec = spec
        self.header = header
        self.path = path
        self.courses = courses
        self.referenced = referenced
        self.checks = checks ?? Checks(spec: spec, courses: courses)
    }

    var ruleColumns: [(Int, Int)] { checks.ruleColumns }

    /// The row's values in spec column order, or nil (with diagnostics) when any field is invalid.
    func validate(_ record: CSVRecord, into diagnostics: inout [Diagnostic]) -> [SQLValue]? {
        var values: [SQLValue] = []
        return validate(record, into: &diagnostics, values: &values) ? values : nil
    }

    /// Fills `values` (reused between rows) in spec column order; false (with diagnostics) when any field is invalid.
    func validate(_ record: CSVRecord, into diagnostics: inout [Diagnostic], values: inout [SQLValue]) -> Bool {
        values.removeAll(keepingCapacity: true)
        var ok = true
        for (position, column) in spec.columns.enumerated() {
            let index = header.fieldIndex[position]
            let field = record.fields[index]
            if field.isEmpty {
                if !column.optional {
                    diagnostics.append(.error(at: location(record, index), "missing value for required field '\(column.name)'"))
                    ok = false
                }
                values.append(.null)
                continue
            }
            if column.type == .text || column.type == .personID, let problem = controlCharacter(in: field, of: record, at: index, column: column) {
                diagnostics.append(problem)
                values.append(.null)
                ok = false
                continue
            }
            switch convert(field, column) {
            case .success(let value): values.append(value)
            case .failure(let problem):
                diagnostics.append(
                    controlCharacter(in: field, of: record, at: index, column: column) ?? .error(at: location(record, index), problem.message))
                values.append(.null)
                ok = false
            }
        }
        guard ok else { return false }
        for (rule, columns) in zip(spec.rules, ruleColumns) {
            if let (column, message) = violation(of: rule, columns, values) {
                diagnostics.append(.error(at: location(record, header.fieldIndex[column]), message))
                ok = false
            }
        }
        if ok, let referenced {
            for rule in spec.crossFileRules where !check(rule, values, referenced, record, into: &diagnostics) { ok = false }
        }
        return ok
    }

    /// Checks a cross-file rule; false (with a diagnostic) when the row names a key the referenced file lacks.
    func check(
        _ rule: CrossFileRule, _ values: [SQLValue], _ keys: ReferencedKeys, _ record: CSVRecord, into diagnostics: inout [Diagnostic]
    ) -> Bool {
        guard case .references(let column, let dataset, let key, let condition) = rule,
            let position = spec.columns.firstIndex(where: { $0.name == column }), let value = values[position].text
        else { return true }
        var kind = ""
        if let condition {
            guard let conditionPosition = spec.columns.firstIndex(where: { $0.name == condition.column }),
                values[conditionPosition].text == condition.value
            else { return true }
            kind = condition.value + " "
        }
        guard !keys.valid.contains(value) else { return true }
        let row = spec.name.hasSuffix("s") ? String(spec.name.dropLast()) : spec.name
        let message = "\(kind)\(row) \(column) '\(value)' is not a \(key) in this company's \(dataset).csv"
        let at = location(record, header.fieldIndex[position])
        if keys.rejectedRowMayHold(value) {
            diagnostics.append(.followOn(at: at, message + " (its \(dataset) row was rejected)"))
        } else {
            diagnostics.append(.error(at: at, message + Suggestion.hint(for: value, in: keys.valid.sorted())))
        }
        return false
    }

    /// A located error for the first control character in a field (free-text columns are checked
    /// on every row; other types reject such a field anyway, and are checked only then).
    func controlCharacter(in field: String, of record: CSVRecord, at index: Int, column: ColumnSpec) -> Diagnostic? {
        guard let first = ControlCharacter.occurrences(in: field, limit: 1).first else { return nil }
        let quoted = field.utf8.contains { $0 == UInt8(ascii: ",") || $0 == UInt8(ascii: "\"") || $0 == 10 || $0 == 13 } ? 1 : 0
        let line = record.fieldLines.indices.contains(index) ? record.fieldLines[index] : record.line
        let at = SourceLocation(
            path: path, line: line + first.line, column: first.line == 0 ? record.columns[index] + quoted + first.column - 1 : first.column)
        return .error(at: at, ControlCharacter.message(first.scalar, in: "in field '\(column.name)'"))
    }

    func location(_ record: CSVRecord, _ index: Int) -> SourceLocation {
        SourceLocation(path: path, line: record.line, column: record.columns[index])
    }

    struct Problem: Error { var message: String }

    func convert(_ field: String, _ column: ColumnSpec) -> Result<SQLValue, Problem> {
        let name = column.name
        switch column.type {
        case .text:
            return .success(.text(field))
        case .companyCode:
            return FieldFormat.isCompanyCode(field)
                ? .success(.text(field))
                : .failure(Problem(message: "invalid company code '\(field)' in field '\(name)': use capital letters, digits and '-'"))
        case .country:
            return FieldFormat.isCountryCode(field)
                ? .success(.text(field))
                : .failure(Problem(message: "invalid country '\(field)' in field '\(name)': expected an ISO 3166-1 alpha-2 code such as JP"))
        case .count:
            guard field.utf8.allSatisfy({ (48...57).contains($0) }) else {
                return .failure(Problem(message: "invalid number '\(field)' in field '\(name)': expected a whole number ≥ 0"))
            }
            guard let number = Int64(field) else {
                return .failure(
                    Problem(message: "number \(field.count > 24 ? field.prefix(24) + "…" : field) in field '\(name)' is too large: at most \(Int64.max)"))
            }
            return .success(.integer(number))
        case .date:
            guard Day(iso: field) != nil else {
                return .failure(
                    Problem(
                        message: FieldFormat.looksLikeISODate(field)
                            ? "invalid date '\(field)' in field '\(name)': that day does not exist"
                            : "invalid date '\(field)' in field '\(name)': expected YYYY-MM-DD"))
            }
            return .success(.text(field))
        case .boolean:
            switch field {
            case "yes": return .success(.integer(1))
            case "no": return .success(.integer(0))
            default:
                return .failure(Problem(message: "invalid value '\(field)' in field '\(name)': expected yes or no"))
            }
        case .enumeration(let allowed):
            guard allowed.contains(field) else {
                return .failure(
                    Problem(
                        message: "invalid value '\(field)' in field '\(name)': expected one of \(allowed.joined(separator: ", "))"
                            + Suggestion.hint(for: field, in: allowed)))
            }
            return .success(.text(field))
        case .personID:
            if let reason = FieldFormat.personIDProblem(field) {
                return .failure(Problem(message: "field '\(name)' must be pseudonymous: \(reason)"))
            }
            return .success(.text(field))
        case .courseCode:
            guard courses.contains(field) else {
                return .failure(
                    Problem(
                        message: "course '\(field)' in field '\(name)' is not declared under 'courses:' in pipeline.yaml"
                            + Suggestion.hint(for: field, in: courses.sorted())))
            }
            return .success(.text(field))
        }
    }

    /// The column (spec position) and message of a broken row rule, if any.
    /// `columns` are the spec positions of the two columns the rule names, in the order it names them.
    func violation(of rule: RowRule, _ columns: (Int, Int), _ values: [SQLValue]) -> (Int, String)? {
        func position(_ name: String) -> Int {
            switch rule {
            case .notBefore(let first, _), .requiredWhen(let first, _, _), .requiredUnless(let first, _, _),
                .restrictedWhen(let first, _, _, _), .notGreater(let first, _), .zeroUnless(let first, _, _):
                return name == first ? columns.0 : columns.1
            }
        }
        func text(_ name: String) -> String? {
            let index = position(name)
            switch values[index] {
            case .text(let value): return value
            case .integer(let value):
                if case .boolean = spec.columns[index].type { return value == 1 ? "yes" : "no" }
                return String(value)
            default: return nil
            }
        }
        switch rule {
        case .notBefore(let later, let earlier):
            if let late = text(later), let early = text(earlier), late < early {
                return (position(later), "'\(later)' \(late) is before '\(earlier)' \(early)")
            }
        case .requiredWhen(let column, let condition, let value):
            if text(condition) == value, text(column) == nil {
                return (position(column), "missing value for field '\(column)': required when \(condition) = \(value)")
            }
        case .requiredUnless(let column, let condition, let value):
            if text(condition) != value, text(column) == nil {
                return (position(column), "missing value for field '\(column)': required unless \(condition) = \(value)")
            }
        case .restrictedWhen(let column, let condition, let value, let allowed):
            if text(condition) == value, let actual = text(column), !allowed.contains(actual) {
                return (
                    position(column),
                    "'\(column)' must be \(allowed.joined(separator: " or ")) when \(condition) = \(value), found '\(actual)'"
                )
            }
        case .notGreater(let column, let limit):
            if let value = values[position(column)].integer, let bound = values[position(limit)].integer, value > bound {
                return (position(column), "'\(column)' \(value) is greater than '\(limit)' \(bound)")
            }
        case .zeroUnless(let column, let condition, let allowed):
            if let value = values[position(column)].integer, value != 0, let actual = text(condition), !allowed.contains(actual) {
                return (position(column), "'\(column)' must be 0 when \(condition) = \(actual), found \(value)")
            }
        }
        return nil
    }
}
