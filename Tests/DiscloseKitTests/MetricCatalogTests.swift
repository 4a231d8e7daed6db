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
