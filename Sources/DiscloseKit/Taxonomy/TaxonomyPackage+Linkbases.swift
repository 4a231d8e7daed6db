/// The linkbases: labels per edition, references to the standards, presentation in page order, and the dimensional
/// definitions (each metric's hypercube of scope and filter dimensions).
extension TaxonomyPackage {
    static func open(_ namespaces: String = "") -> String {
        "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<link:linkbase xmlns:link=\"http://www.xbrl.org/2003/linkbase\" "
            + "xmlns:xlink=\"http://www.w3.org/1999/xlink\" xmlns:xbrldt=\"http://xbrl.org/2005/xbrldt\"\(namespaces)>"
    }

    static func locator(_ schema: String, _ prefix: String, _ name: String) -> String {
        "<link:loc xlink:type=\"locator\" xlink:href=\"\(schema)#\(prefix)_\(name)\" xlink:label=\"loc_\(name)\"/>"
    }

    /// Each built-in concept's and dimension's label in `edition`'s words.
    func labelTexts(_ edition: Edition) -> [(String, String)] {
        var labels: [(String, String)] = [
            ("DisclosureAbstract", edition[.headingMetrics]), ("GoalsAbstract", edition[.columnGoal]),
            (XBRLVocabulary.goalTarget, edition[.columnTarget]), (XBRLVocabulary.goalStatus, edition[.columnStatus]),
            (XBRLVocabulary.goalAxis, edition[.columnGoal]),
            ("RegionAxis", edition[.taxonomyRegion]), ("RelationshipAxis", edition[.taxonomyRelationship]),
            ("MajorAxis", edition[.taxonomyMajor]), ("CompanyAxis", edition[.taxonomyCompany]),
        ]
        for topic in FigureTopic.allCases where topic != .other { labels.append((TaxonomyPackage.topicAbstract(topic), edition[topic.word])) }
        for metric in TaxonomyPackage.metricsInPageOrder {
            let rule = edition.rule(metric.id) ?? metric.rule
            let label = rule.prefix(1).uppercased() + rule.dropFirst()
            labels.append((XBRLVocabulary.concept(metric: metric.id), label))
            for (name, part) in TaxonomyPackage.partConcepts(metric) { labels.append((name, TaxonomyPackage.label(part, of: label, in: edition))) }
        }
        for column in TaxonomyPackage.filterColumns {
            labels.append((XBRLVocabulary.filterAxis(column), edition.format(.taxonomyFilter, ["column": column])))
        }
        return labels
    }

    func labels(_ edition: Edition) -> String {
        var lines = [TaxonomyPackage.open(), "<link:labelLink xlink:type=\"extended\" xlink:role=\"http://www.xbrl.org/2003/role/link\">"]
        for (name, text) in labelTexts(edition) {
            lines.append(TaxonomyPackage.locator("privacy.xsd", XBRLVocabulary.prefix, name))
            lines.append(
                "<link:label xlink:type=\"resource\" xlink:label=\"lab_\(name)\" xlink:role=\"http://www.xbrl.org/2003/role/label\" "
                    + "xml:lang=\"\(edition.language)\">\(SVGChart.escape(text))</link:label>")
            lines.append(
                "<link:labelArc xlink:type=\"arc\" xlink:arcrole=\"http://www.xbrl.org/2003/arcrole/concept-label\" xlink:from=\"loc_\(name)\" xlink:to=\"lab_\(name)\"/>")
        }
        lines += ["</link:labelLink>", "</link:linkbase>"]
        return lines.joined(separator: "\n") + "\n"
    }

    /// The standards a metric's tag names (`GRI 418-1`, `SASB TC-SI-230a.1`) as references: publisher and number.
    var references: String {
        var lines = [
            TaxonomyPackage.open(
                " xmlns:ref=\"http://www.xbrl.org/2006/ref\" xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\" "
                    + "xsi:schemaLocation=\"http://www.xbrl.org/2006/ref http://www.xbrl.org/2006/ref-2006-02-27.xsd\""),
            "<link:referenceLink xlink:type=\"extended\" xlink:role=\"http://www.xbrl.org/2003/role/link\">",
        ]
        for metric in TaxonomyPackage.metricsInPageOrder {
            guard let tag = metric.tag, let space = tag.firstIndex(of: " ") else { continue }
            let name = XBRLVocabulary.concept(metric: metric.id)
            let publisher = String(tag[..<space])
            let number = String(tag[tag.index(after: space)...])
            let standard = publisher == "GRI" ? "GRI 418: Customer Privacy 2016" : "SASB Software & IT Services Standard"
            lines.append(TaxonomyPackage.locator("privacy.xsd", XBRLVocabulary.prefix, name))
            lines.append(
                "<link:reference xlink:type=\"resource\" xlink:label=\"ref_\(name)\" xlink:role=\"http://www.xbrl.org/2003/role/disclosureRef\">"
                    + "<ref:Publisher>\(publisher)</ref:Publisher><ref:Name>\(SVGChart.escape(standard))</ref:Name><ref:Number>\(number)</ref:Number></link:reference>")
            lines.append(
                "<link:referenceArc xlink:type=\"arc\" xlink:arcrole=\"http://www.xbrl.org/2003/arcrole/concept-reference\" xlink:from=\"loc_\(name)\" xlink:to=\"ref_\(name)\"/>")
        }
        lines += ["</link:referenceLink>", "</link:linkbase>"]
        return lines.joined(separator: "\n") + "\n"
    }

    /// The page's order: the goals' table (target, status), then the key figures by topic, each metric followed by
    /// its ratio's parts.
    var presentation: String {
        let role = TaxonomyPackage.role("Disclosure")
        var lines = [
            TaxonomyPackage.open(), "<link:roleRef roleURI=\"\(role)\" xlink:type=\"simple\" xlink:href=\"privacy.xsd#Disclosure\"/>",
            "<link:presentationLink xlink:type=\"extended\" xlink:role=\"\(role)\">",
        ]
        var located: Set<String> = []
        func arc(_ parent: String, _ child: String, _ order: Int) {
            for name in [parent, child] where located.insert(name).inserted {
                lines.append(TaxonomyPackage.locator("privacy.xsd", XBRLVocabulary.prefix, name))
            }
            lines.append(
                "<link:presentationArc xlink:type=\"arc\" xlink:arcrole=\"http://www.xbrl.org/2003/arcrole/parent-child\" "
                    + "xlink:from=\"loc_\(parent)\" xlink:to=\"loc_\(child)\" order=\"\(order)\"/>")
        }
        arc("DisclosureAbstract", "GoalsAbstract", 1)
        arc("GoalsAbstract", XBRLVocabulary.goalTarget, 1)
        arc("GoalsAbstract", XBRLVocabulary.goalStatus, 2)
        for (index, topic) in FigureTopic.allCases.filter({ $0 != .other }).enumerated() {
            let abstract = TaxonomyPackage.topicAbstract(topic)
            arc("DisclosureAbstract", abstract, index + 2)
            let names = MetricCatalog.definitions.filter { $0.topic == topic }.flatMap {
                [XBRLVocabulary.concept(metric: $0.id)] + TaxonomyPackage.partConcepts($0).map(\.name)
            }
            for (order, name) in names.enumerated() { arc(abstract, name, order + 1) }
        }
        lines += ["</link:presentationLink>", "</link:linkbase>"]
        return lines.joined(separator: "\n") + "\n"
    }

    /// One hypercube per metric (its scope and filter dimensions, closed; its ratio's parts are primaries too), one
    /// for goals (the goal), one for `sql:` concepts (scope only), each in its own role.
    var definitions: String {
        var lines = [TaxonomyPackage.open()]
        var cubes: [(role: String, primaries: [String], axes: [String])] = [
            ("Goal", [XBRLVocabulary.goalTarget, XBRLVocabulary.goalStatus], [XBRLVocabulary.goalAxis]),
            ("Scope", [], XBRLVocabulary.scopeAxes),
        ]
        for metric in TaxonomyPackage.metricsInPageOrder {
            let name = XBRLVocabulary.concept(metric: metric.id)
            cubes.append((name, [name] + TaxonomyPackage.partConcepts(metric).map(\.name), XBRLVocabulary.scopeAxes + metric.filterColumns.map { XBRLVocabulary.filterAxis($0.column.name) }))
        }
        for cube in cubes {
            lines.append("<link:roleRef roleURI=\"\(TaxonomyPackage.role(cube.role))\" xlink:type=\"simple\" xlink:href=\"privacy.xsd#\(cube.role)\"/>")
        }
        lines += TaxonomyPackage.arcroleRefs
        for cube in cubes {
            lines.append("<link:definitionLink xlink:type=\"extended\" xlink:role=\"\(TaxonomyPackage.role(cube.role))\">")
            let table = TaxonomyPackage.table(cube.role)
            for name in cube.primaries + [table] + cube.axes { lines.append(TaxonomyPackage.locator("privacy.xsd", XBRLVocabulary.prefix, name)) }
            for primary in cube.primaries { lines.append(TaxonomyPackage.allArc(from: primary, to: table)) }
            for (order, axis) in cube.axes.enumerated() {
                lines.append(
                    "<link:definitionArc xlink:type=\"arc\" xlink:arcrole=\"http://xbrl.org/int/dim/arcrole/hypercube-dimension\" "
                        + "xlink:from=\"loc_\(table)\" xlink:to=\"loc_\(axis)\" order=\"\(order + 1)\"/>")
            }
            lines.append("</link:definitionLink>")
        }
        lines.append("</link:linkbase>")
        return lines.joined(separator: "\n") + "\n"
    }

    static let arcroleRefs = [
        "<link:arcroleRef arcroleURI=\"http://xbrl.org/int/dim/arcrole/all\" xlink:type=\"simple\" xlink:href=\"http://www.xbrl.org/2005/xbrldt-2005.xsd#all\"/>",
        "<link:arcroleRef arcroleURI=\"http://xbrl.org/int/dim/arcrole/hypercube-dimension\" xlink:type=\"simple\" "
            + "xlink:href=\"http://www.xbrl.org/2005/xbrldt-2005.xsd#hypercube-dimension\"/>",
    ]

    static func allArc(from primary: String, to table: String) -> String {
        "<link:definitionArc xlink:type=\"arc\" xlink:arcrole=\"http://xbrl.org/int/dim/arcrole/all\" xlink:from=\"loc_\(primary)\" "
            + "xlink:to=\"loc_\(table)\" xbrldt:closed=\"true\" xbrldt:contextElement=\"segment\"/>"
    }

    /// The project's concepts' labels, in each language pipeline.yaml gives (their parts': with the edition's words).
    var projectLabels: String {
        var lines = [TaxonomyPackage.open(), "<link:labelLink xlink:type=\"extended\" xlink:role=\"http://www.xbrl.org/2003/role/link\">"]
        for concept in projectConcepts.flatMap({ [$0] + parts(of: $0) }) {
            lines.append(TaxonomyPackage.locator("project.xsd", XBRLVocabulary.projectPrefix, concept.name))
            for (language, text) in concept.labels.sorted(by: { $0.key < $1.key }) {
                lines.append(
                    "<link:label xlink:type=\"resource\" xlink:label=\"lab_\(concept.name)\" xlink:role=\"http://www.xbrl.org/2003/role/label\" "
                        + "xml:lang=\"\(SVGChart.escape(language))\">\(SVGChart.escape(text))</link:label>")
            }
            lines.append(
                "<link:labelArc xlink:type=\"arc\" xlink:arcrole=\"http://www.xbrl.org/2003/arcrole/concept-label\" "
                    + "xlink:from=\"loc_\(concept.name)\" xlink:to=\"lab_\(concept.name)\"/>")
        }
        lines += ["</link:labelLink>", "</link:linkbase>"]
        return lines.joined(separator: "\n") + "\n"
    }

    /// The project's concepts and their parts join the built-in `Scope` hypercube.
    var projectDefinitions: String {
        let role = TaxonomyPackage.role("Scope")
        var lines = [
            TaxonomyPackage.open(), "<link:roleRef roleURI=\"\(role)\" xlink:type=\"simple\" xlink:href=\"privacy.xsd#Scope\"/>",
        ]
        lines += TaxonomyPackage.arcroleRefs
        lines.append("<link:definitionLink xlink:type=\"extended\" xlink:role=\"\(role)\">")
        lines.append(TaxonomyPackage.locator("privacy.xsd", XBRLVocabulary.prefix, TaxonomyPackage.table("Scope")))
        for concept in projectConcepts.flatMap({ [$0] + parts(of: $0) }) {
            lines.append(TaxonomyPackage.locator("project.xsd", XBRLVocabulary.projectPrefix, concept.name))
            lines.append(TaxonomyPackage.allArc(from: concept.name, to: TaxonomyPackage.table("Scope")))
        }
        lines += ["</link:definitionLink>", "</link:linkbase>"]
        return lines.joined(separator: "\n") + "\n"
    }
}
