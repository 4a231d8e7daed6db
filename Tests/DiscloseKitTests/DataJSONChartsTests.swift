import Foundation
import Testing

@testable import DiscloseKit

/// Issue 32: data.json states every number the page shows, so the inline XBRL facts stay checkable against it: each
/// chart with its bars (a trend's earlier years, the training chart's populations) and each goal's prior-year ratio.
@Suite("data.json states the charts and the prior year's ratio")
struct DataJSONChartsTests {
    /// The `page` fixture with two training goals, `chart: by_population` on the parent's (officers 4 of 4, dispatched
    /// workers 3 of 10), built; returns the project, its data.json as an object and its HTML page.
    static func build(_ name: String = #function) throws -> (TestProject, [String: Any], String) {
        let project = try PageLayoutTests.twoTrainingGoals(name, chartOn: "training")
        do {
            _ = try Pipeline(options: project.options()).build()
            let json = try #require(project.read("output/FY2025/data.json"))
            let object = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
            return (project, object, try #require(project.read("output/FY2025/privacy.html")))
        } catch {
            project.cleanUp()
            throw error
        }
    }

    static func charts(_ data: [String: Any]) throws -> [[String: Any]] { try #require(data["charts"] as? [[String: Any]]) }

    static func bars(_ chart: [String: Any]) throws -> [[String: Any]] { try #require(chart["bars"] as? [[String: Any]]) }

    static func goal(_ data: [String: Any], _ id: String) throws -> [String: Any] {
        try #require((data["goals"] as? [[String: Any]])?.first { $0["id"] as? String == id })
    }

    static func int(_ value: Any?) -> Int? { (value as? NSNumber)?.intValue }

    @Test func everyChartIsListedInPageOrderWithItsBars() throws {
        let (project, data, html) = try Self.build()
        defer { project.cleanUp() }
        let charts = try Self.charts(data)
        // The page's charts in the order a reader meets them: each chart's SVG, labelled by its title (a trend is one
        // panel of the trends figure).
        let onPage = html.matches(of: /<svg [^>]*aria-labelledby="(chart-[a-z0-9-]+)-title\s/).map { String($0.1) }
        #expect(onPage.count > 3)
        #expect(charts.compactMap { $0["id"] as? String } == onPage)
        #expect(charts.compactMap { $0["kind"] as? String }.first == "goals_against_targets")
        #expect(Set(charts.compactMap { $0["kind"] as? String }) == ["goals_against_targets", "completion_by_population", "trend"])
        let (report, _) = try Pipeline(options: project.options()).report()
        for chart in report.charts {
            let json = try #require(charts.first { $0["id"] as? String == chart.id })
            #expect(Self.int(json["fiscal_year"]) == 2025)
            let bars = try Self.bars(json)
            #expect(bars.count == chart.bars.count, "\(chart.id)")
            for (bar, result) in zip(bars, chart.bars.map(\.result)) {
                #expect(bar["id"] as? String == result.reference.id)
                #expect(bar["unit"] as? String == result.unit)
                let value = bar["value"] is NSNull ? "null" : (bar["value"] as? NSNumber)?.stringValue
                #expect(value == JSONValue(metricValue: result.value).serialized().trimmingCharacters(in: .newlines))
                #expect(bar["coverage"] is [String: Any] && bar["inputs"] is [Any], "metric(_:)'s members")
            }
        }
    }

    @Test func aGoalsChartBarNamesItsGoalAndTarget() throws {
        let (project, data, _) = try Self.build()
        defer { project.cleanUp() }
        let chart = try #require(try Self.charts(data).first { $0["kind"] as? String == "goals_against_targets" })
        #expect(chart["goal"] == nil, "each bar has its own goal")
        let bars = try Self.bars(chart)
        #expect(bars.compactMap { $0["goal"] as? String }.contains("overseas-training"))
        for bar in bars {
            let goal = try Self.goal(data, try #require(bar["goal"] as? String))
            #expect(bar["target"] as? String == goal["target"] as? String)
            #expect(Self.int(bar["numerator"]) == Self.int(goal["numerator"]))
            #expect(Self.int(bar["denominator"]) == Self.int(goal["denominator"]))
        }
    }

    @Test func aTrendBarCarriesItsOwnFiscalYear() throws {
        let (project, data, _) = try Self.build()
        defer { project.cleanUp() }
        let trend = try #require(try Self.charts(data).first { $0["id"] as? String == "chart-trend-overseas-ledger" })
        #expect(trend["kind"] as? String == "trend")
        #expect(trend["goal"] as? String == "overseas-ledger")
        #expect(Self.int(trend["fiscal_year"]) == 2025)
        let bars = try Self.bars(trend)
        #expect(bars.compactMap { Self.int($0["fiscal_year"]) } == [2024, 2025])
        #expect(bars.allSatisfy { $0["goal"] as? String == "overseas-ledger" && $0["target"] == nil })
        // The FY2024 bar is the goal's prior year: the same value and ratio.
        let goal = try Self.goal(data, "overseas-ledger")
        #expect(Self.int(bars[0]["value"]) == Self.int(goal["prior"]))
        #expect(Self.int(bars[0]["denominator"]) == Self.int(goal["prior_denominator"]))
        #expect(Self.int(bars[1]["value"]) == Self.int(goal["value"]))
    }

    @Test func aPopulationBarCarriesItsPopulationAndFilter() throws {
        let (project, data, _) = try Self.build()
        defer { project.cleanUp() }
        let chart = try #require(try Self.charts(data).first { $0["kind"] as? String == "completion_by_population" })
        #expect(chart["id"] as? String == "chart-training-training")
        #expect(chart["goal"] as? String == "training")
        let bars = try Self.bars(chart)
        #expect(bars.compactMap { $0["population"] as? String } == ["officer", "dispatched"])
        for bar in bars {
            let filter = try #require(bar["filter"] as? [String: [String]])
            #expect(filter == ["course": ["SEC-WEB"], "population": [try #require(bar["population"] as? String)]])
            #expect(bar["goal"] as? String == "training")
            #expect(bar["target"] as? String == ">= 95%")
            #expect(Self.int(bar["fiscal_year"]) == 2025)
        }
        let dispatched = try #require(bars.last)
        #expect(Self.int(dispatched["numerator"]) == 3)
        #expect(Self.int(dispatched["denominator"]) == 10)
        #expect((dispatched["percent"] as? NSNumber)?.doubleValue == 30)
        #expect((dispatched["value"] as? NSNumber)?.doubleValue == 30)
    }

    @Test func aGoalsPriorRatioIsStatedBesideItsPrior() throws {
        let (project, data, _) = try Self.build()
        defer { project.cleanUp() }
        // The parent's web training in FY2024: 19 of 20 (95.0%).
        let training = try Self.goal(data, "training")
        #expect((training["prior"] as? NSNumber)?.doubleValue == 95)
        #expect(Self.int(training["prior_numerator"]) == 19)
        #expect(Self.int(training["prior_denominator"]) == 20)
        #expect((training["prior_percent"] as? NSNumber)?.doubleValue == 95)
        // A count of scope: the prior value is the numerator, the percent its share.
        let ledger = try Self.goal(data, "overseas-ledger")
        let (numerator, denominator) = (try #require(Self.int(ledger["prior_numerator"])), try #require(Self.int(ledger["prior_denominator"])))
        #expect(numerator == Self.int(ledger["prior"]))
        #expect(numerator != denominator, "the fixture tells the two apart")
        #expect((ledger["prior_percent"] as? NSNumber)?.doubleValue == Double(numerator * 100) / Double(denominator))
    }

    @Test func aGoalWithoutARatioHasNoPriorParts() throws {
        let (project, data, _) = try Self.build()
        defer { project.cleanUp() }
        let leaks = try Self.goal(data, "group-leaks")
        #expect(leaks["prior"] is NSNumber)
        #expect(leaks["numerator"] == nil)
        for key in ["prior_numerator", "prior_denominator", "prior_percent"] { #expect(leaks[key] == nil, "\(key)") }
    }
}
