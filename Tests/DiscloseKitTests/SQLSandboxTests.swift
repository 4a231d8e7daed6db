import Foundation
import Testing

@testable import DiscloseKit

/// A `sql:` metric is a sandbox: no private column, no internal function, no runaway query, no crash.
@Suite("The sql: sandbox")
struct SQLSandboxTests {
    static func project(_ sql: String, limits: String = "", _ name: String = #function) throws -> TestProject {
        try TestProject.group(
            name, pipeline: TestProject.pipeline + "\n\(limits)figures:\n  custom:\n    unit: rows\n    scope: {relationship: [parent, subsidiary]}\n    sql: |-\n      \(sql)\n")
    }

    /// The located errors of building, or nil when the build succeeded.
    static func errors(_ project: TestProject) -> [Diagnostic]? {
        do {
            _ = try Pipeline(options: project.options()).build()
            return nil
        } catch {
            return error.diagnostics
        }
    }

    static func seed(_ project: TestProject) throws {
        try project.dataset(.incidents, company: "P", [["incident_id": "I1", "summary": "Hanako Sato lost a laptop"]])
        try project.dataset(.training, company: "P", [["person_id": "STAFF#4410"]])
        try project.dataset(.appointments, company: "P", [["person_id": "id:zz9876", "department": "Legal"]])
    }

    @Test(arguments: [
        ("SELECT COUNT(*) FROM incidents WHERE summary LIKE '%Sato%'", "incidents.summary"),
        ("SELECT MAX(length(SUMMARY)) FROM incidents", "incidents.summary"),
        ("SELECT COUNT(*) FROM (SELECT * FROM incidents)", "incidents.summary"),
        ("WITH t AS (SELECT summary AS s FROM incidents) SELECT COUNT(*) FROM t WHERE s > ''", "incidents.summary"),
        ("SELECT COUNT(DISTINCT person_id) FROM training", "training.person_id"),
        ("SELECT COUNT(*) FROM training t WHERE t.\"person_id\" = 'STAFF#4410'", "training.person_id"),
        ("SELECT COUNT(*) FROM appointments WHERE unicode(person_id) = 105", "appointments.person_id"),
        ("SELECT COUNT(*) FROM appointments ORDER BY person_id", "appointments.person_id"),
    ])
    func privateColumnsCannotBeRead(sql: String, column: String) throws {
        let project = try Self.project(sql)
        defer { project.cleanUp() }
        try Self.seed(project)
        let errors = try #require(Self.errors(project), "\(sql) was not refused")
        #expect(errors.count == 1)
        #expect(errors.first?.message == "sql metric refused: column '\(column)' is private (never published, never readable by sql:)")
        #expect(errors.first?.location.path.hasSuffix("pipeline.yaml") == true)
        #expect(errors.first?.location.line == 10)
        #expect(project.read("output/FY2025/data.json") == nil)
    }

    @Test(arguments: [
        "SELECT COUNT(*) FROM incidents", "SELECT COUNT(*) FROM training WHERE completed_on IS NULL",
        "SELECT SUM(records_affected), COUNT(*) FROM incidents WHERE company IN (SELECT code FROM scope_companies)",
        "SELECT COUNT(*) FROM appointments WHERE role = 'administrator' AND ended_on IS NULL",
        "SELECT COUNT(*) FROM files WHERE dataset = 'training'",
        "WITH RECURSIVE n(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM n WHERE x < 10) SELECT MAX(x) FROM n",
        "SELECT CAST(ROUND(AVG(records_affected)) AS INTEGER) FROM incidents",
    ])
    func publicColumnsAndOrdinaryFunctionsStayReadable(sql: String) throws {
        let project = try Self.project(sql)
        defer { project.cleanUp() }
        try Self.seed(project)
        #expect(Self.errors(project) == nil, "\(sql)")
    }

    @Test(arguments: [
        "SELECT length(fts3_tokenizer('simple'))", "SELECT load_extension('/tmp/x.so')", "SELECT length(randomblob(8))",
        "SELECT COUNT(*) FROM json_each('[1,2]')", "SELECT sqlite_version() IS NOT NULL",
        "SELECT COUNT(*) FROM pragma_table_info('incidents')", "SELECT COUNT(*) FROM sqlite_master",
        "SELECT length(zeroblob(100000000))", "SELECT COUNT(*) FROM incidents WHERE json_valid(type)",
        "SELECT length(printf('%p', 1))", "SELECT random() IS NOT NULL",
    ])
    func internalFunctionsAndTablesAreRefused(sql: String) throws {
        let project = try Self.project(sql)
        defer { project.cleanUp() }
        let errors = try #require(Self.errors(project), "\(sql) was not refused")
        #expect(errors.first?.message.hasPrefix("sql metric refused: ") == true, "\(errors)")
        #expect(errors.first?.location.line == 10)
    }

    @Test func aRunawayQueryIsStoppedAtTheTimeLimit() throws {
        let project = try Self.project(
            "WITH RECURSIVE r(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM r) SELECT COUNT(*) FROM r", limits: "limits: {sql_seconds: 0.5}\n")
        defer { project.cleanUp() }
        let clock = ContinuousClock()
        let start = clock.now
        let errors = try #require(Self.errors(project))
        #expect(clock.now - start < .seconds(4))
        #expect(errors.map(\.message) == ["sql metric stopped: still running after 0.5 s; simplify the query or raise limits.sql_seconds"])
        #expect(errors.first?.location.line == 11)
    }

    @Test func theTimeLimitIsFiveSecondsUnlessConfigured() {
        #expect(decodeConfig(TestProject.pipeline).0?.limits.sqlSeconds == 5)
        #expect(decodeConfig(TestProject.pipeline + "\nlimits: {sql_seconds: 2}\n").0?.limits.sqlSeconds == 2)
        let (_, problems) = decodeConfig(TestProject.pipeline + "\nlimits: {sql_seconds: -1}\n")
        #expect(problems.first?.message.hasPrefix("'sql_seconds' must be a number of seconds") == true)
    }

    @Test(arguments: [
        ("SELECT -1", "sql metric returned a negative count (-1); counts are whole numbers ≥ 0"),
        ("SELECT 1, -5", "sql metric returned a negative denominator (-5); counts are whole numbers ≥ 0"),
        ("SELECT -3, 4", "sql metric returned a negative numerator (-3); counts are whole numbers ≥ 0"),
        ("SELECT 9223372036854775807", "metric count 9223372036854775807 is larger than 1,000,000,000,000,000, the largest figure the page can show"),
        ("SELECT 9223372036854775807, 1", "metric numerator 9223372036854775807 is larger than 1,000,000,000,000,000, the largest figure the page can show"),
        ("SELECT SUM(x) FROM (SELECT 9223372036854775807 AS x UNION ALL SELECT 1)", "sql metric failed: integer overflow"),
        ("SELECT 9223372036854775807 + 1", "sql metric must return one row with a whole number (a count) or two (numerator, denominator); it returned 1 row(s)"),
    ])
    func arithmeticOnReturnedValuesNeverCrashes(sql: String, message: String) throws {
        let project = try Self.project(sql)
        defer { project.cleanUp() }
        let errors = try #require(Self.errors(project), "\(sql) was not refused")
        #expect(errors.map(\.message) == [message])
        #expect(errors.first?.location.line == 10)
    }

    @Test func theLargestFiguresStillRenderAsPercentagesAndBars() throws {
        let project = try Self.project("SELECT 1000000000000000, 3")
        defer { project.cleanUp() }
        #expect(Self.errors(project) == nil)
        #expect(project.read("output/FY2025/data.json")?.contains("\"percent\": 33333333333333333.333333") == true)
        #expect(Ratio(1_000_000_000_000_000, 1).percentText() == "100000000000000000.0")
        #expect(Target(">= 99.99999999999%")?.isMet(Ratio(1_000_000_000_000_000, 1_000_000_000_000_000)) == true)
    }

    @Test func aSumOfRecordsAffectedThatOverflowsIsALocatedError() throws {
        let project = try TestProject.group(pipeline: TestProject.pipeline + "\nfigures:\n  records: {id: records_affected}\n")
        defer { project.cleanUp() }
        try project.dataset(.incidents, company: "P",
            [["incident_id": "I1", "records_affected": "9223372036854775807"], ["incident_id": "I2", "records_affected": "9223372036854775807"]])
        let errors = try #require(Self.errors(project))
        #expect(errors.map(\.message) == ["metric 'records_affected' cannot be computed: integer overflow"])
        #expect(errors.first?.location.path.hasSuffix("pipeline.yaml") == true)
        try project.dataset(.incidents, company: "P", [["incident_id": "I1", "records_affected": "9223372036854775807"]])
        #expect(Self.errors(project)?.first?.message.hasPrefix("metric 'records_affected' 9223372036854775807 is larger than") == true)
    }
}
