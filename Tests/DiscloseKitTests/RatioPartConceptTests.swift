import Foundation
import FoundationXML
import Testing

@testable import DiscloseKit

/// The taxonomy package declares the parts of a ratio ("8 of 8 (100.0%)", "52.5% (63 of 120)") as concepts of their
/// own: after their metric, with its period, labelled in every edition, in its hypercube; a `sql:` concept gets a
/// numerator and a denominator.
@Suite("Ratio part concepts in the taxonomy package")
struct RatioPartConceptTests {
    /// Every element of an XML text with its attributes (qualified names, as written), in document order, and the
    /// text of each (for labels).
    final class Elements: NSObject, XMLParserDelegate {
        var all: [(name: String, attributes: [String: String], text: String)] = []
        private var open: [Int] = []

        static func read(_ text: String) -> [(name: String, attributes: [String: String], text: String)] {
            let reader = Elements()
            let parser = XMLParser(data: Data(text.utf8))
            parser.delegate = reader
            _ = parser.parse()
            return reader.all
        }

        func parser(
            _ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?, attributes: [String: String] = [:]
        ) {
            open.append(all.count)
            all.append((name, attributes, ""))
        }

        func parser(_ parser: XMLParser, foundCharacters string: String) {
            if let index = open.last { all[index].text += string }
        }

        func parser(_ parser: XMLParser, didEndElement name: String, namespaceURI: String?, qualifiedName: String?) { open.removeLast() }
    }

    static let allParts = XBRLVocabulary.RatioPart.allCases

    /// The schema's item declarations by name: type and period type.
    static func declarations(_ schema: String) -> [String: (type: String, period: String)] {
        var declared: [String: (String, String)] = [:]
        for element in Elements.read(schema) where element.name == "xs:element" {
            guard let name = element.attributes["name"] else { continue }
            declared[name] = (element.attributes["type"] ?? "", element.attributes["xbrli:periodType"] ?? "")
        }
        return declared
    }

    /// The concept each label of a label linkbase belongs to (`lab_X` → `X`) with its language and text.
    static func labels(_ linkbase: String) -> [(concept: String, language: String, text: String)] {
        Elements.read(linkbase).filter { $0.name == "link:label" }.map {
            (String(($0.attributes["xlink:label"] ?? "").dropFirst("lab_".count)), $0.attributes["xml:lang"] ?? "", $0.text)
        }
    }

    static func package(_ yaml: String? = nil, editions: [Edition] = Edition.builtIn) throws -> TaxonomyPackage {
        let fixture = try String(contentsOf: Fixtures.url("page-ja").appendingPathComponent("pipeline.yaml"), encoding: .utf8)
        let (config, diagnostics) = decodeConfig(yaml ?? fixture)
        return TaxonomyPackage(config: try #require(config, "\(diagnostics)"), editions: editions)
    }

    @Test func everyRatioMetricDeclaresExactlyItsPartsWithTheRightTypeAndPeriod() throws {
        let declared = Self.declarations(TaxonomyPackageTests.file(try Self.package(), "privacy.xsd"))
        let ratios = MetricCatalog.definitions.filter { !XBRLVocabulary.ratioParts($0.kind).isEmpty }
        #expect(ratios.contains { $0.kind == .percent } && ratios.contains { $0.kind == .countOfScope })
        var expected = 0
        for metric in ratios {
            let concept = XBRLVocabulary.concept(metric: metric.id)
            let period = XBRLVocabulary.isInstant(metric) ? "instant" : "duration"
            let parts = XBRLVocabulary.ratioParts(metric.kind)
            expected += parts.count
            for part in Self.allParts {
                let declaration = declared[XBRLVocabulary.concept(concept, part: part)]
                guard parts.contains(part) else {
                    #expect(declaration == nil, "\(metric.id) has no \(part)")
                    continue
                }
                let type = part == .share ? "xbrli:pureItemType" : "xbrli:integerItemType"
                #expect(declaration?.type == type, "\(metric.id) \(part)")
                #expect(declaration?.period == period, "\(metric.id) \(part): its metric's period type")
            }
        }
        let partNames = declared.keys.filter { name in Self.allParts.contains { name.hasSuffix($0.rawValue) } }
        #expect(partNames.count == expected, "no part concept beyond the ratio metrics' own: \(partNames.sorted())")
    }

    @Test func countAndDateMetricsHaveNoParts() throws {
        let package = try Self.package()
        let plain = MetricCatalog.definitions.filter { $0.kind == .count || $0.kind == .date }
        #expect(plain.contains { $0.kind == .count } && plain.contains { $0.kind == .date })
        let files = ["privacy.xsd", "privacy-lab-en.xml", "privacy-lab-ja.xml", "privacy-pre.xml", "privacy-def.xml", "privacy-ref.xml"]
        let texts = files.map { TaxonomyPackageTests.file(package, $0) }
        for metric in plain {
            let concept = XBRLVocabulary.concept(metric: metric.id)
            #expect(texts[0].contains("name=\"\(concept)\""), "\(metric.id) itself is declared")
            for part in Self.allParts {
                let name = XBRLVocabulary.concept(concept, part: part)
                for (file, text) in zip(files, texts) { #expect(!text.contains("_\(name)\""), "\(file) names \(name)") }
            }
        }
    }

    @Test func partsAreLabelledInEveryEditionsLanguageFromItsWords() throws {
        // A third edition whose part words are its own: the labels follow the edition, not words in Taxonomy/.
        var french = Edition.english
        french.language = "fr"
        french.words[.taxonomyNumerator] = "{label} (numérateur)"
        french.words[.taxonomyDenominator] = "{label} (dénominateur)"
        french.words[.taxonomyShare] = "{label} (part du dénominateur)"
        let editions = Edition.builtIn + [french]
        let package = try Self.package(editions: editions)
        for edition in editions {
            let labels = Self.labels(TaxonomyPackageTests.file(package, "privacy-lab-\(edition.language).xml"))
            let byConcept = Dictionary(labels.map { ($0.concept, $0) }, uniquingKeysWith: { first, _ in first })
            for metric in MetricCatalog.definitions {
                let concept = XBRLVocabulary.concept(metric: metric.id)
                let label = try #require(byConcept[concept]?.text, "\(metric.id) in \(edition.language)")
                let words: [XBRLVocabulary.RatioPart: Word] = [.numerator: .taxonomyNumerator, .denominator: .taxonomyDenominator, .share: .taxonomyShare]
                for part in XBRLVocabulary.ratioParts(metric.kind) {
                    let name = XBRLVocabulary.concept(concept, part: part)
                    let found = byConcept[name]
                    #expect(found?.language == edition.language, "\(name) in \(edition.language)")
                    #expect(found?.text == edition.format(words[part] ?? .taxonomyShare, ["label": label]), "\(name) in \(edition.language)")
                }
            }
        }
        let japanese = Self.labels(TaxonomyPackageTests.file(package, "privacy-lab-ja.xml"))
        #expect(japanese.contains { $0.concept == "TrainingCompletionNumerator" && $0.text.hasSuffix("（分子）") })
        #expect(japanese.contains { $0.concept == "LedgerAdoptionDenominator" && $0.text.hasSuffix("（分母）") })
        let english = Self.labels(TaxonomyPackageTests.file(package, "privacy-lab-en.xml"))
        let trainingParts = english.filter { $0.concept.hasPrefix("TrainingCompletion") }.map(\.text)
        #expect(Set(trainingParts).count == 3, "the metric and its two parts read differently: \(trainingParts)")
        #expect(TaxonomyPackageTests.file(package, "privacy-lab-fr.xml").contains("(numérateur)</link:label>"))
    }

    @Test func partsFollowTheirMetricInPresentationOrder() throws {
        let arcs = Elements.read(TaxonomyPackageTests.file(try Self.package(), "privacy-pre.xml")).filter { $0.name == "link:presentationArc" }
        for topic in FigureTopic.allCases where topic != .other {
            let parent = "loc_" + TaxonomyPackage.topicAbstract(topic)
            let children = arcs.filter { $0.attributes["xlink:from"] == parent }
                .map { (order: Int($0.attributes["order"] ?? "") ?? 0, to: $0.attributes["xlink:to"] ?? "") }
            #expect(Set(children.map(\.order)).count == children.count, "\(topic): one order per child")
            let shown = children.sorted { $0.order < $1.order }.map(\.to)
            let expected = MetricCatalog.definitions.filter { $0.topic == topic }.flatMap { metric in
                let concept = XBRLVocabulary.concept(metric: metric.id)
                return ([concept] + XBRLVocabulary.ratioParts(metric.kind).map { XBRLVocabulary.concept(concept, part: $0) }).map { "loc_" + $0 }
            }
            #expect(shown == expected, "\(topic): each metric, then its parts, in page order")
        }
    }

    @Test func partsArePrimariesOfTheirMetricsHypercube() throws {
        let definitions = TaxonomyPackageTests.file(try Self.package(), "privacy-def.xml")
        var primariesByCube: [String: [String]] = [:]
        for link in definitions.components(separatedBy: "<link:definitionLink ").dropFirst() {
            let elements = Elements.read("<link:definitionLink xmlns:link=\"l\" xmlns:xlink=\"x\" xmlns:xbrldt=\"d\" " + (link.components(separatedBy: "</link:definitionLink>").first ?? "") + "</link:definitionLink>")
            let arcs = elements.filter { $0.name == "link:definitionArc" && $0.attributes["xlink:arcrole"] == "http://xbrl.org/int/dim/arcrole/all" }
            for arc in arcs {
                let table = String((arc.attributes["xlink:to"] ?? "").dropFirst("loc_".count))
                primariesByCube[table, default: []].append(String((arc.attributes["xlink:from"] ?? "").dropFirst("loc_".count)))
                #expect(arc.attributes["xbrldt:closed"] == "true", "\(table) is closed")
            }
        }
        for metric in MetricCatalog.definitions {
            let concept = XBRLVocabulary.concept(metric: metric.id)
            let parts = XBRLVocabulary.ratioParts(metric.kind).map { XBRLVocabulary.concept(concept, part: $0) }
            #expect(primariesByCube[TaxonomyPackage.table(concept)] == [concept] + parts, "\(metric.id)'s cube")
            for part in parts {
                let cubes = primariesByCube.filter { $0.value.contains(part) }.map(\.key)
                #expect(cubes == [TaxonomyPackage.table(concept)], "\(part) is in its metric's cube only")
            }
        }
    }

    @Test func partsCarryNoReferenceOfTheirOwn() throws {
        let references = TaxonomyPackageTests.file(try Self.package(), "privacy-ref.xml")
        let cited = Elements.read(references).filter { $0.name == "link:referenceArc" }.map { $0.attributes["xlink:from"] ?? "" }
        #expect(cited.contains("loc_GovernmentRequestDisclosureRate"))
        #expect(!cited.contains { name in Self.allParts.contains { name.hasSuffix($0.rawValue) } }, "\(cited)")
    }

    @Test func projectConceptsGetANumeratorAndADenominator() throws {
        var yaml = try String(contentsOf: Fixtures.url("page-ja").appendingPathComponent("pipeline.yaml"), encoding: .utf8)
        yaml = yaml.replacingOccurrences(
            of: "figures:\n",
            with: "figures:\n  reviews_done:\n    label: {en: Reviews done, ja: 実施したレビュー}\n    sql: SELECT COUNT(*) AS value FROM reviews\n")
        yaml = yaml.replacingOccurrences(
            of: "goals:\n  - id: overseas-ledger\n",
            with: "goals:\n  - id: review-rate\n    under: risk\n    fiscal_year: 2025\n    text: {en: Review every form, ja: すべての管理票を見直す}\n"
                + "    metric: {sql: \"SELECT 1 AS numerator, 2 AS denominator\"}\n    target: \">= 90%\"\n  - id: overseas-ledger\n")
        let package = try Self.package(yaml)
        #expect(package.projectConcepts.map(\.name) == ["FigureReviewsDone", "GoalReviewRate"])
        let declared = Self.declarations(TaxonomyPackageTests.file(package, "project.xsd"))
        let labels = Self.labels(TaxonomyPackageTests.file(package, "project-lab.xml"))
        let definitions = TaxonomyPackageTests.file(package, "project-def.xml")
        for concept in package.projectConcepts {
            #expect(declared[concept.name]?.type == "xbrli:decimalItemType")
            #expect(declared[XBRLVocabulary.concept(concept.name, part: .share)] == nil, "a sql: value is its own share")
            for part in [XBRLVocabulary.RatioPart.numerator, .denominator] {
                let name = XBRLVocabulary.concept(concept.name, part: part)
                #expect(declared[name]?.type == "xbrli:integerItemType", "\(name)")
                #expect(declared[name]?.period == "duration", "\(name)")
                #expect(definitions.contains("xlink:from=\"loc_\(name)\" xlink:to=\"loc_ScopeTable\""), "\(name) in the Scope cube")
                for language in ["en", "ja"] {
                    let text = labels.first { $0.concept == name && $0.language == language }?.text
                    let edition = try #require(Edition.named(language))
                    let own = try #require(concept.labels[language])
                    #expect(text == edition.format(part == .numerator ? .taxonomyNumerator : .taxonomyDenominator, ["label": own]), "\(name) \(language)")
                }
            }
        }
        #expect(labels.contains { $0.concept == "FigureReviewsDoneDenominator" && $0.text == "実施したレビュー（分母）" })
        // A language the package has no edition for keeps the concept's own label; its parts are not guessed at.
        let english = try Self.package(yaml, editions: [.english])
        let englishLabels = Self.labels(TaxonomyPackageTests.file(english, "project-lab.xml"))
        #expect(englishLabels.contains { $0.concept == "FigureReviewsDone" && $0.language == "ja" })
        #expect(!englishLabels.contains { $0.concept == "FigureReviewsDoneNumerator" && $0.language == "ja" })
        #expect(englishLabels.contains { $0.concept == "FigureReviewsDoneNumerator" && $0.language == "en" })
    }
}
