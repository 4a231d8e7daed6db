/// The goal table of `disclose status`: Goal · Target · Result · Prior FY · Status, aligned for a terminal.
public struct StatusTable: Sendable {
    public var report: Report
    /// ANSI colour on the status column (a terminal only); the status is always written out in words too.
    public var colour: Bool
    /// The words: the main language's edition.
    public var edition: Edition

    public init(report: Report, colour: Bool, edition: Edition = .english) {
        self.report = report
        self.colour = colour
        self.edition = edition
    }

    public var text: String {
        let fy = report.fiscalYear
        let language = edition.language
        var rows: [[String]] = [
            [edition[.columnGoal], edition[.columnTarget], edition[.columnResult], edition[.columnPrior], edition[.columnStatus]]
        ]
        for goal in report.goals {
            rows.append([
                goal.goal.id, edition.target(goal.goal.target), edition.figure(goal.result), edition.figure(goal.prior),
                edition.status(goal.status),
            ])
        }
        let heading = edition.format(
            .statusHeading,
            [
                "title": report.title[language], "organization": report.organization[language], "fy": edition.fiscalYear(fy.label),
                "from": edition.date(fy.start), "to": edition.date(fy.end),
            ])
        var lines = [heading, ""]
        lines += AlignedColumns(rows: rows).lines { row, column, padded in
            guard colour, row > 0, column == 4 else { return padded }
            return StatusTable.paint(padded, report.goals[row - 1].status)
        }
        if report.goals.isEmpty { lines.append(edition.format(.statusNoGoals, ["fy": edition.fiscalYear(fy.label)])) }
        for goal in report.goals {
            if let coverage = edition.goalCoverage(goal) { lines.append("\(goal.goal.id): \(coverage)") }
        }
        let counts = [GoalStatus.met, .notMet, .insufficientData, .reported].map { status in
            edition.format(
                .statusCount, ["count": edition.number(report.goals.filter { $0.status == status }.count), "status": edition.status(status)])
        }
        lines.append("")
        lines.append(edition.format(report.goals.count == 1 ? .statusSummaryOne : .statusSummary, ["count": edition.number(report.goals.count), "counts": edition.list(counts)]))
        return lines.joined(separator: "\n") + "\n"
    }

    static func paint(_ text: String, _ status: GoalStatus) -> String {
        let code: String
        switch status {
        case .met: code = "32"
        case .notMet: code = "31"
        case .insufficientData: code = "33"
        case .reported: code = "0"
        }
        return "\u{1B}[\(code)m\(text)\u{1B}[0m"
    }
}
