/// The goal table of `disclose status`: Goal · Target · Result · Prior FY · Status, aligned for a terminal.
public struct StatusTable: Sendable {
    public var report: Report
    /// ANSI colour on the status column (a terminal only); the status is always written out in words too.
    public var colour: Bool

    public init(report: Report, colour: Bool) {
        self.report = report
        self.colour = colour
    }

    public var text: String {
        let fy = report.fiscalYear
        var rows: [[String]] = [["Goal", "Target", "Result", "Prior FY", "Status"]]
        for goal in report.goals {
            rows.append([goal.goal.id, goal.targetText, goal.resultText, goal.priorText, goal.status.rawValue])
        }
        var lines = ["\(report.title) — \(report.organization), \(fy) (\(fy.start) to \(fy.end))", ""]
        lines += AlignedColumns(rows: rows).lines { row, column, padded in
            guard colour, row > 0, column == 4, let status = GoalStatus(rawValue: rows[row][4]) else { return padded }
            return StatusTable.paint(padded, status)
        }
        if report.goals.isEmpty { lines.append("(no goals for \(fy))") }
        for goal in report.goals {
            if let coverage = goal.coverageText { lines.append("\(goal.goal.id): \(coverage)") }
        }
        let counts = [GoalStatus.met, .notMet, .insufficientData, .reported].map { status in
            "\(report.goals.filter { $0.status == status }.count) \(status.rawValue)"
        }
        lines.append("")
        lines.append("\(report.goals.count) goals: " + counts.joined(separator: ", "))
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
