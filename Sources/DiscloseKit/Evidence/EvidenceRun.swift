import Foundation

/// `disclose evidence`: builds the pack from the current files and writes it, or re-performs a written pack
/// (`--verify`) and says which input files and figures no longer match.
public struct EvidenceRun {
    public var options: Pipeline.Options

    public init(options: Pipeline.Options) {
        self.options = options
    }

    /// What one run makes: the pack, its files, where it goes by default, and the page set it was made beside.
    struct Made {
        var pack: EvidencePack
        /// `evidence.json` and `index.html`.
        var files: [String: String]
        var defaultFolder: String
        var outputPath: String
        /// The fiscal year's output folder and the files `build` would write there now (every edition, data.json).
        var outputFolder: String
        var pages: [String: String]
        var project: Project
    }

    /// The pack of the Report the page is rendered from (the same values and coverage), its files, the folder it
    /// goes to by default (`evidence/FY<year>/` in the project) and the page set as `build` would publish it.
    func make(allowedOutput: String? = nil) throws(DiscloseError) -> Made {
        let pipeline = Pipeline(options: options)
        let (report, evaluation) = try pipeline.report()
        let signed = try pipeline.pageSet(for: report, evaluation: evaluation, guarding: false)
        let pages = signed.pages.contents
        let publisher = pipeline.publisher(for: evaluation.project)
        let outputFolder = publisher.folder(for: evaluation.fiscalYear)
        options.progress.report("collecting the evidence of every figure")
        let pack = try EvidencePack.make(
            report: signed.report, evaluation: evaluation, pages: pages, templateFiles: signed.pages.templateFiles,
            outputFolder: outputFolder)
        let document = pack.json
        let html = try EvidencePack.html(from: document, project: evaluation.project)
        var sealed = document
        if case .object(var members) = sealed {
            members["integrity"] = EvidencePack.integrity(of: document, indexHTML: html)
            sealed = .object(members)
        }
        let files = ["evidence.json": sealed.serialized(), "index.html": html]
        let folder = allowedOutput ?? evaluation.project.path("evidence/\(evaluation.fiscalYear)")
        let guardian = pipeline.guardian(for: evaluation, outputFolder: folder)
        let leaks = try guardian.problems(in: [(outputFolder, pages), (folder, files)])
        if !leaks.isEmpty { throw .invalid(leaks) }
        return Made(
            pack: pack, files: files, defaultFolder: evaluation.project.path("evidence/\(evaluation.fiscalYear)"),
            outputPath: publisher.outputPath, outputFolder: outputFolder, pages: pages, project: evaluation.project)
    }

    /// Writes `evidence.json` and `index.html` into `out` (default `evidence/FY<year>/`); never under the output folder.
    public func write(to out: String?) throws(DiscloseError) -> (folder: String, pack: EvidencePack) {
        let made = try make(allowedOutput: out)
        let folder = out ?? made.defaultFolder
        if Self.isInside(folder, made.outputPath) {
            throw DiscloseError(.usage("the evidence pack cannot go inside the output folder \(made.outputPath): it travels apart from the page; choose another --out"))
        }
        do {
            try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        } catch {
            throw DiscloseError(.fileSystem("cannot create \(folder): \(error.localizedDescription)"))
        }
        for (name, text) in made.files.sorted(by: { $0.key < $1.key }) {
            let path = (folder as NSString).appendingPathComponent(name)
            let temporary = path + ".tmp-\(getpid())"
            guard FileManager.default.createFile(atPath: temporary, contents: Data(text.utf8)), rename(temporary, path) == 0 else {
                let reason = String(cString: strerror(errno))
                try? FileManager.default.removeItem(atPath: temporary)
                throw DiscloseError(.fileSystem("cannot write \(path): \(reason)"))
            }
        }
        return (folder, made.pack)
    }

    /// True when `path` is `folder` or lies inside it, symbolic links and `..` resolved.
    static func isInside(_ path: String, _ folder: String) -> Bool {
        func resolved(_ path: String) -> String {
            var url = URL(fileURLWithPath: path).standardizedFileURL
            var missing: [String] = []
            while !FileManager.default.fileExists(atPath: url.path), url.path != "/" {
                missing.insert(url.lastPathComponent, at: 0)
                url.deleteLastPathComponent()
            }
            var base = url.resolvingSymlinksInPath()
            for component in missing { base.appendPathComponent(component) }
            return base.standardizedFileURL.path
        }
        let inner = resolved(path)
        let outer = resolved(folder)
        return inner == outer || inner.hasPrefix(outer.hasSuffix("/") ? outer : outer + "/")
    }
}
