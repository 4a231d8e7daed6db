import Testing

@testable import DiscloseKit

/// Rows are checked on their bytes first; whatever that says must be what the `String` rules say.
@Suite("Rows checked on bytes agree with the String rules")
struct ByteValidationTests {
    /// Values a field of each type may hold, good and bad, in the spellings that trip byte comparisons:
    /// full-width and decomposed letters, the Kelvin sign (canonically equal to `K`), control characters,
    /// numbers past 64 bits, days that do not exist, e-mail addresses and long digit runs in person ids.
    static func candidates(for column: ColumnSpec, courses: [String]) -> (good: [String], bad: [String]) {
        let shared = ["", " ", "x", "\u{0}", "a\u{7F}b", "a\u{85}b", "ｘ", "e\u{301}", "\u{212A}"]
        switch column.type {
        case .text: return (["plain text", "改善報告書", "tab\there", "line\nbreak", "F-1", "F-2", "F-3"], shared + ["C\u{1}D"])
        case .personID:
            return (["E1", "STAFF#4410", "Hanako Sato", "社員0042", "123456789"], shared + ["hanako@example.org", "080-2222-3333", "271828182840", "a%b", "a\\b"])
        case .companyCode: return (["P", "JP1", "US-1"], shared + ["-X", "jp1", "ＪＰ１"])
        case .country: return (["JP", "US"], shared + ["jp", "JPN", "ＪＰ"])
        case .count: return (["0", "7", "007", "9223372036854775807"], shared + ["9223372036854775808", "-1", "1.5", "１２"])
        case .date: return (["2025-04-01", "2024-02-29", "2025-06-30"], shared + ["2025-02-29", "2025-13-01", "2025-4-1", "２０２５-04-01", "2025-04-01 "])
        case .boolean: return (["yes", "no"], shared + ["Yes", "NO", "ｙｅｓ"])
        case .enumeration(let allowed): return (allowed, shared + allowed.map { $0.uppercased() } + allowed.map { $0 + "\u{301}" })
        case .courseCode: return (courses, shared + courses.map { $0.lowercased() } + ["SEC-\u{212A}"])
        }
    }

    static func rawRecord(_ fields: [String], line: Int) -> RawRecord {
        var record = RawRecord()
        record.reset(line: line)
        for (index, field) in fields.enumerated() {
            var text = field
            text.withUTF8 { record.append($0, column: index * 3 + 1, line: line) }
        }
        return record
    }

    @Test(arguments: [DatasetCatalog.companies] + DatasetCatalog.perCompany)
    func everyRowGetsTheSameVerdictValuesAndDiagnostics(spec: DatasetSpec) throws {
        let courses = ["SEC-WEB", "SEC-\u{4B}EY"]
        var random = SplitMix64(seed: 20_251_125 &+ UInt64(spec.name.utf8.count))
        let pools = spec.columns.map { Self.candidates(for: $0, courses: courses) }
        let header = HeaderMap(fieldIndex: Array(spec.columns.indices), names: spec.columns.map(\.name))
        var referenced = ReferencedKeys()
        referenced.valid = ["F-1", "F-2"]
        referenced.rejected = ["F-3"]
        let validator = RowValidator(
            spec: spec, header: header, path: "t.csv", courses: Set(courses), referenced: spec.crossFileRules.isEmpty ? nil : referenced)
        var accepted = 0
        for line in 2..<3_000 {
            // Mostly valid values, a wild one now and then, and sometimes an empty optional field.
            let fields = zip(spec.columns, pools).map { column, pool -> String in
                if column.optional, random.chance(20) { return "" }
                return random.chance(3) ? pool.bad[random.below(pool.bad.count)] : pool.good[random.below(pool.good.count)]
            }
            var slowDiagnostics: [Diagnostic] = []
            var slowValues: [SQLValue] = []
            let slow = validator.validate(CSVRecord(line: line, fields: fields, columns: fields.indices.map { $0 * 3 + 1 }, fieldLines: fields.map { _ in line }), into: &slowDiagnostics, values: &slowValues)
            var raw = Self.rawRecord(fields, line: line)
            var fastDiagnostics: [Diagnostic] = []
            var packed = PackedValues()
            packed.appendInteger(99)  // a value of an earlier row, left alone
            let fast = validator.validate(&raw, into: &fastDiagnostics, values: &packed)
            #expect(fast == slow, "\(fields)")
            #expect(fastDiagnostics == slowDiagnostics, "\(fields)")
            #expect(packed.integer(0) == 99)
            if slow {
                accepted += 1
                #expect((1..<packed.count).map(packed.value) == slowValues, "\(fields)")
            } else {
                #expect(packed.count == 1, "a rejected row leaves no values: \(fields)")
            }
        }
        #expect(accepted > 100, "the sample holds valid rows too")
    }
}
