import Foundation
import Testing

@testable import DiscloseKit

/// Issue 17, "done when": the sample with a real year's mess — partial submissions, Shift_JIS files, one mistake.
@Suite("A real year's data")
struct RealYearTests {
    /// A copy of the sample project (pipeline.yaml, data, content, templates) in its own folder.
    static func sample(_ name: String = #function) throws -> TestProject {
        let project = try TestProject(name)
        for item in ["pipeline.yaml", "data", "content", "templates"] {
            try FileManager.default.copyItem(
                at: Fixtures.packageRoot.appendingPathComponent(item), to: project.root.appendingPathComponent(item))
        }
        return project
    }

    /// The narrative sections of a Markdown page: Governance, Strategy and Main Initiatives.
    static func narrative(_ markdown: String) -> String {
        var text = ""
        var inside = false
        for line in markdown.split(separator: "\n", omittingEmptySubsequences: false) {
            if line.hasPrefix("## ") { inside = ["## Governance", "## Strategy", "## Main Initiatives"].contains(String(line)) }
            if inside { text += line + "\n" }
        }
        return text
    }

    /// `figures`: incomplete figures whose content handles only the complete case (a warning names each);
    /// `handled`: incomplete figures whose content also says what is known (no warning).
    static func assertHonestPartialPage(_ project: TestProject, figures: [String], handled: [String] = []) throws {
        let result = try EndToEndTests.run(["build"], in: project.root)
        #expect(result.status == 0, "\(result.stderr)")
        let markdown = try #require(project.read("output/FY2025/privacy.md"))
        let html = try #require(project.read("output/FY2025/privacy.html"))
        let json = try #require(project.read("output/FY2025/data.json"))
        let prose = narrative(markdown)
        #expect(prose.contains("## Main Initiatives"))
        #expect(!prose.contains("—"), "a narrative sentence shows a dash:\n\(prose)")
        for page in [markdown, html] {
            #expect(!page.contains("(partial)"))
            #expect(!page.contains("0 (partial)"))
            #expect(page.contains("companies reported)"), "no partial value labelled with its coverage")
        }
        #expect(prose.contains("reported by "), "no coverage statement in the narrative")
        for figure in figures {
            #expect(result.stderr.contains("warning: figure '\(figure)' covers"), "no warning names \(figure):\n\(result.stderr)")
        }
        for figure in handled {
            #expect(!result.stderr.contains("warning: figure '\(figure)' covers"), "content handling both cases warned: \(figure)")
        }
        #expect(json.contains("\"partial_value\""))
        #expect(json.contains("\"missing_companies\""))
    }

    @Test func aSubsidiaryWithoutAnIncidentsFileGivesAnHonestPage() throws {
        let project = try Self.sample()
        defer { project.cleanUp() }
        try project.remove("data/FY2025/AOBA-SYS/incidents.csv")
        try Self.assertHonestPartialPage(project, figures: ["records_group"], handled: ["leaks_group"])
        let markdown = try #require(project.read("output/FY2025/privacy.md"))
        #expect(markdown.contains("Across the group, at least"))
        #expect(markdown.contains("not reported: Aoba Systems Co., Ltd."))
    }

    @Test func theParentWithoutIncidentsAndOneTrainingFileGivesAnHonestPage() throws {
        let project = try Self.sample()
        defer { project.cleanUp() }
        try project.remove("data/FY2025/AOBA/incidents.csv")
        try project.remove("data/FY2025/AOBA-US/training.csv")
        try Self.assertHonestPartialPage(
            project, figures: ["secondary_use", "complaints"], handled: ["leaks", "leaks_group", "overseas_training"])
        let markdown = try #require(project.read("output/FY2025/privacy.md"))
        #expect(markdown.contains("| Loss or leak incidents at the parent company | not reported |"))
        #expect(markdown.contains("at the parent company in fiscal year 2025: not reported;"))
        #expect(!markdown.contains("There were no incidents involving the loss or leak of personal information at the parent company"))
    }

    /// Codes of the registry's companies in Japan (any field exactly "JP": quoted names may hold commas).
    static func domesticCodes(_ registry: String) -> [String] {
        var codes: [String] = []
        for line in registry.split(separator: "\n") {
            let fields: [Substring] = line.split(separator: ",", omittingEmptySubsequences: false)
            if fields.contains("JP"), let code = fields.first { codes.append(String(code)) }
        }
        return codes
    }

    /// Puts Japanese text into the domestic companies' files, so that CP932 differs from UTF-8 there.
    static func japaneseDepartments(_ project: TestProject) throws {
        let manager = FileManager.default
        let registry = try #require(project.read("data/companies.csv"))
        let domestic = Self.domesticCodes(registry)
        for year in try manager.contentsOfDirectory(atPath: project.root.appendingPathComponent("data").path) where year.hasPrefix("FY") {
            for code in domestic {
                for dataset in ["ledger", "reviews", "appointments"] {
                    let relative = "data/\(year)/\(code)/\(dataset).csv"
                    guard let text = project.read(relative) else { continue }
                    var edited = text.replacingOccurrences(of: "Sales", with: "営業部")
                    edited = edited.replacingOccurrences(of: "Human Resources", with: "人事部")
                    try project.write(relative, edited)
                }
            }
        }
    }

    /// Converts every domestic company's file, and companies.csv, to CP932 where CP932 can hold it; returns those converted.
    static func convertDomesticToCP932(_ project: TestProject) throws -> [String] {
        let manager = FileManager.default
        let registry = try #require(project.read("data/companies.csv"))
        let domestic = Set(Self.domesticCodes(registry))
        var candidates = ["data/companies.csv"]
        let data = project.root.appendingPathComponent("data")
        for year in try manager.contentsOfDirectory(atPath: data.path).sorted() where year.hasPrefix("FY") {
            for code in try manager.contentsOfDirectory(atPath: data.appendingPathComponent(year).path).sorted() where domestic.contains(code) {
                for file in try manager.contentsOfDirectory(atPath: data.appendingPathComponent("\(year)/\(code)").path).sorted() {
                    candidates.append("data/\(year)/\(code)/\(file)")
                }
            }
        }
        var converted: [String] = []
        for relative in candidates {
            guard let text = project.read(relative), let bytes = EncodingTests.cp932(text), bytes != Array(text.utf8) else { continue }
            try Data(bytes).write(to: project.root.appendingPathComponent(relative))
            converted.append(relative)
        }
        return converted
    }

    @Test func shiftJISFilesAreOneErrorEachWithoutEncodingsAndIdenticalOutputWithThem() throws {
        let utf8 = try Self.sample()
        defer { utf8.cleanUp() }
        try Self.japaneseDepartments(utf8)
        let reference = try EndToEndTests.run(["build"], in: utf8.root)
        #expect(reference.status == 0, "\(reference.stderr)")

        let mixed = try Self.sample()
        defer { mixed.cleanUp() }
        try Self.japaneseDepartments(mixed)
        let converted = try Self.convertDomesticToCP932(mixed)
        #expect(converted.count > 20)
        #expect(!converted.contains("data/companies.csv"), "the sample registry holds names CP932 cannot (é): it stays UTF-8")

        let refused = try EndToEndTests.run(["check"], in: mixed.root)
        #expect(refused.status == 1)
        let errors = refused.stderr.split(separator: "\n").filter { $0.contains(": error: ") }
        #expect(errors.count == converted.count, "\(refused.stderr)")
        for path in converted {
            #expect(errors.contains { $0.hasPrefix("\(path): error: not UTF-8; it looks like Shift_JIS (CP932)") }, "\(path)")
        }
        #expect(refused.stderr.contains("\(converted.count) errors, 0 warnings in \(converted.count) files"))

        try mixed.write("pipeline.yaml", (mixed.read("pipeline.yaml") ?? "") + "\nencodings: [utf-8, cp932]\n")
        let built = try EndToEndTests.run(["build"], in: mixed.root)
        #expect(built.status == 0, "\(built.stderr)")
        for name in ["privacy.md", "privacy.html", "data.json"] {
            let expected = try Data(contentsOf: utf8.root.appendingPathComponent("output/FY2025/\(name)"))
            let actual = try Data(contentsOf: mixed.root.appendingPathComponent("output/FY2025/\(name)"))
            #expect(actual == expected, "\(name) differs from the all-UTF-8 build")
        }
        let check = try EndToEndTests.run(["check"], in: mixed.root)
        #expect(check.stderr.contains("Read as CP932 (encodings: in pipeline.yaml), \(converted.count) files:"))
    }

    @Test func aBadPeriodIsOneError() throws {
        for period in ["{from: 2021-04, to: 2026-3}", "{from: 2021-4, to: 2026-03}", "{from: 2021-04, to: 2020-03}"] {
            let project = try Self.sample()
            defer { project.cleanUp() }
            let yaml = try #require(project.read("pipeline.yaml"))
            let fixed = yaml.replacingOccurrences(of: "period: {from: 2021-04, to: 2026-03}", with: "period: \(period)")
            #expect(fixed != yaml)
            try project.write("pipeline.yaml", fixed)
            let result = try EndToEndTests.run(["check"], in: project.root)
            #expect(result.status == 1)
            let errors = result.stderr.split(separator: "\n").filter { $0.contains(": error: ") }
            #expect(errors.count == 1, "\(period): \(result.stderr)")
            #expect(errors.first?.hasPrefix("pipeline.yaml:") == true)
        }
    }

    @Test func anUnclosedSectionIsTheLocatedMessage() throws {
        let project = try Self.sample()
        defer { project.cleanUp() }
        let content = try #require(project.read("content/initiatives.md"))
        let lines = content.split(separator: "\n", omittingEmptySubsequences: false)
        let line = try #require(lines.firstIndex { $0 == "{{#figures.leaks.zero}}" }) + 1
        try project.write("content/initiatives.md", content.replacingOccurrences(of: "{{/figures.leaks.zero}}\n", with: ""))
        let result = try EndToEndTests.run(["build"], in: project.root)
        #expect(result.status == 1)
        #expect(
            result.stderr.contains("content/initiatives.md:\(line):1: error: section 'figures.leaks.zero' opened here is never closed"),
            "\(result.stderr)")
        #expect(!result.stderr.contains("ParserError"))
        #expect(result.stderr.contains("1 error, 0 warnings in 1 file"))
    }
}
