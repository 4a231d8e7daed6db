import Foundation
import FoundationXML
import Testing

@testable import DiscloseKit

/// `disclose taxonomy export`, the ZIP it writes and `disclosure.entity`.
@Suite("Taxonomy package and entity")
struct TaxonomyPackageTests {
    /// The entries of a ZIP read back from its central directory: name, CRC-32, sizes and the stored bytes.
    static func entries(_ zip: [UInt8]) -> [(name: String, crc: UInt32, bytes: [UInt8])] {
        func u16(_ at: Int) -> Int { Int(zip[at]) | Int(zip[at + 1]) << 8 }
        func u32(_ at: Int) -> UInt32 { (0..<4).reduce(UInt32(0)) { $0 | UInt32(zip[at + $1]) << (8 * UInt32($1)) } }
        guard zip.count >= 22, u32(zip.count - 22) == 0x0605_4b50 else { return [] }
        let count = u16(zip.count - 22 + 10)
        var at = Int(u32(zip.count - 22 + 16))
        var entries: [(String, UInt32, [UInt8])] = []
        for _ in 0..<count {
            guard u32(at) == 0x0201_4b50 else { return [] }
            let crc = u32(at + 16)
            let size = Int(u32(at + 20))
            let nameLength = u16(at + 28)
            let offset = Int(u32(at + 42))
            let name = String(decoding: zip[(at + 46)..<(at + 46 + nameLength)], as: UTF8.self)
            let dataStart = offset + 30 + u16(offset + 26) + u16(offset + 28)
            entries.append((name, crc, Array(zip[dataStart..<(dataStart + size)])))
            at += 46 + nameLength + u16(at + 30) + u16(at + 32)
        }
        return entries
    }

    static func package(_ yaml: String? = nil) throws -> TaxonomyPackage {
        let fixture = try String(contentsOf: Fixtures.url("page-ja").appendingPathComponent("pipeline.yaml"), encoding: .utf8)
        let text = yaml ?? fixture
        let (config, diagnostics) = decodeConfig(text)
        return TaxonomyPackage(config: try #require(config, "\(diagnostics)"))
    }

    @Test func crc32IsTheZipChecksum() {
        #expect(CRC32.checksum(Array("123456789".utf8)) == 0xCBF4_3926)
        #expect(CRC32.checksum([]) == 0)
    }

    @Test func theZipHoldsEveryFileStoredWithItsCRC() throws {
        let package = try Self.package()
        let archive = package.zip
        let entries = Self.entries(archive)
        #expect(entries.map(\.name) == package.files.map(\.path))
        for (entry, file) in zip(entries, package.files) {
            #expect(entry.bytes == Array(file.text.utf8), "\(entry.name) stored as is")
            #expect(entry.crc == CRC32.checksum(entry.bytes), "\(entry.name) carries its CRC-32")
        }
        #expect(Array(archive.prefix(4)) == [0x50, 0x4b, 0x03, 0x04])
        #expect(package.zip == archive, "the same bytes every time (no clock)")
    }

    @Test func thePackageIsATaxonomyPackageInOneFolder() throws {
        let package = try Self.package()
        let paths = package.files.map(\.path)
        #expect(paths.allSatisfy { $0.hasPrefix(TaxonomyPackage.root + "/") })
        #expect(paths.contains(TaxonomyPackage.root + "/META-INF/taxonomyPackage.xml"))
        #expect(paths.contains(TaxonomyPackage.root + "/META-INF/catalog.xml"))
        for file in package.files {
            let parser = XMLParser(data: Data(file.text.utf8))
            #expect(parser.parse(), "\(file.path) is not well-formed at line \(parser.lineNumber)")
        }
        let catalog = try #require(package.files.first { $0.path.hasSuffix("catalog.xml") }?.text)
        #expect(catalog.contains("uriStartString=\"\(XBRLVocabulary.base)\" rewritePrefix=\"../taxonomy.disclose.invalid/privacy/1.0/\""))
        #expect(paths.contains(TaxonomyPackage.root + "/taxonomy.disclose.invalid/privacy/1.0/project.xsd"))
    }

    static func file(_ package: TaxonomyPackage, _ name: String) -> String {
        package.files.first { $0.path.hasSuffix("/" + name) }?.text ?? ""
    }

    @Test func everyBuiltInMetricHasAConceptWithItsPeriodType() throws {
        let schema = Self.file(try Self.package(), "privacy.xsd")
        for metric in MetricCatalog.definitions {
            let name = XBRLVocabulary.concept(metric: metric.id)
            let period = XBRLVocabulary.isInstant(metric) ? "instant" : "duration"
            #expect(schema.contains("name=\"\(name)\" id=\"disc_\(name)\" type=\"\(TaxonomyPackage.itemType(metric.kind))\" substitutionGroup=\"xbrli:item\" xbrli:periodType=\"\(period)\""), "\(metric.id)")
        }
        #expect(schema.contains("targetNamespace=\"https://taxonomy.disclose.invalid/privacy/1.0\""))
    }

    @Test func labelsAreInEveryEditionsLanguageFromItsWords() throws {
        let package = try Self.package()
        let english = Self.file(package, "privacy-lab-en.xml")
        let japanese = Self.file(package, "privacy-lab-ja.xml")
        #expect(english.contains("xml:lang=\"en\">Incidents discovered in the FY</link:label>"))
        #expect(japanese.contains("xml:lang=\"ja\">\(SVGChart.escape(Edition.japanese.rule("incidents") ?? ""))</link:label>"))
        #expect(japanese.contains(">\(Edition.japanese[.columnStatus])</link:label>"))
        for metric in MetricCatalog.definitions {
            #expect(japanese.contains("xlink:label=\"lab_\(XBRLVocabulary.concept(metric: metric.id))\""), "\(metric.id) has a Japanese label")
        }
    }

    @Test func theReferenceLinkbaseNamesTheStandardsTheIndexCites() throws {
        let references = Self.file(try Self.package(), "privacy-ref.xml")
        #expect(references.contains("xlink:href=\"privacy.xsd#disc_Incidents\""))
        #expect(references.contains("<ref:Publisher>GRI</ref:Publisher><ref:Name>GRI 418: Customer Privacy 2016</ref:Name><ref:Number>418-1</ref:Number>"))
        #expect(references.contains("<ref:Number>TC-SI-230a.1</ref:Number>"))
        #expect(references.contains("xlink:href=\"privacy.xsd#disc_GovernmentRequests\""))
        #expect(references.contains("<ref:Number>TC-SI-220a.4</ref:Number>"))
        let cited = MetricCatalog.definitions.filter { $0.tag != nil }.count
        #expect(references.components(separatedBy: "<link:referenceArc ").count - 1 == cited)
    }

    @Test func thePresentationLinkbaseFollowsThePagesOrder() throws {
        let presentation = Self.file(try Self.package(), "privacy-pre.xml")
        let order = ["loc_GoalsAbstract", "loc_TopicPrivacyMarkAbstract", "loc_PrivacyMarkHolders", "loc_TopicManagementSystemsAbstract",
                     "loc_TopicTrainingAbstract", "loc_TrainingCompletion", "loc_TopicIncidentsAbstract", "loc_Incidents", "loc_TopicControlFormsAbstract"]
        let positions = order.map { presentation.range(of: "xlink:to=\"\($0)\"")?.lowerBound }
        #expect(positions.allSatisfy { $0 != nil }, "\(order)")
        let found = positions.compactMap(\.self)
        #expect(found == found.sorted(), "goals, then the key figures' topics in page order")
        // What a processor reads is each arc's `order`: the root's children sorted by it are the page's order.
        let children = presentation.components(separatedBy: "<link:presentationArc ").dropFirst()
            .filter { $0.contains("xlink:from=\"loc_DisclosureAbstract\"") }
            .compactMap { arc -> (Int, String)? in
                guard let order = InlineXBRLTests.attribute("order", of: arc).flatMap({ Int($0) }),
                    let to = InlineXBRLTests.attribute("xlink:to", of: arc)
                else { return nil }
                return (order, to)
            }
            .sorted { $0.0 < $1.0 }.map(\.1)
        let topics = FigureTopic.allCases.filter { $0 != .other }.map { "loc_" + TaxonomyPackage.topicAbstract($0) }
        #expect(children == ["loc_GoalsAbstract"] + topics)
    }

    @Test func eachMetricsHypercubeHasItsScopeAndFilterDimensions() throws {
        let definitions = Self.file(try Self.package(), "privacy-def.xml")
        let training = try #require(definitions.components(separatedBy: "<link:definitionLink ").dropFirst().first { $0.contains("role/TrainingCompletion\"") })
        for axis in XBRLVocabulary.scopeAxes + ["CourseFilterAxis"] { #expect(training.contains("xlink:to=\"loc_\(axis)\""), "\(axis)") }
        #expect(training.contains("xbrldt:closed=\"true\""))
    }

    @Test func sqlFiguresAndGoalsGetConceptsInTheProjectSchema() throws {
        var yaml = try String(contentsOf: Fixtures.url("page-ja").appendingPathComponent("pipeline.yaml"), encoding: .utf8)
        yaml = yaml.replacingOccurrences(
            of: "figures:\n",
            with: "figures:\n  reviews_done:\n    label: {en: Reviews done, ja: 実施したレビュー}\n    sql: SELECT COUNT(*) AS value FROM reviews\n")
        let package = try Self.package(yaml)
        #expect(package.projectConcepts.map(\.name) == ["FigureReviewsDone"])
        let schema = Self.file(package, "project.xsd")
        #expect(schema.contains("name=\"FigureReviewsDone\" id=\"proj_FigureReviewsDone\" type=\"xbrli:decimalItemType\""))
        #expect(schema.contains("<xs:import namespace=\"\(XBRLVocabulary.namespace)\" schemaLocation=\"\(XBRLVocabulary.baseSchema)\"/>"))
        #expect(Self.file(package, "project-lab.xml").contains("xml:lang=\"ja\">実施したレビュー</link:label>"))
        #expect(Self.file(package, "project-def.xml").contains("xlink:from=\"loc_FigureReviewsDone\" xlink:to=\"loc_ScopeTable\""))
    }

    @Test func exportWritesOneZipAndReplacesAnEarlierOne() throws {
        let project = try TestProject()
        defer { project.cleanUp() }
        let folder = project.root.appendingPathComponent("taxonomy").path
        let package = try Self.package()
        let path = try package.export(to: folder)
        #expect(path.hasSuffix("/disclose-privacy-taxonomy.zip"))
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder) == ["disclose-privacy-taxonomy.zip"])
        _ = try package.export(to: folder)
        #expect(Array(try Data(contentsOf: URL(fileURLWithPath: path))) == package.zip)
        try project.write("file", "x")
        #expect(throws: DiscloseError.self) { try package.export(to: project.root.appendingPathComponent("file").path) }
    }

    @Test func thePackagesTextsPassThePrivacyGuardBeforeTheZipIsWritten() throws {
        let project = try BilingualTests.project { project in
            let config = try #require(project.read("pipeline.yaml"))
            try project.write(
                "pipeline.yaml",
                config.replacingOccurrences(
                    of: "figures:\n",
                    with: "figures:\n  desk:\n    label: {en: Reviews by hanako.sato@example.com, ja: レビュー}\n    sql: SELECT COUNT(*) AS value FROM reviews\n"))
        }
        defer { project.cleanUp() }
        let folder = project.root.appendingPathComponent("taxonomy").path
        do {
            _ = try Pipeline(options: project.options()).exportTaxonomy(to: folder)
            Issue.record("a package carrying an e-mail address was written")
        } catch {
            #expect(error.diagnostics.contains { $0.location.path.contains("disclose-privacy-taxonomy.zip/") }, "\(error.diagnostics)")
        }
        #expect(!FileManager.default.fileExists(atPath: folder + "/disclose-privacy-taxonomy.zip"))
        // Without it the same project's package is written.
        try project.write("pipeline.yaml", (project.read("pipeline.yaml") ?? "").replacingOccurrences(of: "hanako.sato@example.com", with: "the desk"))
        let (path, package) = try Pipeline(options: project.options()).exportTaxonomy(to: folder)
        #expect(package.projectConcepts.map(\.name) == ["FigureDesk"])
        #expect(FileManager.default.fileExists(atPath: path))
    }

    @Test func anLEIMustHaveValidCheckDigits() {
        #expect(DisclosureEntity.isLEI("999900A0BAGR0UPF1C26"))
        for wrong in ["999900A0BAGR0UPF1C27", "999900A0BAGR0UPF1C62", "999900a0bagr0upf1c26", "999900A0BAGR0UPF1C2", "999900A0BAGR0UPF1CA6", ""] {
            #expect(!DisclosureEntity.isLEI(wrong), "\(wrong)")
        }
    }

    static let entityYAML = """
        disclosure:
          title: T
          organization: O
          fiscal_year: 2025
          home_country: JP
          entity: {scheme: SCHEME, id: ID}

        """

    @Test func aWrongEntityIsALocatedError() {
        let cases = [
            ("http://standards.iso.org/iso/17442", "999900A0BAGR0UPF1C27", "is no LEI"),
            ("not a uri", "X1", "must be a URI"),
            ("urn:example:registry", "two words", "without spaces"),
        ]
        for (scheme, id, message) in cases {
            let yaml = Self.entityYAML.replacingOccurrences(of: "SCHEME", with: "\"\(scheme)\"").replacingOccurrences(of: "ID", with: "\"\(id)\"")
            let (config, diagnostics) = decodeConfig(yaml)
            #expect(config == nil)
            #expect(diagnostics.contains { $0.message.contains(message) && $0.location.line == 6 }, "\(diagnostics)")
        }
        let good = Self.entityYAML.replacingOccurrences(of: "SCHEME", with: "\"urn:example:registry\"").replacingOccurrences(of: "ID", with: "R-1")
        let (config, _) = decodeConfig(good)
        #expect(config?.disclosure.entity?.id == "R-1")
    }

    @Test func checkNotesAMissingEntityButStrictStillPasses() throws {
        let folder = try TestProject()
        defer { folder.cleanUp() }
        _ = try EndToEndTests.run(["init", "starter"], in: folder.root)
        let starter = folder.root.appendingPathComponent("starter")
        let plain = try EndToEndTests.run(["check", "--strict"], in: starter)
        #expect(plain.status == 0, "\(plain.stderr)")
        #expect(plain.stderr.contains("note: disclosure.entity is not set"))
        let sarif = try EndToEndTests.run(["check", "--format", "sarif"], in: starter)
        #expect(!sarif.stdout.contains("disclosure.entity"), "the note is for people, not CI annotations")
        let config = try #require(folder.read("starter/pipeline.yaml"))
        try folder.write(
            "starter/pipeline.yaml",
            config.replacingOccurrences(of: "\n  fiscal_year: 2025\n", with: "\n  fiscal_year: 2025\n  entity: {scheme: \"http://standards.iso.org/iso/17442\", id: 999900A0BAGR0UPF1C26}\n"))
        let named = try EndToEndTests.run(["check"], in: starter)
        #expect(named.status == 0 && !named.stderr.contains("disclosure.entity"), "\(named.stderr)")
    }

    @Test func thePartDigestCoversTheXHTML() {
        let part = PagePart(edition: "en", key: "footer", name: "Footer", texts: [.markdown: "m", .html: "h", .xhtml: "x"])
        var edited = part
        edited.texts[.xhtml] = "y"
        #expect(part.sha256 != edited.sha256)
        var approvals = Approvals()
        approvals.approve([part], fiscalYear: 2025, by: "A", note: nil, date: nil)
        let read = try? Approvals.decode(Array(approvals.yaml().utf8), path: "approvals.yaml")
        #expect(read?.entries.values.first?.xhtml == "x")
    }
}
