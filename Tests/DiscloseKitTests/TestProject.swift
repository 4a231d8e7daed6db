import Foundation

@testable import DiscloseKit

/// A throwaway project folder for one test (tests run in parallel, so each gets its own).
struct TestProject {
    let root: URL

    init(_ name: String = #function) throws {
        let safe = name.filter { $0.isLetter || $0.isNumber }
        root = FileManager.default.temporaryDirectory.appendingPathComponent(TemporaryName.unique("disclose-test-\(safe)"))
        try FileManager.default.createDirectory(at: root, withIntermediateDirectories: true)
    }

    /// Writes `text` at `relative`, creating folders.
    func write(_ relative: String, _ text: String) throws {
        let url = root.appendingPathComponent(relative)
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(text.utf8).write(to: url)
    }

    func read(_ relative: String) -> String? {
        (try? Data(contentsOf: root.appendingPathComponent(relative))).map { String(decoding: $0, as: UTF8.self) }
    }

    func remove(_ relative: String) throws {
        try FileManager.default.removeItem(at: root.appendingPathComponent(relative))
    }

    var configPath: String { root.appendingPathComponent("pipeline.yaml").path }

    /// Pipeline options for this project.
    func options(strict: Bool = false, fiscalYear: Int? = nil) -> Pipeline.Options {
        var options = Pipeline.Options()
        options.configPath = configPath
        options.strict = strict
        options.fiscalYear = fiscalYear
        return options
    }

    /// Copies a fixture folder from `Tests/DiscloseKitTests/Fixtures/NAME` into this project; the `page`
    /// fixture's data files are built from the catalog (`PageFixture`).
    func copyFixture(_ name: String) throws {
        let source = Fixtures.url(name)
        for item in try FileManager.default.contentsOfDirectory(atPath: source.path) {
            try FileManager.default.copyItem(at: source.appendingPathComponent(item), to: root.appendingPathComponent(item))
        }
        if name == "page" {
            for (path, text) in PageFixture.files { try write(path, text) }
        }
    }

    func cleanUp() {
        try? FileManager.default.removeItem(at: root)
    }
}

/// Where fixtures and the package live.
enum Fixtures {
    static let testsFolder = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    static let packageRoot = testsFolder.deletingLastPathComponent().deletingLastPathComponent()

    static func url(_ name: String) -> URL {
        testsFolder.appendingPathComponent("Fixtures").appendingPathComponent(name)
    }

    /// The `disclose` executable of the build these tests run in: the product sits next to the test
    /// bundle (`swift test --build-path X` puts both under X), never a fixed `.build/debug` path.
    static let discloseExecutable: URL = {
        let bundles = [Bundle.main.executableURL, Bundle.main.bundleURL] + Bundle.allBundles.map(\.bundleURL)
        for start in bundles.compactMap(\.self) {
            var folder = start.deletingLastPathComponent()
            for _ in 0..<4 {
                let candidate = folder.appendingPathComponent("disclose")
                var isFolder: ObjCBool = false
                if FileManager.default.fileExists(atPath: candidate.path, isDirectory: &isFolder), !isFolder.boolValue,
                    FileManager.default.isExecutableFile(atPath: candidate.path)
                {
                    return candidate
                }
                folder = folder.deletingLastPathComponent()
            }
        }
        return URL(fileURLWithPath: "/nonexistent/disclose-product-not-found-next-to-the-test-bundle")
    }()
}

/// A config decoded from YAML text, or the diagnostics it produced.
func decodeConfig(_ yaml: String, path: String = "pipeline.yaml") -> (PipelineConfig?, [Diagnostic]) {
    do {
        return (try PipelineConfig.decode(Array(yaml.utf8), path: path), [])
    } catch {
        return (nil, error.diagnostics)
    }
}
