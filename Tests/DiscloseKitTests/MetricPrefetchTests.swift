import Foundation
import Testing

@testable import DiscloseKit

/// A report's metric queries run ahead, several at once on read-only connections of their own; the
/// evaluation that follows reads their rows. Nothing it states may differ from evaluating alone.
@Suite("Metric queries run ahead")
struct MetricPrefetchTests {
    static let scopes: [CompanyScope] = [
        .parentOnly, CompanyScope(relationship: [.parent, .subsidiary, .subSubsidiary]), CompanyScope(region: [.overseas]),
        CompanyScope(region: [.domestic], major: true), CompanyScope(company: ["GRP-0002", "GRP-0005", "NOPE"]),
    ]

    /// A generated group with rows in every dataset, one company's training file taken away in FY2025.
    static func group(_ name: String = #function) throws -> TestProject {
        let project = try TestProject(name)
        try SyntheticGroup(companies: 12, people: 600, years: 2, seed: 5, smallCompanies: 0).write(to: project.root.path)
        try project.remove("data/FY2025/GRP-0003/training.csv")
        return project
    }

    /// Every built-in metric in every scope above, unfiltered and by each allowed value of its first filter, in both years.
    static func references() -> [(reference: MetricReference, year: Int)] {
        var requests: [(reference: MetricReference, year: Int)] = []
        for definition in MetricCatalog.definitions {
            var filters: [[String: [String]]] = [[:]]
            if let first = definition.filterColumns.first {
                filters += first.allowedValues.map { [first.column.name: [$0]] }
            }
            for scope in scopes {
                for filter in filters {
                    for year in [2024, 2025] {
                        let reference = MetricReference(
                            id: definition.id, scope: scope, filter: filter, sql: nil, unit: nil, location: SourceLocation(path: "test"))
                        requests.append((reference, year))
                    }
                }
            }
        }
        return requests
    }

    /// Everything a result states, as text to compare.
    static func statement(_ result: MetricResult?) -> String {
        guard let result else { return "nil" }
        return [
            "\(result.value as Any)", "\(result.partialValue as Any)", "\(result.ratio as Any)", "\(result.coverage)",
            "\(result.companies)", "\(result.inputs)", "\(result.breakdown.sorted { $0.key < $1.key })", result.sql,
        ].joined(separator: "|")
    }

    static func evaluator(_ project: TestProject, threads: Int) throws -> MetricEvaluator {
        var options = project.options()
        options.parsingThreads = threads
        return try Pipeline(options: options).evaluate().evaluator
    }

    @Test func everyBuiltInMetricStatesTheSameRunAheadOrAlone() throws {
        let project = try Self.group()
        defer { project.cleanUp() }
        let alone = try Self.evaluator(project, threads: 1)
        var ahead = try Self.evaluator(project, threads: 2)
        let requests = Self.references()
        ahead.prefetch(requests)
        #expect(ahead.prefetched.count > 100, "the queries ran ahead")
        var partial = 0
        for (reference, year) in requests {
            let expected = try alone.evaluate(reference, year: year)
            #expect(Self.statement(try ahead.evaluate(reference, year: year)) == Self.statement(expected), "\(reference.id) \(year)")
            if expected?.partialValue != nil { partial += 1 }
        }
        #expect(partial > 0, "some figures are partial (GRP-0003 sent no training file)")
    }

    @Test func evaluatingReadsTheRowsRunAhead() throws {
        let project = try Self.group()
        defer { project.cleanUp() }
        var evaluator = try Self.evaluator(project, threads: 2)
        let reference = MetricReference(
            id: "incidents", scope: Self.scopes[1], filter: [:], sql: nil, unit: nil, location: SourceLocation(path: "test"))
        evaluator.prefetch([(reference, 2025), (reference, 2024)])
        let sql = try #require(try evaluator.evaluate(reference, year: 2025)?.sql)
        #expect(evaluator.prefetched[sql] != nil)
        evaluator.prefetched[sql] = [[.integer(4242)]]
        #expect(try evaluator.evaluate(reference, year: 2025)?.value == .count(4242))
    }

    @Test func aQueryThatFailsAheadIsReportedWhereEvaluatingAloneReportsIt() throws {
        let project = try Self.group()
        defer { project.cleanUp() }
        let broken = MetricDefinition(id: "broken", unit: "rows", kind: .count, reads: ["ledger"], rule: "a query with a typo") { q in
            "SELECT COUNT(*) AS value FROM ledgr WHERE \(q.rows)"
        }
        func failure(threads: Int) throws -> String {
            var evaluator = try Self.evaluator(project, threads: threads)
            evaluator.metrics[broken.id] = broken
            let reference = MetricReference(
                id: broken.id, scope: Self.scopes[1], filter: [:], sql: nil, unit: nil, location: SourceLocation(path: "pipeline.yaml", line: 3, column: 5))
            let incidents = MetricReference(
                id: "incidents", scope: Self.scopes[1], filter: [:], sql: nil, unit: nil, location: SourceLocation(path: "test"))
            evaluator.prefetch([(reference, 2025), (incidents, 2025)])
            let fiscalYear = FiscalYear(2025, startMonth: 4)
            let brokenSQL = try #require(try evaluator.plan(reference, fiscalYear: fiscalYear)?.sql)
            let incidentsSQL = try #require(try evaluator.plan(incidents, fiscalYear: fiscalYear)?.sql)
            #expect(evaluator.prefetched[brokenSQL] == nil)
            #expect((evaluator.prefetched[incidentsSQL] != nil) == (threads > 1))
            do {
                _ = try evaluator.evaluate(reference, year: 2025)
                return "no error"
            } catch {
                return error.description
            }
        }
        let alone = try failure(threads: 1)
        #expect(alone.hasPrefix("pipeline.yaml:3:5: error: metric 'broken' cannot be computed: no such table: ledgr"), "\(alone)")
        #expect(try failure(threads: 2) == alone)
    }

    @Test func anInMemoryStoreOrOneThreadRunsNothingAhead() throws {
        let store = try DisclosureStore.create(inMemory: true)
        #expect(store.rowsOfEach(["SELECT 1", "SELECT 2"], threads: 4).isEmpty)
        let project = try Self.group()
        defer { project.cleanUp() }
        var evaluator = try Self.evaluator(project, threads: 1)
        evaluator.prefetch(Self.references())
        #expect(evaluator.prefetched.isEmpty)
    }

    @Test func queriesRunOnSeveralConnectionsGiveEachItsOwnRows() throws {
        let project = try Self.group()
        defer { project.cleanUp() }
        let evaluation = try Pipeline(options: project.options()).evaluate()
        let queries = (0..<50).map { "SELECT \($0), COUNT(*) FROM training WHERE fiscal_year = 2025 AND rowid % 50 = \($0) ORDER BY 1" }
        let ahead = evaluation.store.rowsOfEach(queries, threads: 3)
        #expect(ahead.count == 50)
        for sql in queries {
            #expect(ahead[sql] == (try evaluation.store.rows(sql)))
        }
    }

    @Test func inputsCountTheFilesAndRowsOfTheReportingCompaniesOnly() throws {
        let project = try Self.group()
        defer { project.cleanUp() }
        let evaluation = try Pipeline(options: project.options()).evaluate()
        let everyone = MetricReference(
            id: "training_completion", scope: Self.scopes[1], filter: [:], sql: nil, unit: nil, location: SourceLocation(path: "test"))
        let result = try #require(try evaluation.evaluator.evaluate(everyone, year: 2025))
        #expect(result.coverage.missingCompanies == ["GRP-0003"])
        var files = 0
        var rows = 0
        for code in result.companies where code != "GRP-0003" {
            let sent = try evaluation.store.files(of: "training", company: code, fiscalYear: 2025)
            files += sent.count
            rows += sent.map(\.rows).reduce(0, +)
        }
        #expect(files == result.companies.count - 1)
        #expect(rows > 0)
        #expect(result.inputs == [MetricInput(dataset: "training", files: files, rows: rows)])
    }
}
