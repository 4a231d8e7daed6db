extension Edition {
    /// An incomplete goal's coverage as its row shows it: how many companies did not report, so the status is not
    /// settled ("未報告の会社が1社あるため、達成状況は未確定です（…）"); nil when every company reported.
    public func goalCoverage(_ goal: GoalReport) -> String? {
        guard let result = goal.result, let text = coverage(result) else { return nil }
        guard result.coverage.inScope > 0 else { return text }
        return format(
            goal.goal.target == nil ? .goalCoverageReported : .goalCoverage,
            [
                "coverage": text, "missing_count": companies(result.coverage.inScope - result.coverage.reported),
                "reported": number(result.coverage.reported), "in_scope": companies(result.coverage.inScope),
            ])
    }

    /// A goal's target as its row shows it, in the unit of its result ("95% or more", "zero").
    func target(of goal: GoalReport) -> String {
        target(goal.goal.target, unit: goal.result?.unit ?? "")
    }

    /// The edition's own achievement sentence for a goal no company in scope reported (nil when some did, or when the
    /// edition keeps the project's sentence, as English does: "Incidents: not reported").
    public func achievementNotReported(_ goal: GoalReport) -> String? {
        let pattern = self[.achievementNotReported]
        guard !pattern.isEmpty, let coverage = goal.result?.coverage, coverage.inScope > 0, coverage.reported == 0 else { return nil }
        return format(
            .achievementNotReported,
            [
                "goal": goal.goal.text[language], "missing_count": companies(coverage.inScope - coverage.reported),
                "missing": list(coverage.missingNames), "in_scope": companies(coverage.inScope),
            ])
    }

    /// A value an earlier data.json published, as the page words it (`written`, default `93.9%`, `3`), labelled with
    /// the coverage it was published with when it was a partial value ("at least 2 (2 of 3 companies reported)").
    public func published(_ restatement: Restatement, as written: String? = nil) -> String {
        let text = written ?? (restatement.isPercent ? format(.percent, ["value": restatement.published]) : restatement.published)
        guard let coverage = restatement.publishedCoverage else { return text }
        var bound = text
        if !restatement.isPercent, let count = Int(restatement.published) {
            bound = format(count == 0 ? .partialSoFar : .partialAtLeast, ["value": text])
        }
        return format(.partialValue, ["value": bound, "reported": number(coverage.reported), "in_scope": companies(coverage.inScope)])
    }
}
