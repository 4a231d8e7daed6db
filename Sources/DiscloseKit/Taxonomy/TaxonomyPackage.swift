/// disclose's own XBRL taxonomy as a Taxonomy Package 1.0 (`disclose taxonomy export DIR`): one concept per built-in
/// metric, typed dimensions for each figure's scope and filters, labels in every built-in edition's language, a
/// reference linkbase naming the standards the Standards Index cites, a presentation linkbase in page order, and the
/// project's extension schema with a concept per `sql:` figure and goal. The XHTML pages reference its entry point.
///
/// The files are made from the catalogs and the project's pipeline.yaml only, so the package is the same on every
/// machine; it is written as one ZIP of stored entries.
public struct TaxonomyPackage: Sendable {
    /// The concepts of the project's `sql:` figures and goals: name and label per language.
    public struct ProjectConcept: Sendable, Equatable {
        public var name: String
        public var labels: [String: String]
    }

    /// The folder every entry of the ZIP sits in.
    public static let root = "disclose-privacy-taxonomy"
    /// The ZIP's file name in the export folder.
    public static let fileName = "disclose-privacy-taxonomy.zip"
    /// The package's folder of the published schemas (the catalog maps `XBRLVocabulary.base` here).
    static let folder = "taxonomy.disclose.invalid/privacy/1.0/"

    let editions: [Edition]
    public var projectConcepts: [ProjectConcept]

    /// The package for `config`: its `sql:` figures and goals become project concepts (labels from pipeline.yaml).
    public init(config: PipelineConfig, editions: [Edition] = Edition.builtIn) {
        self.editions = editions
        var concepts: [ProjectConcept] = []
        for figure in config.figures where figure.metric.sql != nil {
            concepts.append(
                ProjectConcept(name: XBRLVocabulary.projectConcept(figure: figure.name), labels: figure.label.texts))
        }
        for goal in config.goals where goal.metric?.sql != nil {
            concepts.append(ProjectConcept(name: XBRLVocabulary.projectConcept(goal: goal.id), labels: goal.text.texts))
        }
        projectConcepts = concepts
    }

    /// Every file of the package by path inside the ZIP, in the order they are written.
    public var files: [(path: String, text: String)] {
        let base = TaxonomyPackage.root + "/" + TaxonomyPackage.folder
        var files: [(String, String)] = [
            (TaxonomyPackage.root + "/META-INF/taxonomyPackage.xml", TaxonomyPackage.manifest),
            (TaxonomyPackage.root + "/META-INF/catalog.xml", TaxonomyPackage.catalog),
            (base + "privacy.xsd", schema),
        ]
        for edition in editions { files.append((base + "privacy-lab-\(edition.language).xml", labels(edition))) }
        files += [
            (base + "privacy-ref.xml", references), (base + "privacy-pre.xml", presentation), (base + "privacy-def.xml", definitions),
            (base + "project.xsd", projectSchema), (base + "project-lab.xml", projectLabels), (base + "project-def.xml", projectDefinitions),
        ]
        return files
    }

    /// The ZIP's bytes.
    public var zip: [UInt8] {
        var archive = ZipArchive()
        for file in files { archive.add(file.path, file.text) }
        return archive.bytes
    }

    static let manifest = """
        <?xml version="1.0" encoding="utf-8"?>
        <tp:taxonomyPackage xmlns:tp="http://xbrl.org/2016/taxonomy-package" xml:lang="en">
          <tp:identifier>\(XBRLVocabulary.namespace)</tp:identifier>
          <tp:name>disclose: personal information protection and privacy</tp:name>
          <tp:description>The concepts of disclose's built-in privacy metrics, with the project's own sql: figures. \
        disclose's own taxonomy: not GRI's, SASB's or the ISSB's.</tp:description>
          <tp:version>1.0</tp:version>
          <tp:publisher>disclose</tp:publisher>
          <tp:entryPoints>
            <tp:entryPoint>
              <tp:name>Privacy disclosure (with the project's extension)</tp:name>
              <tp:entryPointDocument href="\(XBRLVocabulary.entryPoint)"/>
            </tp:entryPoint>
          </tp:entryPoints>
        </tp:taxonomyPackage>

        """

    static let catalog = """
        <?xml version="1.0" encoding="utf-8"?>
        <catalog xmlns="urn:oasis:names:tc:entity:xmlns:xml:catalog">
          <rewriteURI uriStartString="\(XBRLVocabulary.base)" rewritePrefix="../\(folder)"/>
        </catalog>

        """
}
