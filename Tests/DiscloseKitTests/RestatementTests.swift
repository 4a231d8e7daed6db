import Foundation
import Testing

@testable import DiscloseKit

/// Issue 20 (GRI 2-4): a prior-year value that differs from what that year's data.json published is restated on the
/// page and in data.json, for goals and named figures alike.
@Suite("Restatements")
struct RestatementTests {
    /// The `page` fixture with a published FY2024 data.json stating `goals` and `metrics` values, and `reasons`.
    static func build(
        _ name: String = #function, goals: [String: String], metrics: [String: String], reasons: String = ""
    ) throws -> (TestProject, [String: String]) {
        try PageTests.build(name) { project in
            let goalItems = goals.sorted { $0.key < $1.key }.map { #"{"id": "\#($0.key)", "value": \#($0.value)}"# }
            let metricItems = metrics.sorted { $0.key < $1.key }.map { #"{"name": "\#($0.key)", "value": \#($0.value)}"# }
            try project.write(
                "output/FY2024/data.json",
                #"{"goals": [\#(goalItems.joined(separator: ", "))], "metrics": [\#(metricItems.joined(separator: ", "))]}"# + "\n")
            try project.write(
                "output/FY2024/.disclose-output", "This folder is written by `disclose build` and replaced as a whole on every build.\n")
            if !reasons.isEmpty {
                let yaml = try #require(project.read("pipeline.yaml"))
                try project.write("pipeline.yaml", yaml + "restatements:\n" + reasons)
            }
        }
    }

    static func json(_ text: String?) throws -> [String: Any] {
        let text = try #require(text)
        return try #require(JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
    }

    static func item(_ report: [String: Any], _ list: String, _ key: String, _ value: String) -> [String: Any]? {
        (report[list] as? [[String: Any]])?.first { $0[key] as? String == value }
    }

    @Test func aRestatedGoalIsInDataJSONWithBothValuesAndTheReason() throws {
        let (project, files) = try Self.build(
            goals: ["training": "12.5", "overseas-ledger": "0", "group-leaks": "1"], metrics: [:],
            reasons: "  training: late completions were recorded after publication\n")
        defer { project.cleanUp() }
        let report = try Self.json(files["data.json"])
        let training = try #require(Self.item(report, "goals", "id", "training"))
        let restated = try #require(training["restatement"] as? [String: Any])
        #expect(restated["fiscal_year"] as? Int == 2024)
        #expect((restated["published"] as? NSNumber)?.doubleValue == 12.5)
        #expect((restated["value"] as? NSNumber)?.intValue == 95)
        #expect(training["prior"] as? NSNumber == restated["value"] as? NSNumber, "the value computed now is the goal's prior")
        #expect(restated["reason"] as? String == "late completions were recorded after publication")
        // The same values as published: nothing restated, no key.
        for id in ["overseas-ledger", "group-leaks"] {
            #expect(Self.item(report, "goals", "id", id)?["restatement"] == nil, "\(id)")
        }
        // Keys sorted, one object per restatement: a diff shows it as a block.
        let text = try #require(files["data.json"])
        #expect(text.contains(#""restatement": {"#))
        let keys = try #require(text.firstMatch(of: /"restatement": \{(?s:.*?)\}/)).0.matches(of: /"([a-z_]+)":/).map { String($0.1) }
        #expect(keys == ["restatement", "fiscal_year", "published", "reason", "value"])
    }

    @Test func aRestatedGoalWithoutAReasonHasANullReason() throws {
        let (project, files) = try Self.build(goals: ["overseas-ledger": "1000"], metrics: [:])
        defer { project.cleanUp() }
        let report = try Self.json(files["data.json"])
        let restated = try #require(Self.item(report, "goals", "id", "overseas-ledger")?["restatement"] as? [String: Any])
        #expect((restated["published"] as? NSNumber)?.intValue == 1000)
        #expect((restated["value"] as? NSNumber)?.intValue == 0)
        #expect(restated["reason"] is NSNull)
    }

    @Test func aNamedFigureWhosePriorYearChangedIsRestatedOnThePageAndInDataJSON() throws {
        let (project, files) = try Self.build(
            goals: [:], metrics: ["leaks": "7", "holders": "0"],
            reasons: "  leaks: an incident reported after publication was reclassified\n")
        defer { project.cleanUp() }
        let report = try Self.json(files["data.json"])
        let leaks = try #require(Self.item(report, "metrics", "name", "leaks")?["restatement"] as? [String: Any])
        #expect(leaks["fiscal_year"] as? Int == 2024)
        #expect((leaks["published"] as? NSNumber)?.intValue == 7)
        let now = try #require((leaks["value"] as? NSNumber)?.intValue)
        #expect(now != 7)
        #expect(leaks["reason"] as? String == "an incident reported after publication was reclassified")
        #expect(Self.item(report, "metrics", "name", "holders")?["restatement"] == nil, "same value as published")
        // The key figures table says so beside the figure: the year, its value now, the published value, the reason.
        let html = try #require(files["privacy.html"])
        let markdown = try #require(files["privacy.md"])
        let line = "restated: FY2024 is now \(now) incident\(now == 1 ? "" : "s"); the FY2024 page published 7 incidents (an incident reported after publication was reclassified)"
        let row = try #require(html.split(separator: "\n").first { $0.hasPrefix("<tr id=\"figure-leaks\">") })
        #expect(row.contains("<span class=\"restated\">\(line)</span>"))
        #expect(markdown.split(separator: "\n").contains { $0.hasPrefix("| ") && $0.hasSuffix(" (\(line)) |") })
        #expect(html.components(separatedBy: "class=\"restated\"").count == 2, "holders is as published")
    }

    @Test func theJapaneseEditionStatesAFiguresRestatementInJapanese() throws {
        let project = try BilingualTests.project { project in
            try project.write("output/FY2024/data.json", #"{"goals": [], "metrics": [{"name": "leaks", "value": 7}]}"# + "\n")
            try project.write(
                "output/FY2024/.disclose-output", "This folder is written by `disclose build` and replaced as a whole on every build.\n")
        }
        defer { project.cleanUp() }
        _ = try Pipeline(options: project.options()).build()
        let japanese = try #require(project.read("output/FY2025/ja/privacy.html"))
        #expect(japanese.contains("<span class=\"restated\">修正再表示：2024年度は"))
        #expect(japanese.contains("（2024年度の公表値は7件）</span>"))
    }

    @Test func withNoPublishedPriorYearNoItemCarriesARestatement() throws {
        let (project, files) = try PageTests.build()
        defer { project.cleanUp() }
        #expect(!(files["data.json"] ?? "").contains("\"restatement\""))
    }
}
