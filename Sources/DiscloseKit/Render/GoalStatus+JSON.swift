extension GoalStatus {
    /// SPEC §7's value in data.json (`met`, `not met`, `insufficient data`, `reported`): tools read these.
    public var jsonValue: String {
        switch self {
        case .met: return "met"
        case .notMet: return "not met"
        case .insufficientData: return "insufficient data"
        case .reported: return "reported"
        }
    }

    /// The CSS class id of the page (`status-<id>`), the same in every edition.
    public var classID: String {
        switch self {
        case .met: return "met"
        case .notMet: return "not-met"
        case .insufficientData: return "insufficient-data"
        case .reported: return "reported"
        }
    }

    /// The mark shown beside the status word (hidden from screen readers, which read the word).
    var symbol: String {
        switch self {
        case .met: return "✓"
        case .notMet: return "✗"
        case .insufficientData: return "?"
        case .reported: return "–"
        }
    }
}
