/// The quick way through a row: every field checked and converted straight from the record's bytes.
///
/// It only says yes when the `String` rules of `RowValidator` would say yes with the same values; for
/// anything else (a broken field or rule, non-ASCII text a rule compares, a value it cannot decide) it
/// steps aside and the `String` path decides and words the diagnostics, exactly as before.
extension RowValidator {
    /// How one contract column is checked on bytes; built once per file.
    struct ByteCheck: Sendable {
        enum Kind: Sendable { case text, personID, companyCode, country, count, date, boolean, choice }
        var kind: Kind
        var optional: Bool
        /// The accepted values' bytes for a closed set (an enumeration or the declared courses).
        var choices: [[UInt8]] = []
    }

    static func byteChecks(for spec: DatasetSpec, courses: Set<String>) -> [ByteCheck] {
        spec.columns.map { column in
            let kind: ByteCheck.Kind
            var choices: [[UInt8]] = []
            switch column.type {
            case .text: kind = .text
            case .personID: kind = .personID
            case .companyCode: kind = .companyCode
            case .country: kind = .country
            case .count: kind = .count
            case .date: kind = .date
            case .boolean: kind = .boolean
            case .enumeration(let allowed):
                kind = .choice
                choices = allowed.map { Array($0.utf8) }
            case .courseCode:
                kind = .choice
                choices = courses.sorted().map { Array($0.utf8) }
            }
            return ByteCheck(kind: kind, optional: column.optional, choices: choices)
        }
    }

    /// Validates `record` into `values` (spec column order); false, with diagnostics, when any field or rule is broken.
    func validate(_ record: inout RawRecord, into diagnostics: inout [Diagnostic], values: inout PackedValues) -> Bool {
        let start = values.count
        if packFields(record, into: &values), rulesHold(values, from: start), crossFileRulesHold(values, from: start) {
            return true
        }
        values.truncate(toSlots: start)
        var slow: [SQLValue] = []
        guard validate(record.record, into: &diagnostics, values: &slow) else { return false }
        for value in slow { values.append(value) }
        return true
    }

    /// Appends the row's typed values; false (leaving partial values) as soon as a field needs the `String` path.
    func packFields(_ record: RawRecord, into values: inout PackedValues) -> Bool {
        record.bytes.withUnsafeBufferPointer { all in
            for (position, check) in checks.byteChecks.enumerated() {
                let field = UnsafeBufferPointer(rebasing: all[record.range(header.fieldIndex[position])])
                if field.isEmpty {
                    guard check.optional else { return false }
                    values.appendNull()
                    continue
                }
                switch check.kind {
                case .text:
                    guard !ControlCharacter.mayContain(field) else { return false }
                case .personID:
                    guard FieldFormat.isPlainPersonID(field) else { return false }
                case .companyCode:
                    guard FieldFormat.isCompanyCode(utf8: field) else { return false }
                case .country:
                    guard FieldFormat.isCountryCode(utf8: field) else { return false }
                case .count:
                    guard let number = FieldFormat.count(field) else { return false }
                    values.appendInteger(number)
                    continue
                case .date:
                    guard Day(isoUTF8: field) != nil else { return false }
                case .boolean:
                    guard let flag = FieldFormat.yesNo(field) else { return false }
                    values.appendInteger(flag ? 1 : 0)
                    continue
                case .choice:
                    guard check.choices.contains(where: { $0.elementsEqual(field) }) else { return false }
                }
                values.appendText(field)
            }
            return true
        }
    }

    /// True when every row rule surely holds for the values from slot `start` (false also when unsure).
    func rulesHold(_ values: PackedValues, from start: Int) -> Bool {
        for (rule, columns) in zip(spec.rules, checks.ruleColumns) {
            let first = RuleOperand(values, start + columns.0, spec.columns[columns.0].type)
            let second = RuleOperand(values, start + columns.1, spec.columns[columns.1].type)
            let holds: Bool?
            switch rule {
            case .notBefore:
                holds = first.isBefore(second).map { !$0 }
            case .requiredWhen(_, _, let value):
                holds = second.equals(value).map { !$0 || !first.isNull }
            case .requiredUnless(_, _, let value):
                holds = second.equals(value).map { $0 || !first.isNull }
            case .restrictedWhen(_, _, let value, let allowed):
                guard let applies = second.equals(value) else { return false }
                holds = !applies || first.isNull ? true : first.isOne(of: allowed)
            case .notGreater:
                if let value = first.integer, let bound = second.integer { holds = value <= bound } else { holds = true }
            case .zeroUnless(_, _, let allowed):
                if let value = first.integer, value != 0, !second.isNull { holds = second.isOne(of: allowed) } else { holds = true }
            }
            guard holds == true else { return false }
        }
        return true
    }

    /// True when every cross-file rule surely holds (false also when unsure: the `String` path then decides).
    func crossFileRulesHold(_ values: PackedValues, from start: Int) -> Bool {
        guard let referenced else { return true }
        for (rule, positions) in zip(spec.crossFileRules, checks.crossFileColumns) {
            guard case .references(_, _, _, let condition) = rule, let position = positions.column,
                let value = values.text(start + position)
            else { continue }
            if let condition {
                guard let conditionPosition = positions.condition, let text = values.text(start + conditionPosition) else { continue }
                guard let applies = RuleOperand.equal(text, condition.value) else { return false }
                if !applies { continue }
            }
            guard referenced.valid.contains(String(decoding: value, as: UTF8.self)) else { return false }
        }
        return true
    }
}

/// One value a row rule compares, as the `String` path reads it (`yes`/`no` for a boolean); comparisons
/// answer nil when they cannot be decided byte for byte (non-ASCII text).
struct RuleOperand {
    private var bytes: ArraySlice<UInt8>?
    private(set) var integer: Int64?
    private var isBoolean = false

    init(_ values: PackedValues, _ slot: Int, _ type: ColumnType) {
        bytes = values.text(slot)
        integer = values.integer(slot)
        if case .boolean = type { isBoolean = true }
    }

    var isNull: Bool { bytes == nil && integer == nil }

    /// The value as text (an integer written out only when a rule compares it as text).
    var text: ArraySlice<UInt8>? {
        if let bytes { return bytes }
        guard let integer else { return nil }
        if isBoolean { return ArraySlice((integer == 1 ? "yes" : "no").utf8) }
        return ArraySlice(String(integer).utf8)
    }

    static func isASCII(_ bytes: some Sequence<UInt8>) -> Bool { bytes.allSatisfy { $0 < 0x80 } }

    /// Whether `bytes` equal `value`; nil when either is not ASCII (canonical equivalence may then differ).
    static func equal(_ bytes: ArraySlice<UInt8>, _ value: String) -> Bool? {
        guard isASCII(bytes), isASCII(value.utf8) else { return nil }
        return bytes.elementsEqual(value.utf8)
    }

    /// Whether this equals `value` (false when null).
    func equals(_ value: String) -> Bool? {
        guard let text else { return false }
        return Self.equal(text, value)
    }

    func isOne(of allowed: [String]) -> Bool? {
        guard let text else { return false }
        var answer = false
        for value in allowed {
            guard let same = Self.equal(text, value) else { return nil }
            answer = answer || same
        }
        return answer
    }

    /// Whether this sorts before `other` as `String`s do (false when either is null).
    func isBefore(_ other: RuleOperand) -> Bool? {
        guard let text, let other = other.text else { return false }
        guard Self.isASCII(text), Self.isASCII(other) else { return nil }
        return text.lexicographicallyPrecedes(other)
    }
}
