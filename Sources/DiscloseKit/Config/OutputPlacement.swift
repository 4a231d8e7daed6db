import Foundation

/// Refuses an output folder that is, holds or lies inside an input folder (data, content, templates,
/// the sections' folders) or that is or holds the project folder: a build replaces what it publishes,
/// so output and input must never overlap. Checked before any data is read.
struct OutputPlacement {
    let project: Project
    /// `--out`, when given on the command line.
    let outputFlag: String?
    /// `--data`, when given on the command line.
    let dataFlag: String?

    /// A folder the build reads from.
    struct Input {
        var name: String
        var path: String
        /// Where it was named: a pipeline.yaml key or a flag.
        var location: SourceLocation?
        var flag: String?
    }

    /// The output folder as the user would type it.
    var outputPath: String { outputFlag ?? project.path(project.config.paths.output) }

    var inputs: [Input] {
        let paths = project.config.paths
        var inputs = [
            Input(
                name: "data folder", path: dataFlag ?? project.path(paths.data),
                location: dataFlag == nil ? paths.locations["data"] : nil, flag: dataFlag == nil ? nil : "--data"),
            Input(name: "content folder", path: project.path(paths.content), location: paths.locations["content"]),
            Input(name: "templates folder", path: project.path(paths.templates), location: paths.locations["templates"]),
        ]
        for section in project.config.sections {
            for path in section.allPaths {
                let folder = (path as NSString).deletingLastPathComponent
                inputs.append(
                    Input(
                        name: "folder of the '\(section.key)' section", path: project.path(folder.isEmpty ? "." : folder),
                        location: section.location))
            }
        }
        return inputs
    }

    /// The refusal, or nil when the output folder stands apart from every input.
    func problem() -> DiscloseError? {
        let output = FolderBoundary.resolvedPath(outputPath)
        let root = FolderBoundary.resolvedPath(project.root)
        var found: (relation: String, input: Input)?
        if FolderBoundary.contains(output, root) {
            found = (output == root ? "is" : "holds", Input(name: "project folder (where pipeline.yaml is)", path: project.root))
        } else {
            for input in inputs {
                let folder = FolderBoundary.resolvedPath(input.path)
                guard folder != root, FolderBoundary.overlap(folder, output) else { continue }
                found = (output == folder ? "is" : FolderBoundary.contains(output, folder) ? "holds" : "lies inside", input)
                break
            }
        }
        guard let (relation, input) = found else { return nil }
        let sentence = "the output folder '\(outputPath)' \(relation) the \(input.name)"
            + (input.path == project.root ? "" : " '\(input.path)'")
            + ": a build replaces what it publishes, so output must never overlap input"
        if let outputFlag {
            return DiscloseError(.usage("--out \(outputFlag): \(sentence); name a folder of its own"))
        }
        if let flag = input.flag {
            return DiscloseError(.usage("\(flag) \(input.path): \(sentence); name another data folder"))
        }
        let location = project.config.paths.locations["output"] ?? input.location ?? SourceLocation(path: project.config.path)
        return .invalid(at: location, sentence + "; choose another paths.output")
    }
}
