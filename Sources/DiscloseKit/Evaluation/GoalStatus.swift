/// How a goal stands against its target (SPEC §4), decided in this order.
///
/// Values only: data.json's words for it are in `GoalStatus+JSON`, the page's in each `Edition`.
public enum GoalStatus: Sendable, Hashable, CaseIterable {
    /// Some company in scope did not submit a dataset the metric reads.
    case insufficientData
    /// No target, a text-only goal, or a null value.
    case reported
    case met
    case notMet

    /// Judges a result against a target in SPEC order: insufficient data, reported, met / not met.
    public static func judge(_ result: MetricResult?, target: Target?) -> GoalStatus {
        guard let result else { return .reported }
        if !result.coverage.isComplete { return .insufficientData }
        guard let target, let value = result.value else { return .reported }
        if target.isPercent {
            guard let ratio = result.ratio, !ratio.isUndefined else { return .reported }
            return target.isMet(ratio) ? .met : .notMet
        }
        switch value {
        case .count(let count): return target.isMet(value: count) ? .met : .notMet
        case .percent(let ratio): return target.isMet(ratio) ? .met : .notMet
        case .date, .undefined: return .reported
        }
    }
}
