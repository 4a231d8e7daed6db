extension Pipeline {
    /// `disclose taxonomy export DIR`: the project's taxonomy package, scanned by the privacy guard (its labels come
    /// from pipeline.yaml, which may be mistyped with a person's details) before the ZIP is written into `folder`.
    /// Reads the data only for the guard's person ids. Returns the path written and the package.
    public func exportTaxonomy(to folder: String) throws(DiscloseError) -> (path: String, package: TaxonomyPackage) {
        let validation = try validate()
        let package = TaxonomyPackage(config: validation.project.config, editions: options.editions)
        var guardian = PrivacyGuard(
            store: validation.store, project: validation.project, allowed: Set(validation.project.config.allowList),
            outputFolder: folder)
        guardian.redactsValues = options.redactsRefusals
        var files: [String: String] = [:]
        for file in package.files { files[TaxonomyPackage.fileName + "/" + file.path] = file.text }
        let leaks = try guardian.problems(in: files)
        if !leaks.isEmpty { throw .invalid(leaks) }
        return (try package.export(to: folder), package)
    }
}
