import Foundation
import Testing

@testable import DiscloseKit

/// A project's `sql:` figures and goals each get a concept (and a numerator and a denominator concept) in the project
/// schema: names that would give one concept twice are located errors of `check`, `build` and `taxonomy export`,
/// never an invalid schema.
@Suite("Inline XBRL: project concepts never clash")
struct XBRLConceptClashTests {
    static func figures(_ names: [String]) -> String {
        "figures:\n" + names.map { "  \($0):\n    sql: SELECT COUNT(*) AS value FROM reviews\n    unit: reviews\n" }.joined()
    }

    static func build(_ figures: [String], name: String = #function) throws -> [String] {
        let project = try TestProject.group(name, pipeline: TestProject.pipeline + "\n" + Self.figures(figures))
        defer { project.cleanUp() }
        var messages: [String] = []
        do { _ = try Pipeline(options: project.options()).validate() } catch { messages += error.diagnostics.map { "check: " + $0.description } }
        do { _ = try Pipeline(options: project.options()).build() } catch { messages += error.diagnostics.map(\.description) }
        do { _ = try Pipeline(options: project.options()).exportTaxonomy(to: project.root.appendingPathComponent("taxonomy").path) } catch {
            messages += error.diagnostics.map { "export: " + $0.description }
        }
        #expect(project.read("taxonomy/\(TaxonomyPackage.fileName)") == nil || messages.isEmpty, "nothing is exported on a clash")
        return messages
    }

    @Test(arguments: [
        (["a-b", "a_b"], "proj:FigureAB"),
        (["ab-1", "ab_1"], "proj:FigureAb1"),
        (["a--b", "a-b"], "proj:FigureAB"),
        (["reviews", "reviews_numerator"], "proj:FigureReviewsNumerator"),
        (["reviews_denominator", "reviews"], "proj:FigureReviewsDenominator"),
    ])
    func twoNamesOfOneConceptAreALocatedErrorOfBuildAndExport(figures: [String], concept: String) throws {
        let messages = try Self.build(figures)
        let clash = messages.filter { $0.contains(concept) && $0.contains("rename one") }
        #expect(clash.count == 3, "one each from check, build and export: \(messages)")
        #expect(clash.allSatisfy { $0.contains("pipeline.yaml:") && $0.contains("figure '\(figures[1])'") }, "\(clash)")
    }

    @Test func namesOfDistinctConceptsBuild() throws {
        #expect(try Self.build(["reviews", "reviews_done", "numerator"]).isEmpty)
    }
}
