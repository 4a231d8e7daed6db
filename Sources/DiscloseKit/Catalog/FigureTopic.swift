/// The topic of the reference page a figure belongs to; the key figures are grouped by topic, in this order.
public enum FigureTopic: String, Sendable, CaseIterable {
    case privacyMark = "privacy-mark"
    case managementSystems = "management-systems"
    case verifications
    case training
    case incidents
    case controlForms = "control-forms"
    /// A `sql:` figure, whose topic the catalog cannot know.
    case other

    /// The topic's heading in an edition's words.
    public var word: Word {
        switch self {
        case .privacyMark: return .topicPrivacyMark
        case .managementSystems: return .topicManagementSystems
        case .verifications: return .topicVerifications
        case .training: return .topicTraining
        case .incidents: return .topicIncidents
        case .controlForms: return .topicControlForms
        case .other: return .topicOther
        }
    }
}
