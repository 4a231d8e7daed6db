/// The concepts of a ratio's parts (`XBRLVocabulary.RatioPart`): the numbers a page shows beside a figure ("8 of 8
/// (100.0%)", "52.5% (63 of 120)"), declared after their metric's concept, with its period type, in its hypercube
/// and labelled from its label and the edition's word for the part. They carry no reference of their own: the
/// standard a metric's tag names asks for the figure, not for what it is made of.
extension TaxonomyPackage {
    /// The parts a `sql:` concept has: its kind is not known when the package is written, and a `sql:` percentage
    /// may show the count it is a share of and what it is out of (its value is the share itself).
    static let projectParts: [XBRLVocabulary.RatioPart] = [.numerator, .denominator]

    /// The part concepts of built-in `metric`, in the order they follow it.
    static func partConcepts(_ metric: MetricDefinition) -> [(name: String, part: XBRLVocabulary.RatioPart)] {
        let concept = XBRLVocabulary.concept(metric: metric.id)
        return XBRLVocabulary.ratioParts(metric.kind).map { (XBRLVocabulary.concept(concept, part: $0), $0) }
    }

    /// A count (numerator, denominator) is an integer; a share is a pure number (0.943 for 94.3%).
    static func itemType(_ part: XBRLVocabulary.RatioPart) -> String {
        switch part {
        case .numerator, .denominator: return "xbrli:integerItemType"
        case .share: return "xbrli:pureItemType"
        }
    }

    /// The label of `part` of the concept labelled `label`, in `edition`'s words.
    static func label(_ part: XBRLVocabulary.RatioPart, of label: String, in edition: Edition) -> String {
        let word: Word
        switch part {
        case .numerator: word = .taxonomyNumerator
        case .denominator: word = .taxonomyDenominator
        case .share: word = .taxonomyShare
        }
        return edition.format(word, ["label": label])
    }

    /// A project concept's parts with their labels: per language of its own labels that has an edition among the
    /// package's (a language without one has no words for the parts; the concept keeps its own label there).
    func parts(of concept: ProjectConcept) -> [ProjectConcept] {
        TaxonomyPackage.projectParts.map { part in
            var labels: [String: String] = [:]
            for (language, text) in concept.labels {
                guard let edition = Edition.named(language, among: editions) else { continue }
                labels[language] = TaxonomyPackage.label(part, of: text, in: edition)
            }
            return ProjectConcept(name: XBRLVocabulary.concept(concept.name, part: part), labels: labels)
        }
    }
}
