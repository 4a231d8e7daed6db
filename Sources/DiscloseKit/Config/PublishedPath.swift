import Foundation

/// How a path is written in published output: relative to the project, never absolute, never naming
/// the machine's folders or its user, whichever folder disclose was run from.
struct PublishedPath {
    let root: String
    let dataFolder: String
    let dataName: String

    init(project: Project, dataFolder: String) {
        root = FolderBoundary.resolvedPath(project.root)
        self.dataFolder = FolderBoundary.resolvedPath(dataFolder.isEmpty ? project.dataPath : dataFolder)
        dataName = project.config.paths.data
    }

    func path(for path: String) -> String {
        let real = FolderBoundary.resolvedPath(path)
        if FolderBoundary.contains(dataFolder, real) { return dataName + real.dropFirst(dataFolder.count) }
        if FolderBoundary.contains(root, real), real != root { return String(real.dropFirst(root.count + (root == "/" ? 0 : 1))) }
        return (path as NSString).lastPathComponent
    }
}
