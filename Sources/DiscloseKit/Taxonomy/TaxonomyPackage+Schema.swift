/// The schemas: `privacy.xsd` (built-in concepts, dimensions, hypercubes, roles) and `project.xsd` (the project's).
extension TaxonomyPackage {
    /// One element of the built-in schema.
    struct Element {
        var name: String
        var type: String
        var substitutionGroup = "xbrli:item"
        var periodType = "duration"
        var abstract = false
        var typedDomain = false
    }

    static let xbrlImports = """
        <xs:import namespace="http://www.xbrl.org/2003/instance" schemaLocation="http://www.xbrl.org/2003/xbrl-instance-2003-12-31.xsd"/>
        <xs:import namespace="http://xbrl.org/2005/xbrldt" schemaLocation="http://www.xbrl.org/2005/xbrldt-2005.xsd"/>
        """

    /// The metrics in page order: by the key figures' topics, then catalog order within a topic.
    static var metricsInPageOrder: [MetricDefinition] {
        FigureTopic.allCases.flatMap { topic in MetricCatalog.definitions.filter { $0.topic == topic } }
    }

    /// Every filter column any built-in metric has, sorted.
    static var filterColumns: [String] {
        Array(Set(MetricCatalog.definitions.flatMap { $0.filterColumns.map(\.column.name) })).sorted()
    }

    /// The abstract grouping a topic's metrics in the presentation linkbase.
    static func topicAbstract(_ topic: FigureTopic) -> String { "Topic" + XBRLVocabulary.camel(topic.rawValue) + "Abstract" }

    /// The hypercube of a metric's contexts.
    static func table(_ concept: String) -> String { concept + "Table" }

    static func itemType(_ kind: MetricDefinition.Kind) -> String {
        switch kind {
        case .count, .countOfScope: return "xbrli:integerItemType"
        case .percent: return "xbrli:pureItemType"
        case .date: return "xbrli:dateItemType"
        }
    }

    var elements: [Element] {
        var elements: [Element] = [
            Element(name: "DisclosureAbstract", type: "xbrli:stringItemType", abstract: true),
            Element(name: "GoalsAbstract", type: "xbrli:stringItemType", abstract: true),
            Element(name: XBRLVocabulary.goalTarget, type: "xbrli:stringItemType"),
            Element(name: XBRLVocabulary.goalStatus, type: "xbrli:stringItemType"),
        ]
        for topic in FigureTopic.allCases where topic != .other {
            elements.append(Element(name: TaxonomyPackage.topicAbstract(topic), type: "xbrli:stringItemType", abstract: true))
        }
        for metric in TaxonomyPackage.metricsInPageOrder {
            let period = XBRLVocabulary.isInstant(metric) ? "instant" : "duration"
            elements.append(
                Element(name: XBRLVocabulary.concept(metric: metric.id), type: TaxonomyPackage.itemType(metric.kind), periodType: period))
            for (name, part) in TaxonomyPackage.partConcepts(metric) {
                elements.append(Element(name: name, type: TaxonomyPackage.itemType(part), periodType: period))
            }
        }
        let axes = [XBRLVocabulary.goalAxis] + XBRLVocabulary.scopeAxes + TaxonomyPackage.filterColumns.map(XBRLVocabulary.filterAxis)
        for axis in axes {
            elements.append(
                Element(name: axis, type: "xbrli:stringItemType", substitutionGroup: "xbrldt:dimensionItem", abstract: true, typedDomain: true))
        }
        let tables = ["Goal", "Scope"] + TaxonomyPackage.metricsInPageOrder.map { XBRLVocabulary.concept(metric: $0.id) }
        for table in tables {
            elements.append(
                Element(name: TaxonomyPackage.table(table), type: "xbrli:stringItemType", substitutionGroup: "xbrldt:hypercubeItem", abstract: true))
        }
        return elements
    }

    /// The role of a metric's (or `Goal`'s, `Scope`'s) hypercube.
    static func role(_ name: String) -> String { XBRLVocabulary.base + "role/" + name }

    var schema: String {
        let p = XBRLVocabulary.prefix
        var lines = [
            "<?xml version=\"1.0\" encoding=\"utf-8\"?>",
            "<xs:schema xmlns:xs=\"http://www.w3.org/2001/XMLSchema\" xmlns:xbrli=\"http://www.xbrl.org/2003/instance\" "
                + "xmlns:link=\"http://www.xbrl.org/2003/linkbase\" xmlns:xlink=\"http://www.w3.org/1999/xlink\" "
                + "xmlns:xbrldt=\"http://xbrl.org/2005/xbrldt\" xmlns:\(p)=\"\(XBRLVocabulary.namespace)\" "
                + "targetNamespace=\"\(XBRLVocabulary.namespace)\" elementFormDefault=\"qualified\" attributeFormDefault=\"unqualified\">",
            "<xs:annotation>", "<xs:appinfo>",
        ]
        var linkbases = editions.map { ("privacy-lab-\($0.language).xml", "label") }
        linkbases += [("privacy-ref.xml", "reference"), ("privacy-pre.xml", "presentation"), ("privacy-def.xml", "definition")]
        for (file, kind) in linkbases {
            lines.append(
                "<link:linkbaseRef xlink:type=\"simple\" xlink:href=\"\(file)\" xlink:role=\"http://www.xbrl.org/2003/role/\(kind)LinkbaseRef\" "
                    + "xlink:arcrole=\"http://www.w3.org/1999/xlink/properties/linkbase\"/>")
        }
        let roles = ["Disclosure", "Goal", "Scope"] + TaxonomyPackage.metricsInPageOrder.map { XBRLVocabulary.concept(metric: $0.id) }
        for role in roles {
            lines.append(
                "<link:roleType roleURI=\"\(TaxonomyPackage.role(role))\" id=\"\(role)\"><link:definition>\(role)</link:definition>"
                    + "<link:usedOn>link:presentationLink</link:usedOn><link:usedOn>link:definitionLink</link:usedOn></link:roleType>")
        }
        lines += ["</xs:appinfo>", "</xs:annotation>", TaxonomyPackage.xbrlImports]
        for element in elements {
            var attributes = "name=\"\(element.name)\" id=\"\(p)_\(element.name)\" type=\"\(element.type)\" substitutionGroup=\"\(element.substitutionGroup)\" "
                + "xbrli:periodType=\"\(element.periodType)\" nillable=\"true\""
            if element.abstract { attributes += " abstract=\"true\"" }
            if element.typedDomain { attributes += " xbrldt:typedDomainRef=\"#\(p)_\(XBRLVocabulary.selection)\"" }
            lines.append("<xs:element \(attributes)/>")
        }
        lines.append("<xs:element name=\"\(XBRLVocabulary.selection)\" id=\"\(p)_\(XBRLVocabulary.selection)\" type=\"xs:string\"/>")
        lines.append("</xs:schema>")
        return lines.joined(separator: "\n") + "\n"
    }

    /// `project.xsd`: the entry point; imports the built-in schema and declares the project's `sql:` concepts
    /// (decimals: a `sql:` metric may count or divide), each followed by its numerator and denominator.
    var projectSchema: String {
        let p = XBRLVocabulary.projectPrefix
        var lines = [
            "<?xml version=\"1.0\" encoding=\"utf-8\"?>",
            "<xs:schema xmlns:xs=\"http://www.w3.org/2001/XMLSchema\" xmlns:xbrli=\"http://www.xbrl.org/2003/instance\" "
                + "xmlns:link=\"http://www.xbrl.org/2003/linkbase\" xmlns:xlink=\"http://www.w3.org/1999/xlink\" "
                + "xmlns:\(p)=\"\(XBRLVocabulary.projectNamespace)\" "
                + "targetNamespace=\"\(XBRLVocabulary.projectNamespace)\" elementFormDefault=\"qualified\" attributeFormDefault=\"unqualified\">",
            "<xs:annotation>", "<xs:appinfo>",
            "<link:linkbaseRef xlink:type=\"simple\" xlink:href=\"project-lab.xml\" xlink:role=\"http://www.xbrl.org/2003/role/labelLinkbaseRef\" "
                + "xlink:arcrole=\"http://www.w3.org/1999/xlink/properties/linkbase\"/>",
            "<link:linkbaseRef xlink:type=\"simple\" xlink:href=\"project-def.xml\" xlink:role=\"http://www.xbrl.org/2003/role/definitionLinkbaseRef\" "
                + "xlink:arcrole=\"http://www.w3.org/1999/xlink/properties/linkbase\"/>",
            "</xs:appinfo>", "</xs:annotation>",
            "<xs:import namespace=\"http://www.xbrl.org/2003/instance\" schemaLocation=\"http://www.xbrl.org/2003/xbrl-instance-2003-12-31.xsd\"/>",
            "<xs:import namespace=\"\(XBRLVocabulary.namespace)\" schemaLocation=\"\(XBRLVocabulary.baseSchema)\"/>",
        ]
        for concept in projectConcepts {
            let parts = TaxonomyPackage.projectParts.map { (XBRLVocabulary.concept(concept.name, part: $0), TaxonomyPackage.itemType($0)) }
            for (name, type) in [(concept.name, "xbrli:decimalItemType")] + parts {
                lines.append(
                    "<xs:element name=\"\(name)\" id=\"\(p)_\(name)\" type=\"\(type)\" substitutionGroup=\"xbrli:item\" "
                        + "xbrli:periodType=\"duration\" nillable=\"true\"/>")
            }
        }
        lines.append("</xs:schema>")
        return lines.joined(separator: "\n") + "\n"
    }
}
