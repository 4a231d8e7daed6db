import Foundation
import Testing

@testable import DiscloseKit

/// The dataset catalog is the one description of every dataset: columns, rules across files, person ids.
@Suite("Dataset catalog")
struct DatasetCatalogTests {
    @Test func theReviewsToLedgerRuleIsDeclaredInTheCatalog() throws {
        let reviews = try #require(DatasetCatalog.byName["reviews"])
        #expect(
            reviews.crossFileRules == [
                .references(column: "subject", dataset: "ledger", key: "form_id", when: RowCondition("kind", equals: "control-form"))
            ])
        #expect(reviews.referencedDataset == "ledger")
        #expect(DatasetCatalog.byName["ledger"]?.referencedKey == "form_id")
        #expect(DatasetCatalog.byName["incidents"]?.referencedKey == nil)
    }

    @Test func everyCrossFileRuleNamesColumnsThatExistAndAnEarlierDataset() throws {
        for (position, spec) in DatasetCatalog.perCompany.enumerated() {
            for rule in spec.crossFileRules {
                guard case .references(let column, let dataset, let key, let condition) = rule else { continue }
                #expect(spec.column(column) != nil, "\(spec.name).\(column)")
                if let condition { #expect(spec.column(condition.column) != nil, "\(spec.name).\(condition.column)") }
                let target = try #require(DatasetCatalog.perCompany.firstIndex { $0.name == dataset }, "\(dataset)")
                #expect(target < position, "\(dataset) must be read before \(spec.name)")
                #expect(DatasetCatalog.perCompany[target].column(key) != nil, "\(dataset).\(key)")
            }
        }
    }

    @Test func everyRowRuleAndKeyNamesAColumnOfItsDataset() {
        for spec in DatasetCatalog.all {
            for name in spec.key { #expect(spec.column(name) != nil, "\(spec.name) key \(name)") }
            for rule in spec.rules {
                let names: [String]
                switch rule {
                case .notBefore(let a, let b), .notGreater(let a, let b): names = [a, b]
                case .requiredWhen(let a, let b, _), .requiredUnless(let a, let b, _), .restrictedWhen(let a, let b, _, _),
                    .zeroUnless(let a, let b, _):
                    names = [a, b]
                }
                for name in names { #expect(spec.column(name) != nil, "\(spec.name) rule names \(name)") }
            }
        }
    }

    @Test func aRowBuiltByNameFollowsTheCatalogOrderAndLeavesOtherColumnsEmpty() throws {
        let reviews = try #require(DatasetCatalog.byName["reviews"])
        let line = reviews.line(["subject": "F1", "review_id": "R1", "kind": "control-form"])
        let fields = line.split(separator: ",", omittingEmptySubsequences: false).map(String.init)
        #expect(fields.count == reviews.columns.count)
        #expect(fields[try #require(reviews.position(of: "review_id"))] == "R1")
        #expect(fields[try #require(reviews.position(of: "subject"))] == "F1")
        #expect(fields[try #require(reviews.position(of: "result"))] == "")
        #expect(reviews.unknownColumns(in: ["subjcet": "F1", "kind": "x"]) == ["subjcet"])
        let registry = DatasetCatalog.companies.line(["name": "Kaede America, Inc.", "code": "K"])
        #expect(registry.contains("\"Kaede America, Inc.\""), "a comma in a value is quoted")
        #expect(registry.replacingOccurrences(of: "\"Kaede America, Inc.\"", with: "N").split(separator: ",", omittingEmptySubsequences: false).count
            == DatasetCatalog.companies.columns.count)
    }

    @Test func theDatasetsJSONListsEveryColumnInFileOrderWithPersonIDsMarked() throws {
        let text = DatasetCatalog.json.serialized()
        let decoded = try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any]
        let datasets = try #require(decoded?["datasets"] as? [[String: Any]])
        #expect(datasets.compactMap { $0["name"] as? String } == DatasetCatalog.all.map(\.name))
        for (json, spec) in zip(datasets, DatasetCatalog.all) {
            let columns = try #require(json["columns"] as? [[String: Any]])
            #expect(columns.compactMap { $0["name"] as? String } == spec.columns.map(\.name))
            let personIDs = columns.filter { $0["person_id"] as? Bool == true }.compactMap { $0["name"] as? String }
            #expect(personIDs == spec.columns.filter { $0.type == .personID }.map(\.name))
            let hidden = columns.filter { $0["private"] as? Bool == true }.compactMap { $0["name"] as? String }
            #expect(hidden == spec.columns.filter(\.isPrivate).map(\.name))
            #expect(Set(hidden.map { "\(spec.name).\($0)" }) == DatasetCatalog.privateColumns.filter { $0.hasPrefix(spec.name + ".") })
        }
    }

    @Test func theSampleScriptTakesItsColumnsFromTheCatalogNotASecondList() throws {
        let script = try String(contentsOf: Fixtures.packageRoot.appendingPathComponent("scripts/make-sample.py"), encoding: .utf8)
        #expect(script.contains("\"schema\", \"--datasets\""))
        for spec in DatasetCatalog.perCompany {
            #expect(!script.contains(spec.headerLine), "make-sample.py keeps its own \(spec.name) header")
        }
    }
}

@Suite("Test file layouts")
struct TestLayoutTests {
    /// The tests' CSV layouts name exactly the catalog's columns (in their own order), so a column added to
    /// or renamed in the catalog is caught here by name, and a reordering changes nothing.
    @Test func everyTestLayoutNamesExactlyTheCatalogsColumns() {
        for spec in DatasetCatalog.perCompany {
            #expect(Set(TestProject.layouts[spec.name] ?? []) == Set(spec.columns.map(\.name)), "\(spec.name)")
            #expect((TestProject.layouts[spec.name] ?? []).count == spec.columns.count, "\(spec.name)")
        }
    }
}
