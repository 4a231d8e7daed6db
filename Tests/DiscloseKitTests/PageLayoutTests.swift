import Foundation
import Testing

@testable import DiscloseKit

/// Issue 20: charts that take their data from the goal they name, restatements beside prior values,
/// a standards index with each datum once, and narrative a reviewer can diff line by line.
@Suite("The page a reader trusts")
struct PageLayoutTests {
    /// Two training goals over different populations: the parent's officers and dispatched workers, the
    /// overseas subsidiary's employees. `chartOn` names the goal that carries `chart: by_population`.
    static func twoTrainingGoals(_ name: String = #function, chartOn: String) throws -> TestProject {
        let project = try TestProject(name)
        try project.copyFixture("page")
        let officers = (0..<4).map { ["person_id": "O\($0)", "population": "officer", "completed_on": "2025-06-01"] }
        let dispatched = (0..<10).map { ["person_id": "D\($0)", "population": "dispatched", "completed_on": $0 < 3 ? "2025-06-01" : ""] }
        try project.dataset(.training, company: "P", officers + dispatched)
        try project.dataset(.training, company: "US1", (0..<8).map { ["person_id": "U\($0)", "completed_on": $0 < 7 ? "2025-06-01" : ""] })
        var yaml = try #require(project.read("pipeline.yaml"))
        yaml = yaml.replacingOccurrences(of: "    chart: by_population\n", with: "")
        yaml = yaml.replacingOccurrences(
            of: "  - id: group-leaks\n",
            with: """
                  - id: overseas-training
                    under: risk
                    fiscal_year: 2025
                    text: Web training at overseas subsidiaries
                    metric: {id: training_completion, scope: {region: overseas}, filter: {course: [SEC-WEB]}}
                    target: ">= 90%"
                  - id: group-leaks

                """)
        yaml = yaml.replacingOccurrences(
            of: "  - id: \(chartOn)\n", with: "  - id: \(chartOn)\n    chart: by_population\n")
        try project.write("pipeline.yaml", yaml)
        return project
    }

    static func populationChart(_ report: Report) -> ChartData? {
        report.charts.first { if case .completionByPopulation = $0.kind { return true } else { return false } }
    }

    @Test func theByPopulationChartShowsTheNamedGoalsPopulations() throws {
        for (named, other) in [("training", "overseas-training"), ("overseas-training", "training")] {
            let project = try Self.twoTrainingGoals("byPopulation-\(named)", chartOn: named)
            defer { project.cleanUp() }
            let (report, evaluation) = try Pipeline(options: project.options()).report()
            let chart = try #require(Self.populationChart(report))
            #expect(chart.kind == .completionByPopulation(goal: named))
            let goal = try #require(report.goals.first { $0.goal.id == named }?.goal.metric)
            let otherGoal = try #require(report.goals.first { $0.goal.id == other }?.goal.metric)
            var expected: [String: Ratio] = [:]
            var unexpected: [String: Ratio] = [:]
            for population in ChartBuilder.populations {
                for (metric, into) in [(goal, true), (otherGoal, false)] {
                    var reference = metric
                    reference.filter["population"] = [population]
                    if let ratio = try evaluation.evaluator.evaluate(reference, year: 2025)?.ratio, ratio.denominator > 0 {
                        if into { expected[population] = ratio } else { unexpected[population] = ratio }
                    }
                }
            }
            var shown: [String: Ratio] = [:]
            for bar in chart.bars {
                if case .population(let population) = bar.subject { shown[population] = bar.result.ratio }
            }
            #expect(shown == expected, "the chart of \(named) shows \(shown)")
            #expect(shown != unexpected)
            #expect(Set(shown.keys) == (named == "training" ? ["officer", "dispatched"] : ["employee"]))
            _ = try Pipeline(options: project.options()).build()
            let html = try #require(project.read("output/FY2025/privacy.html"))
            let goalText = named == "training" ? "Web training for all employees" : "Web training at overseas subsidiaries"
            #expect(html.contains("training completion by population: \(goalText)</h4>"), "the caption names whose training it is")
        }
    }

    @Test func withNoGoalNamingItThereIsNoPopulationChart() throws {
        let project = try TestProject()
        defer { project.cleanUp() }
        try project.copyFixture("page")
        let yaml = try #require(project.read("pipeline.yaml"))
        try project.write("pipeline.yaml", yaml.replacingOccurrences(of: "    chart: by_population\n", with: ""))
        let (report, _) = try Pipeline(options: project.options()).report()
        #expect(Self.populationChart(report) == nil)
    }

    @Test func aByPopulationChartOnAGoalThatIsNotTrainingIsALocatedError() {
        let yaml = """
            disclosure: {title: T, organization: O, fiscal_year: 2025, home_country: JP}
            goals:
              - id: leaks
                fiscal_year: 2025
                text: No leaks
                metric: {id: incidents}
                chart: by_population
              - id: other
                fiscal_year: 2025
                text: Other
                metric: {id: training_completion}
                chart: by_mood
            """
        let (config, diagnostics) = decodeConfig(yaml)
        #expect(config == nil)
        #expect(diagnostics.contains { $0.location.line == 7 && $0.message.contains("training_completion") })
        #expect(diagnostics.contains { $0.location.line == 12 && $0.message.contains("by_mood") })
    }

    @Test func aPriorValueThatDiffersFromThePublishedOneIsMarkedRestatedWithItsReason() throws {
        let (project, files) = try PageTests.build { project in
            try project.write(
                "output/FY2024/data.json",
                #"{"goals": [{"id": "training", "value": 12.5}, {"id": "overseas-ledger", "value": 1000}]}"# + "\n")
            try project.write(
                "output/FY2024/.disclose-output", "This folder is written by `disclose build` and replaced as a whole on every build.\n")
            let yaml = try #require(project.read("pipeline.yaml"))
            try project.write("pipeline.yaml", yaml + "restatements:\n  training: late completions were recorded after publication\n")
        }
        defer { project.cleanUp() }
        let html = try #require(files["privacy.html"])
        let markdown = try #require(files["privacy.md"])
        #expect(html.contains("restated: the FY2024 page published 12.5% (late completions were recorded after publication)"))
        #expect(markdown.contains("(restated: the FY2024 page published 12.5% (late completions were recorded after publication))"))
        // The ledger goal's prior value differs too, but without a reason: the values alone.
        #expect(html.contains("restated: the FY2024 page published 1,000 companies</span>") || html.contains("restated: the FY2024 page published 1,000 forms</span>") || html.contains("restated: the FY2024 page published 1000</span>"), "\(html.components(separatedBy: "restated: ").dropFirst().map { $0.prefix(60) })")
        #expect(html.components(separatedBy: "class=\"restated\"").count == 3)
    }

    @Test func withNoPublishedPriorYearNothingIsMarkedRestated() throws {
        let (project, files) = try PageTests.build()
        defer { project.cleanUp() }
        #expect(!(files["privacy.html"] ?? "").contains("class=\"restated\""))
        #expect(!(files["privacy.md"] ?? "").contains("restated"))
    }

    @Test func aRestatementNamingNoFigureOrGoalIsALocatedError() {
        let yaml = """
            disclosure: {title: T, organization: O, fiscal_year: 2025, home_country: JP}
            figures:
              leaks: {id: incidents}
            restatements:
              leaks: a late report
              leeks: typo
            """
        let (config, diagnostics) = decodeConfig(yaml)
        #expect(config == nil)
        #expect(diagnostics.count == 1)
        #expect(diagnostics.first?.location.line == 6)
        #expect(diagnostics.first?.message.contains("leeks") == true)
    }

    @Test func theStandardsIndexListsEachDatumOnceWithALinkToItsAnchor() throws {
        let (project, files) = try PageTests.build { project in
            // The figure `leaks` and a goal measuring the very same datum.
            let yaml = try #require(project.read("pipeline.yaml"))
            try project.write(
                "pipeline.yaml",
                yaml.replacingOccurrences(
                    of: "  - id: next-monitoring\n",
                    with: """
                          - id: parent-leaks
                            under: risk
                            fiscal_year: 2025
                            text: No leaks at the parent company
                            metric: {id: incidents, filter: {type: [loss, leak, theft, unauthorized-access]}}
                            target: "= 0"
                          - id: next-monitoring

                        """))
        }
        defer { project.cleanUp() }
        let html = try #require(files["privacy.html"])
        let standards = try #require(html.components(separatedBy: "<section id=\"standards\"").last)
        #expect(standards.contains("<a href=\"#figure-leaks\">"))
        #expect(!standards.contains("#goal-parent-leaks"), "the goal states the figure's datum again")
        #expect(standards.contains("<a href=\"#goal-group-leaks\">"), "a goal with a datum of its own stays")
        for anchor in standards.matches(of: /href="#([^"]+)"/).map({ String($0.1) }) {
            #expect(html.contains("id=\"\(anchor)\""), "#\(anchor) leads somewhere")
        }
    }

    @Test func theGlanceTableLinksEachGoalToItsProgressLine() throws {
        let (project, files) = try PageTests.build { project in
            let yaml = try #require(project.read("pipeline.yaml"))
            try project.write(
                "pipeline.yaml",
                yaml.replacingOccurrences(of: "  - id: overseas-ledger\n", with: "  - id: overseas-ledger\n    label: Overseas ledger\n"))
        }
        defer { project.cleanUp() }
        let html = try #require(files["privacy.html"])
        #expect(html.contains("<a href=\"#progress-training\">Web training for all employees</a>"))
        #expect(html.contains("<li id=\"progress-training\">"))
        // A goal with a short label: its full text once in the metrics section (the goals table); the charts
        // and their data tables use the label.
        let metrics = try #require(html.components(separatedBy: "<section id=\"metrics\"").last?.components(separatedBy: "</section>").first)
        #expect(metrics.components(separatedBy: "Introduce the ledger at every overseas subsidiary").count - 1 == 1)
        #expect(metrics.contains("<title>Overseas ledger</title>"))
    }

    @Test func thePageHasContentsAFooterAndNoClockOrVersion() throws {
        let (project, files) = try PageTests.build()
        defer { project.cleanUp() }
        let html = try #require(files["privacy.html"])
        let markdown = try #require(files["privacy.md"])
        let contents = try #require(html.range(of: "<nav class=\"contents\""))
        let title = try #require(html.range(of: "<h1>"))
        #expect(title.lowerBound < contents.lowerBound)
        for section in ["governance", "strategy", "metrics", "initiatives", "standards"] {
            #expect(html.contains("<li><a href=\"#\(section)\">"))
        }
        let footer = try #require(html.components(separatedBy: "<footer>").last)
        #expect(footer.contains("Figures computed from the group's records."))
        #expect(footer.contains("<a href=\"data.json\">"))
        #expect(markdown.contains("- [The data behind this page (data.json)](data.json)"))
        #expect(!html.contains(DiscloseVersion.current) && !markdown.contains(DiscloseVersion.current))
        // Order: goals, progress, next year's goals, then figures and charts, then initiatives.
        let order = ["id=\"goals\"", "Progress, Achievements", "FY2026 Goals", "Key Figures", "<h3>Charts</h3>", "id=\"initiatives\""]
        let positions = order.compactMap { html.range(of: $0)?.lowerBound }
        #expect(positions.count == order.count && positions == positions.sorted())
    }

    @Test func chartsScaleWithTheColumnAndMarkStatusInWordsAndColour() throws {
        let (project, files) = try PageTests.build()
        defer { project.cleanUp() }
        let html = try #require(files["privacy.html"])
        for svg in html.matches(of: /<svg [^>]*>/) {
            // No viewBox: the chart fills the column and its text keeps its CSS size; bars are placed in percentages.
            #expect(svg.0.contains("width=\"100%\"") && !svg.0.contains("viewBox=") && svg.0.contains("height="))
        }
        #expect(html.contains("chart-bar chart-bar-not-met"))
        #expect(html.contains("✗ not met: "))
        #expect(html.contains("target (95%\u{00A0}or\u{00A0}more)"), "the target is one token, never broken across the chart's lines")
        #expect(html.contains("<details class=\"chart-data-toggle\"><summary>Show the figures behind this chart</summary></details>"))
        #expect(html.components(separatedBy: "<figure id=\"chart-trends\">").count == 2, "trends are one block")
    }

    /// A printed page shows every figure: print CSS cannot open a `<details>`, so each chart's table sits outside it,
    /// hidden on screen only (and read once by screen readers), never hidden in print.
    @Test func everyChartsDataTableIsPrintedAndReadOnceButCollapsedOnScreen() throws {
        let (project, files) = try PageTests.build()
        defer { project.cleanUp() }
        let html = try #require(files["privacy.html"])
        let figures = html.matches(of: /<figure id="chart-[^"]+">(?s:.*?)<\/figure>/).map { String($0.0) }
        #expect(figures.count >= 3)
        for figure in figures {
            let toggle = try #require(figure.firstMatch(of: /<details[^>]*>(?s:.*?)<\/details>/)).0
            #expect(!toggle.contains("<table"), "a table inside <details> would not print")
            #expect(figure.components(separatedBy: "<table>").count == 2, "one data table per chart, not a copy")
            let table = try #require(figure.range(of: "<div class=\"chart-data\">\n<table>"))
            #expect(try #require(figure.range(of: "</details>")).upperBound <= table.lowerBound)
        }
        let style = try #require(html.firstMatch(of: /<style>(?s:.*?)<\/style>/)).0
        let print = try #require(style.firstMatch(of: /@media print \{(?s:.*?)\n\}/)).0
        let hiddenInPrint = print.split(separator: "\n").filter { $0.contains("display: none") }
        #expect(hiddenInPrint == ["  nav.contents, details.chart-data-toggle { display: none; }"])
        let screen = try #require(style.firstMatch(of: /@media screen \{(?s:.*?)\n\}/)).0
        #expect(screen.contains(".chart-data { position: absolute;"))
        #expect(screen.contains("details.chart-data-toggle[open] + .chart-data, .chart-data:focus-within { position: static;"))
        // Outside `@media screen`, nothing hides the data tables.
        let unscoped = style.replacingOccurrences(of: String(screen), with: "")
        #expect(unscoped.contains(".chart-data { overflow-x: auto; }"))
        #expect(!unscoped.contains(".chart-data { position: absolute"))
    }

    @Test func longChartLabelsWrapOntoTwoLinesAndAreShortenedBeyond() {
        let long = String(repeating: "word ", count: 40).trimmingCharacters(in: .whitespaces)
        let lines = SVGChart.wrap(long, width: 480)
        #expect(lines.count == 2)
        #expect(lines[1].hasSuffix("…"))
        #expect(SVGChart.wrap("short label", width: 480) == ["short label"])
        let japanese = String(repeating: "海外子会社における研修", count: 8)
        let wrapped = SVGChart.wrap(japanese, width: 240)
        #expect(wrapped.count == 2 && wrapped[1].hasSuffix("…"))
        for line in lines + wrapped { #expect(line.reduce(0) { $0 + SVGChart.units($1) } <= 480 * 10) }
    }

    @Test func countsSitOnARoundCountAxisRatherThanFillingTheWidth() {
        #expect(ChartData.countAxis(for: 1) == 5)
        #expect(ChartData.countAxis(for: 16) == 20)
        #expect(ChartData.countAxis(for: 21) == 25)
        #expect(ChartData.countAxis(for: 180) == 200)
        #expect(ChartData.countAxis(for: 1_000) == 1_000)
    }
}

@Suite("Diff-friendly narrative")
struct NarrativeDiffTests {
    /// A copy of the repository's sample project (pipeline.yaml, content/, data/) in its own folder.
    static func sample(_ name: String = #function) throws -> TestProject {
        let project = try TestProject(name)
        let root = Fixtures.packageRoot
        for item in ["pipeline.yaml", "content", "data"] {
            try FileManager.default.copyItem(at: root.appendingPathComponent(item), to: project.root.appendingPathComponent(item))
        }
        return project
    }

    @Test func aOneFigureChangeInTheSampleChangesExactlyOneLineOfNarrative() throws {
        let project = try Self.sample()
        defer { project.cleanUp() }
        _ = try Pipeline(options: project.options()).build()
        let before = try #require(project.read("output/FY2025/privacy.md"))
        let sessions = try #require(project.read("data/FY2025/AOBA/training_sessions.csv"))
        try project.write("data/FY2025/AOBA/training_sessions.csv", sessions + Rows(.trainingSessions).row([
                "session_id": "D25-99", "kind": "drill", "title": "Extra incident-response drill", "audience": "administrator", "held_on": "2026-02-20",
            ]) + "\n")
        _ = try Pipeline(options: project.options()).build()
        let after = try #require(project.read("output/FY2025/privacy.md"))
        let old = before.split(separator: "\n", omittingEmptySubsequences: false)
        let new = after.split(separator: "\n", omittingEmptySubsequences: false)
        #expect(old.count == new.count, "no line reflows")
        let changed = zip(old, new).filter { $0 != $1 }
        let narrative = changed.filter { !$0.0.hasPrefix("|") }
        #expect(narrative.count == 1, "changed narrative lines: \(narrative)")
        #expect(narrative.first?.1.contains("held 3 times") == true)
        #expect(changed.count == 2, "the narrative line and the key-figures row: \(changed)")
    }

    @Test func theSamplesNarrativeIsOneSentencePerLine() throws {
        let root = Fixtures.packageRoot
        for folder in ["content/", "content/ja/"] {
            for file in ["governance.md", "strategy.md", "initiatives.md"] {
                let text = try String(contentsOf: root.appendingPathComponent(folder + file), encoding: .utf8)
                for line in text.split(separator: "\n") where !line.hasPrefix("#") && !line.hasPrefix("{{") {
                    // A sentence ends the line; none starts after a full stop within it.
                    #expect(line.hasSuffix(".") || line.hasSuffix("。"), "\(folder)\(file): \(line)")
                    #expect(!line.dropLast().contains(". ") && !line.dropLast().contains("。"), "\(folder)\(file): two sentences on one line: \(line)")
                }
            }
        }
    }
}

@Suite("Sentences one per line, read as one paragraph")
struct WideLineBreakTests {
    @Test func aLineBreakBetweenJapaneseSentencesIsNoSpaceOnThePage() {
        #expect(CommonMarkDocument.joiningWideLines("<p>ました。\n国内では\n2025年度は</p>\n<p>x</p>\n") == "<p>ました。国内では2025年度は</p>\n<p>x</p>\n")
        #expect(CommonMarkDocument.joiningWideLines("<p>One sentence.\nAnother.</p>\n") == "<p>One sentence.\nAnother.</p>\n")
        #expect(CommonMarkDocument.joiningWideLines("<p>67件\nの管理票</p>\n") == "<p>67件の管理票</p>\n")
        #expect(CommonMarkDocument.joiningWideLines("<h2>見出し</h2>\n<p>本文</p>\n") == "<h2>見出し</h2>\n<p>本文</p>\n")
    }
}
