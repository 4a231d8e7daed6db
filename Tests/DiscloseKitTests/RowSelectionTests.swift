import Testing

@testable import DiscloseKit

/// Rows of a table as values: the store selects them (`lines(of:)`) and the built-in metrics over one table
/// declare theirs, so a figure and its evidence read the same rows and nothing parses SQL text.
@Suite("Row selections")
struct RowSelectionTests {
    static let fy2025 = FiscalYear(2025, startMonth: 4)

    /// Lines of `selection` in the store of `group`, evaluated.
    static func lines(_ group: MetricFixture, _ selection: RowSelection) throws -> [Int] {
        try Pipeline(options: group.project.options()).evaluate().store.lines(of: selection)
    }

    @Test func aSelectionKeepsOnlyItsFiscalYearsAndCompaniesRows() throws {
        let group = try MetricFixture()
        defer { group.project.cleanUp() }
        try group.rows(.ledger, "P", [MetricFixture.form("F1", registered: "2020-01-01"), MetricFixture.form("F2", registered: "2021-01-01")])
        try group.rows(.ledger, "JP1", [MetricFixture.form("F1", registered: "2020-01-01")])
        try group.rows(.ledger, "P", year: 2024, [MetricFixture.form("F9", registered: "2020-01-01")])
        let selection = RowSelection(table: "ledger", fiscalYear: Self.fy2025, companies: ["P"], conditions: [])
        #expect(try Self.lines(group, selection) == [2, 3])
        #expect(try Self.lines(group, selection.of(company: "JP1")) == [2])
        #expect(try Self.lines(group, RowSelection(table: "ledger", fiscalYear: Self.fy2025, companies: ["US1"], conditions: [])) == [])
    }

    @Test func activeAtEndAndDuringTheYearTreatTheEndDayAsTheFirstDayWithout() throws {
        let group = try MetricFixture()
        defer { group.project.cleanUp() }
        try group.rows(.ledger, "P", [
            MetricFixture.form("F1", registered: "2020-01-01", retired: "2026-03-31"),  // line 2: ends on FY end
            MetricFixture.form("F2", registered: "2020-01-01", retired: "2026-04-01"),  // 3: ends the day after
            MetricFixture.form("F3", registered: "2020-01-01"),  // 4: never ends
            MetricFixture.form("F4", registered: "2026-04-01"),  // 5: begins after FY end
            MetricFixture.form("F5", registered: "2026-03-31"),  // 6: begins on FY end
            MetricFixture.form("F6", registered: "2020-01-01", retired: "2025-04-01"),  // 7: ends on FY start
            MetricFixture.form("F7", registered: "2020-01-01", retired: "2025-04-02"),  // 8: ends the day after FY start
        ])
        func lines(_ condition: RowSelection.Condition) throws -> [Int] {
            try Self.lines(group, RowSelection(table: "ledger", fiscalYear: Self.fy2025, companies: ["P"], conditions: [condition]))
        }
        #expect(try lines(.activeAtEnd(from: "registered_on", until: "retired_on")) == [3, 4, 6])
        #expect(try lines(.activeDuringYear(from: "registered_on", until: "retired_on")) == [2, 3, 4, 6, 8])
    }

    @Test func dateConditionsAreRelativeToTheSelectionsFiscalYear() throws {
        let group = try MetricFixture()
        defer { group.project.cleanUp() }
        try group.rows(.privacyMark, "P", [
            ["certificate_no": "PM-1", "first_certified_on": "2008-10-01", "valid_from": "2025-04-01", "valid_until": "2026-03-31", "status": "valid"],  // line 2
            ["certificate_no": "PM-2", "first_certified_on": "2008-10-01", "valid_from": "2025-06-01", "valid_until": "2026-03-30", "status": "valid"],  // 3
            ["certificate_no": "PM-3", "first_certified_on": "2008-10-01", "valid_from": "2025-03-31", "valid_until": "2027-03-31", "status": "suspended"],  // 4
            ["certificate_no": "PM-4", "first_certified_on": "2008-10-01", "valid_from": "2026-04-01", "valid_until": "2028-03-31", "status": "valid"],  // 5
        ])
        func lines(_ conditions: [RowSelection.Condition], year: FiscalYear = Self.fy2025) throws -> [Int] {
            try Self.lines(group, RowSelection(table: "privacy_mark", fiscalYear: year, companies: ["P"], conditions: conditions))
        }
        #expect(try lines([.inYear("valid_from")]) == [2, 3])
        #expect(try lines([.onOrBeforeEnd("valid_from")]) == [2, 3, 4])
        #expect(try lines([.onOrAfterEnd("valid_until")]) == [2, 4, 5])
        #expect(try lines([.equals("status", .text("valid")), .onOrAfterEnd("valid_until")]) == [2, 5])
        // The same rows in a fiscal year starting in January: FY2025 is the calendar year 2025.
        #expect(try lines([.inYear("valid_from")], year: FiscalYear(2025, startMonth: 1)) == [2, 3, 4])
    }

    @Test func filtersKeepRowsHoldingOneOfTheirValuesAfterTheRule() throws {
        let group = try MetricFixture()
        defer { group.project.cleanUp() }
        try group.rows(.ledger, "P", [
            MetricFixture.form("F1", "Sales", registered: "2020-01-01", crossBorder: "yes", basis: "consent"),  // line 2
            MetricFixture.form("F2", "HR", registered: "2020-01-01", crossBorder: "yes", basis: "contract"),  // 3
            MetricFixture.form("F3", "Legal", registered: "2020-01-01"),  // 4
        ])
        let selection = RowSelection(
            table: "ledger", fiscalYear: Self.fy2025, companies: ["P"], conditions: [.equals("cross_border", .integer(1))],
            filters: [.oneOf("department", [.text("HR"), .text("Legal")])])
        #expect(try Self.lines(group, selection) == [3])
        #expect(selection.columns == ["cross_border", "department"])
    }

    @Test func aSelectionWritesValuesAsEscapedLiterals() {
        let selection = RowSelection(
            table: "incidents", fiscalYear: Self.fy2025, companies: ["P", "O'K"], conditions: [.equals("type", .text("it's"))],
            filters: [.oneOf("substantiated", [.integer(1), .integer(0)])])
        #expect(
            selection.sql
                == "incidents WHERE fiscal_year = 2025 AND company IN ('P', 'O''K') AND type = 'it''s' AND substantiated IN (1, 0)")
    }

    /// Every built-in metric that declares its rows reads that table, and names only columns the catalog gives it.
    @Test func everyMetricOverOneTableReadsThatTableAndNamesOnlyItsColumns() throws {
        var declaring = 0
        for definition in MetricCatalog.definitions {
            let everyFilter = Dictionary(uniqueKeysWithValues: definition.filterColumns.map { ($0.column.name, ["x"]) })
            guard let selection = definition.rows(definition.query(Self.fy2025, companies: ["P"], filter: everyFilter)) else { continue }
            declaring += 1
            #expect(definition.datasets.contains(selection.table), "\(definition.id) reads \(selection.table) without declaring it")
            let spec = try #require(DatasetCatalog.byName[selection.table], "\(definition.id): no dataset \(selection.table)")
            let unknown = selection.columns.filter { spec.column($0) == nil }
            #expect(unknown.isEmpty, "\(definition.id) names columns \(selection.table) lacks: \(unknown)")
            #expect(selection.filters.count == definition.filterColumns.count, "\(definition.id): the filter is part of its rows")
        }
        #expect(declaring >= 17)
    }

    /// A metric over one table computes its figure from exactly the rows it declares: the rows its evidence lists.
    @Test func theRowsAMetricDeclaresAreTheRowsItCounts() throws {
        let group = try MetricFixture()
        defer { group.project.cleanUp() }
        try group.rows(.incidents, "P", [
            ["incident_id": "I1", "type": "leak", "occurred_on": "2025-05-01", "discovered_on": "2025-05-01", "records_affected": "1", "substantiated": "yes", "regulator_notified": "no"],
            ["incident_id": "I2", "type": "loss", "occurred_on": "2025-05-01", "discovered_on": "2025-05-02", "records_affected": "1", "substantiated": "yes", "regulator_notified": "no"],
            ["incident_id": "I3", "type": "leak", "occurred_on": "2025-05-01", "discovered_on": "2025-05-03", "records_affected": "1", "substantiated": "no", "regulator_notified": "no"],
            ["incident_id": "I4", "type": "leak", "occurred_on": "2025-03-01", "discovered_on": "2025-03-31", "records_affected": "1", "substantiated": "yes", "regulator_notified": "no"],
        ])
        try group.rows(.reviews, "P", [
            ["review_id": "R1", "kind": "inspection", "subject": "Ops", "performed_on": "2025-06-01", "result": "nonconforming", "corrective_action": "open"],
            ["review_id": "R2", "kind": "inspection", "subject": "Ops", "performed_on": "2025-06-02", "result": "nonconforming", "corrective_action": "closed"],
            ["review_id": "R3", "kind": "inspection", "subject": "Ops", "performed_on": "2026-04-01", "result": "nonconforming", "corrective_action": "open"],
            ["review_id": "R4", "kind": "inspection", "subject": "Ops", "performed_on": "2025-06-03", "result": "nonconforming", "corrective_action": "open"],
        ])
        try group.rows(.ledger, "P", [
            MetricFixture.form("F1", registered: "2020-01-01", crossBorder: "yes", basis: "consent"),
            MetricFixture.form("F2", registered: "2020-01-01", retired: "2026-03-31", crossBorder: "yes", basis: "consent"),
            MetricFixture.form("F3", registered: "2020-01-01"),
        ])
        let cases: [(id: String, filter: [String: [String]], lines: [Int])] = [
            ("incidents", [:], [2, 3, 4]), ("incidents", ["type": ["leak"], "substantiated": ["yes"]], [2]),
            ("open_corrective_actions", [:], [2, 5]), ("cross_border_forms", [:], [2]),
        ]
        let evaluation = try Pipeline(options: group.project.options()).evaluate()
        for (id, filter, expected) in cases {
            let definition = try #require(MetricCatalog.all[id])
            let selection = try #require(definition.rows(definition.query(Self.fy2025, companies: ["P"], filter: filter)))
            let lines = try evaluation.store.lines(of: selection)
            #expect(lines == expected, "\(id) \(filter)")
            let reference = MetricReference(id: id, scope: .parentOnly, filter: filter, sql: nil, unit: nil, location: SourceLocation(path: "test"))
            #expect(try evaluation.evaluator.evaluate(reference, year: 2025)?.value == .count(lines.count), "\(id) \(filter)")
        }
    }
}
