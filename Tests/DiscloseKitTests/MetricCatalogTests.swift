import Testing

@testable import DiscloseKit

/// Every built-in metric is one declaration whose query runs; walks them all on the `page` fixture.
@Suite("Metric catalog")
struct MetricCatalogTests {
    static let everyone = CompanyScope(relationship: [.parent, .subsidiary, .subSubsidiary])

    @Test func everyDeclaredMetricEvaluatesOnAFixture() throws {
        let project = try TestProject()
        defer { project.cleanUp() }
        try project.copyFixture("page")
        let evaluation = try Pipeline(options: project.options()).evaluate()
        #expect(MetricCatalog.definitions.count == MetricCatalog.ids.count)
        #expect(Set(MetricCatalog.ids).count == MetricCatalog.ids.count, "metric ids are unique")
        for definition in MetricCatalog.definitions {
            let reference = MetricReference(
                id: definition.id, scope: Self.everyone, filter: [:], sql: nil, unit: nil, location: SourceLocation(path: "test"))
            let result = try #require(try evaluation.evaluator.evaluate(reference, year: 2025), "\(definition.id)")
            #expect(result.unit == definition.unit)
            #expect(result.kind == definition.kind)
            #expect(result.companies == ["JP1", "P", "US1"], "\(definition.id)")
            #expect(result.coverage.reported + result.coverage.missingCompanies.count == 3, "\(definition.id)")
            #expect(result.coverage.reported > 0, "\(definition.id): some fixture company sent what it reads")
            #expect(result.value != nil || result.partialValue != nil, "\(definition.id) gave no figure")
            #expect(result.sql.hasPrefix("SELECT "), "\(definition.id)")
        }
    }

    @Test func everyFilterValueOfEveryMetricNamesAColumnItReadsAndRuns() throws {
        let project = try TestProject()
        defer { project.cleanUp() }
        try project.copyFixture("page")
        let evaluation = try Pipeline(options: project.options()).evaluate()
        var filtered = 0
        for definition in MetricCatalog.definitions {
            for filter in definition.filterColumns {
                #expect(definition.datasets.contains(filter.dataset), "\(definition.id) filters \(filter.dataset) but reads \(definition.datasets)")
                let spec = try #require(DatasetCatalog.byName[filter.dataset])
                #expect(spec.column(filter.column.name) != nil, "\(definition.id): no column \(filter.column.name) in \(filter.dataset)")
                let values = filter.allowedValues.isEmpty ? ["SEC-WEB"] : filter.allowedValues
                for value in values {
                    let reference = MetricReference(
                        id: definition.id, scope: Self.everyone, filter: [filter.column.name: [value]], sql: nil, unit: nil,
                        location: SourceLocation(path: "test"))
                    let result = try #require(try evaluation.evaluator.evaluate(reference, year: 2025))
                    #expect(result.sql.contains(" AND \(filter.column.name) IN ("), "\(definition.id) ignores filter \(filter.column.name)")
                    filtered += 1
                }
            }
        }
        #expect(filtered > 30)
    }

    @Test func filterValuesAreTheDatasetCatalogsEnumerations() throws {
        let incidents = try #require(MetricCatalog.all["incidents"])
        #expect(incidents.filters["type"] == DatasetCatalog.incidents.column("type").map { MetricFilter(column: $0, dataset: "incidents").allowedValues })
        #expect(incidents.filters["substantiated"] == ["yes", "no"])
        let training = try #require(MetricCatalog.all["training_completion"])
        #expect(training.filters["course"] == [], "course codes come from pipeline.yaml, not the catalog")
        #expect(training.filters["population"] == ["officer", "employee", "dispatched"])
    }
}

/// CONTRIBUTING.md, "Add a built-in metric", done in a test: one declaration is a working metric,
/// with filters typed from the dataset catalog and the coverage rule from the datasets it reads.
@Suite("Adding a metric")
struct AddingAMetricTests {
    /// What a new metric looks like in `MetricCatalog+Events.swift`: everything about it in one place.
    static let reviewedDepartments = MetricDefinition(
        id: "reviewed_departments", unit: "departments", kind: .count, reads: ["reviews"],
        filters: .columns(["result"], of: DatasetCatalog.reviews),
        rule: "departments with a management review performed in the FY"
    ) { q in
        """
        SELECT COUNT(*) AS value FROM (SELECT DISTINCT company, subject FROM reviews WHERE \(q.rows) \
        AND kind = 'management-review' AND \(q.inYear("performed_on"))\(q.filtered))
        """
    }

    @Test func aNewMetricIsOneDeclarationAndEvaluatesWithItsFilters() throws {
        let project = try TestProject.group()
        defer { project.cleanUp() }
        try project.dataset(.reviews, company: "P",
            [
                ["review_id": "M1"],
                ["review_id": "M2", "subject": "HR", "performed_on": "2025-07-01", "result": "nonconforming", "corrective_action": "open"],
                ["review_id": "M3", "performed_on": "2025-08-01"],
                ["review_id": "M4", "subject": "Legal", "performed_on": "2024-08-01"],
            ])
        var evaluator = try Pipeline(options: project.options()).evaluate().evaluator
        let definition = Self.reviewedDepartments
        evaluator.metrics[definition.id] = definition
        #expect(definition.filters == ["result": ["conforming", "nonconforming", "observation"]])
        func evaluate(_ filter: [String: [String]]) throws -> MetricResult? {
            try evaluator.evaluate(
                MetricReference(id: definition.id, scope: .parentOnly, filter: filter, sql: nil, unit: nil, location: SourceLocation(path: "test")),
                year: 2025)
        }
        let all = try #require(try evaluate([:]))
        #expect(all.value == .count(2), "Sales and HR; Legal's review is in FY2024")
        #expect(all.unit == "departments")
        #expect(all.inputs.map(\.dataset) == ["reviews"])
        #expect(try evaluate(["result": ["nonconforming"]])?.value == .count(1))
    }
}
