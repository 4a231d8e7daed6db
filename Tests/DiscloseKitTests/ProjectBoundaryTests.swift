import Foundation
import Testing

@testable import DiscloseKit

/// A build reads only the project and writes only its output.
@Suite("Project boundary")
struct ProjectBoundaryTests {
    /// The error text of running `body`, or a note that it succeeded.
    static func failure(_ body: () throws(DiscloseError) -> Void) -> String {
        do {
            try body()
            return "succeeded"
        } catch {
            return error.description
        }
    }

    static func build(_ project: TestProject, out: String? = nil, data: String? = nil) -> String {
        var options = project.options()
        options.outputPath = out
        options.dataPath = data
        return failure { () throws(DiscloseError) in _ = try Pipeline(options: options).build() }
    }

    static func withPaths(_ paths: String, sections: String = "") -> String {
        TestProject.pipeline + "\npaths: \(paths)\n" + sections
    }

    // MARK: 1. Output never overlaps input

    @Test(arguments: [
        ("{output: data}", "is the data folder"),
        ("{output: data/FY2025}", "lies inside the data folder"),
        ("{output: data/out}", "lies inside the data folder"),
        ("{output: .}", "is the project folder"),
        ("{output: ./}", "is the project folder"),
        ("{output: content/pages}", "lies inside the content folder"),
        ("{output: templates}", "is the templates folder"),
        ("{output: published, data: published/raw}", "holds the data folder"),
    ])
    func anOutputFolderOverlappingInputIsRefusedBeforeAnythingIsRead(paths: String, relation: String) throws {
        let project = try TestProject.group("overlap\(paths.hashValue)", pipeline: Self.withPaths(paths))
        defer { project.cleanUp() }
        if paths.contains("published/raw") {
            try FileManager.default.createDirectory(
                at: project.root.appendingPathComponent("published"), withIntermediateDirectories: true)
            try FileManager.default.moveItem(
                at: project.root.appendingPathComponent("data"), to: project.root.appendingPathComponent("published/raw"))
        }
        let before = try SyntheticGroupTests.files(project.root)
        let message = Self.build(project)
        #expect(message.contains("pipeline.yaml:"), "\(message)")
        #expect(message.contains(relation), "\(message)")
        #expect(message.contains("choose another paths.output"))
        #expect(try SyntheticGroupTests.files(project.root) == before, "nothing written or removed")
    }

    @Test func anOutputFolderInsideASectionsFolderIsRefused() throws {
        let project = try TestProject.group(
            pipeline: Self.withPaths("{output: narrative/out}", sections: "sections:\n  governance: narrative/governance.md\n"))
        defer { project.cleanUp() }
        try project.write("narrative/governance.md", "# Governance\n")
        let message = Self.build(project)
        #expect(message.contains("lies inside the folder of the 'governance' section"), "\(message)")
    }

    @Test func outFlagOverlappingInputIsAUsageErrorNamingTheFlag() throws {
        let project = try TestProject.group()
        defer { project.cleanUp() }
        for out in [project.root.path, project.root.appendingPathComponent("data").path, project.root.deletingLastPathComponent().path] {
            var options = project.options()
            options.outputPath = out
            do {
                _ = try Pipeline(options: options).build()
                Issue.record("--out \(out) was accepted")
            } catch {
                guard case .usage(let message) = error.reason else {
                    Issue.record("not a usage error: \(error)")
                    continue
                }
                #expect(message.hasPrefix("--out \(out): the output folder"))
            }
        }
        let result = try EndToEndTests.run(["build", "--out", "data"], in: project.root)
        #expect(result.status == 64)
        #expect(result.stderr.contains("--out data: the output folder 'data' is the data folder"), "\(result.stderr)")
    }

    @Test func dataFlagInsideTheOutputFolderIsRefused() throws {
        let project = try TestProject.group()
        defer { project.cleanUp() }
        try FileManager.default.createDirectory(at: project.root.appendingPathComponent("output"), withIntermediateDirectories: true)
        try FileManager.default.moveItem(at: project.root.appendingPathComponent("data"), to: project.root.appendingPathComponent("output/data"))
        let message = Self.build(project, data: project.root.appendingPathComponent("output/data").path)
        #expect(message.contains("--data "), "\(message)")
        #expect(message.contains("holds the data folder"), "\(message)")
    }

    @Test func anUnmarkedFolderHoldingOtherFilesIsNeverReplaced() throws {
        let project = try TestProject.group()
        defer { project.cleanUp() }
        try project.write("output/FY2025/notes.txt", "my notes\n")
        let message = Self.build(project)
        #expect(message.contains("refusing to replace"), "\(message)")
        #expect(message.contains("'notes.txt'"))
        #expect(project.read("output/FY2025/notes.txt") == "my notes\n")
        try project.remove("output/FY2025/notes.txt")
        try FileManager.default.createSymbolicLink(
            atPath: project.root.appendingPathComponent("output/FY2025/privacy.md").path, withDestinationPath: "/etc/hostname")
        #expect(Self.build(project).contains("holds 'privacy.md', which disclose does not write"))
    }

    @Test func aSymlinkedYearFolderIsNeverReplaced() throws {
        let project = try TestProject.group()
        defer { project.cleanUp() }
        let elsewhere = try TestProject("\(#function)-elsewhere")
        defer { elsewhere.cleanUp() }
        try elsewhere.write(Publisher.marker, "x")
        try FileManager.default.createDirectory(at: project.root.appendingPathComponent("output"), withIntermediateDirectories: true)
        try FileManager.default.createSymbolicLink(
            atPath: project.root.appendingPathComponent("output/FY2025").path, withDestinationPath: elsewhere.root.path)
        #expect(Self.build(project).contains("it is a symbolic link"))
        #expect(elsewhere.read(Publisher.marker) == "x")
    }

    @Test func anUnmarkedFolderOfPagesIsAdoptedAndMarked() throws {
        let project = try TestProject.group()
        defer { project.cleanUp() }
        try project.write("output/FY2025/privacy.md", "old\n")
        try project.write("output/FY2025/data.json", "{}\n")
        #expect(Self.build(project) == "succeeded")
        #expect(project.read("output/FY2025/\(Publisher.marker)") != nil)
        #expect(project.read("output/FY2025/privacy.md") != "old\n")
    }

    // MARK: 2. Every file read is a regular file inside the project

    @Test(arguments: ["data/companies.csv", "data/FY2025/P/training.csv", "data/FY2025/JP1", "content/governance.md", "templates/privacy.md.mustache"])
    func aSymbolicLinkLeadingOutOfTheProjectIsRefused(relative: String) throws {
        let project = try TestProject.group(
            "link\(relative.hashValue)", pipeline: TestProject.pipeline + "\nsections:\n  governance: content/governance.md\n")
        defer { project.cleanUp() }
        try project.write("content/governance.md", "# Governance\n")
        try project.write("templates/privacy.md.mustache", PageTemplates.all["privacy.md.mustache"] ?? "")
        let outside = try TestProject("link-outside\(relative.hashValue)")
        defer { outside.cleanUp() }
        let target = outside.root.appendingPathComponent("secret")
        if relative == "data/FY2025/JP1" {
            try FileManager.default.copyItem(at: project.root.appendingPathComponent(relative), to: target)
        } else {
            try FileManager.default.copyItem(atPath: project.root.appendingPathComponent(relative).path, toPath: target.path)
        }
        if FileManager.default.fileExists(atPath: project.root.appendingPathComponent(relative).path) { try project.remove(relative) }
        try FileManager.default.createDirectory(
            at: project.root.appendingPathComponent(relative).deletingLastPathComponent(), withIntermediateDirectories: true)
        try FileManager.default.createSymbolicLink(atPath: project.root.appendingPathComponent(relative).path, withDestinationPath: target.path)
        let message = Self.build(project)
        // A section file is already refused where pipeline.yaml names it; every other file where it is.
        let place = relative.hasPrefix("content/") ? "pipeline.yaml:" : "\(relative): error: "
        #expect(message.contains(place), "\(message)")
        #expect(message.contains("leads outside the"), "\(message)")
        #expect(project.read("output/FY2025/privacy.md") == nil)
    }

    @Test func aSymbolicLinkInsideTheProjectIsFollowed() throws {
        let project = try TestProject.group()
        defer { project.cleanUp() }
        try FileManager.default.moveItem(
            at: project.root.appendingPathComponent("data/FY2025/P/training.csv"),
            to: project.root.appendingPathComponent("data/FY2025/P/training-v2.csv.keep"))
        try FileManager.default.createSymbolicLink(
            atPath: project.root.appendingPathComponent("data/FY2025/P/training.csv").path, withDestinationPath: "training-v2.csv.keep")
        #expect(project.errorList.filter { !$0.contains("training-v2") } == [])
    }

    @Test(arguments: ["fifo", "dev-zero", "socket", "folder"])
    func aDataFileThatIsNotARegularFileIsALocatedErrorAndNothingHangs(kind: String) throws {
        let project = try TestProject.group("special\(kind)")
        defer { project.cleanUp() }
        let path = project.root.appendingPathComponent("data/FY2025/JP1/incidents.csv").path
        try project.remove("data/FY2025/JP1/incidents.csv")
        var socketDescriptor: Int32 = -1
        switch kind {
        case "fifo": #expect(mkfifo(path, 0o644) == 0)
        case "dev-zero": try FileManager.default.createSymbolicLink(atPath: path, withDestinationPath: "/dev/zero")
        case "socket":
            // A socket's path must fit in 108 bytes: bind it at the project's top (short whatever TMPDIR is), then
            // move it into place (a rename keeps it a socket).
            let short = project.root.appendingPathComponent("s").path
            socketDescriptor = socket(AF_UNIX, Int32(SOCK_STREAM.rawValue), 0)
            var address = sockaddr_un()
            address.sun_family = sa_family_t(AF_UNIX)
            withUnsafeMutableBytes(of: &address.sun_path) { buffer in
                for (index, byte) in short.utf8.prefix(buffer.count - 1).enumerated() { buffer[index] = byte }
            }
            let bound = withUnsafePointer(to: &address) {
                $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { bind(socketDescriptor, $0, socklen_t(MemoryLayout<sockaddr_un>.size)) }
            }
            #expect(bound == 0, "socket path may be too long: \(short.utf8.count) bytes")
            #expect(rename(short, path) == 0)
        default: try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: false)
        }
        defer { if socketDescriptor >= 0 { close(socketDescriptor) } }
        let errors = project.errorList
        let expected = kind == "dev-zero" ? "leads outside the project folder" : "not a regular file"
        #expect(errors.contains { $0.hasPrefix("data/FY2025/JP1/incidents.csv: error: ") && $0.contains(expected) }, "\(errors)")
    }

    @Test func aPipelineFileThatIsAFIFOOrADeviceIsRefused() throws {
        let project = try TestProject.group()
        defer { project.cleanUp() }
        let fifo = project.root.appendingPathComponent("fifo.yaml").path
        #expect(mkfifo(fifo, 0o644) == 0)
        for config in [fifo, "/dev/zero"] {
            var options = project.options()
            options.configPath = config
            let message = Self.failure { () throws(DiscloseError) in _ = try Pipeline(options: options).validate() }
            #expect(message.contains("\(config): error: not a regular file"), "\(message)")
        }
    }

    // MARK: 3. The lock file is never followed

    @Test func aSymbolicLinkAtTheLockFileIsRefusedAndItsTargetNeverCreated() throws {
        let project = try TestProject.group()
        defer { project.cleanUp() }
        let outside = try TestProject("\(#function)-outside")
        defer { outside.cleanUp() }
        let target = outside.root.appendingPathComponent("created-by-disclose").path
        try FileManager.default.createDirectory(at: project.root.appendingPathComponent("output"), withIntermediateDirectories: true)
        try FileManager.default.createSymbolicLink(
            atPath: project.root.appendingPathComponent("output/.disclose.lock").path, withDestinationPath: target)
        let message = Self.build(project)
        #expect(message.contains("is a symbolic link"), "\(message)")
        #expect(!FileManager.default.fileExists(atPath: target))
    }

    // MARK: 5. Paths in output are project-relative

    @Test func absolutePathsAndAnotherWorkingFolderGiveByteIdenticalOutput() throws {
        let project = try TestProject.group()
        defer { project.cleanUp() }
        try project.remove("data/FY2025/JP1/training.csv")  // a warning that quotes a path lands in data.json
        #expect(try EndToEndTests.run(["build"], in: project.root).status == 0)
        let expected = try #require(project.read("output/FY2025/data.json"))
        #expect(expected.contains("\"path\": \"data/FY2025/JP1/training.csv\""))
        let elsewhere = try TestProject("\(#function)-cwd")
        defer { elsewhere.cleanUp() }
        let config = project.root.appendingPathComponent("pipeline.yaml").path
        let data = project.root.appendingPathComponent("data").path
        for arguments in [
            ["build", "--config", config], ["build", "--config", config, "--data", data],
            ["build", "--config", "../" + project.root.lastPathComponent + "/pipeline.yaml"],
        ] {
            let result = try EndToEndTests.run(arguments, in: elsewhere.root)
            #expect(result.status == 0, "\(arguments): \(result.stderr)")
            #expect(project.read("output/FY2025/data.json") == expected, "\(arguments)")
        }
        let copy = try TestProject("\(#function)-copy")
        defer { copy.cleanUp() }
        try FileManager.default.copyItem(at: project.root.appendingPathComponent("data"), to: copy.root.appendingPathComponent("d"))
        let result = try EndToEndTests.run(["build", "--data", copy.root.appendingPathComponent("d").path], in: project.root)
        #expect(result.status == 0)
        let json = try #require(project.read("output/FY2025/data.json"))
        #expect(json == expected)
        #expect(!json.contains(FileManager.default.temporaryDirectory.path))
    }

    // MARK: 11. Errors in a file are reported in that file

    @Test(arguments: [
        (Array("disclosure:\n  title: Caf".utf8) + [0xE9] + Array(" privacy\n".utf8), 2, 13),
        (Array("disclosure:\n  title: x\n  organization: \"".utf8) + [0xC3, 0x28] + Array("\"\n".utf8), 3, 18),
        (Array("# comment ".utf8) + [0xFF] + Array("\n".utf8), 1, 11),
        (Array("disclosure: {title: a}\n".utf8) + [0xED, 0xA0, 0x80], 2, 1),
    ])
    func invalidUTF8InPipelineYAMLIsLocatedAtItsOwnLineAndColumn(bytes: [UInt8], line: Int, column: Int) throws {
        var diagnostics: [Diagnostic] = []
        do {
            _ = try PipelineConfig.decode(bytes, path: "pipeline.yaml")
        } catch {
            diagnostics = error.diagnostics
        }
        #expect(diagnostics.count == 1)
        #expect(diagnostics.first?.location == SourceLocation(path: "pipeline.yaml", line: line, column: column))
        #expect(diagnostics.first?.message.hasPrefix("invalid UTF-8") == true)
    }

    @Test func anInvalidOrUnreadableContentFileIsReportedAtItsOwnPath() throws {
        let project = try TestProject.group(
            pipeline: TestProject.pipeline + "\nsections:\n  governance: content/governance.md\n  strategy: content/strategy.md\n")
        defer { project.cleanUp() }
        try project.write("content/governance.md", "# Governance\n\nAll fine.\n")
        try FileManager.default.createDirectory(at: project.root.appendingPathComponent("content"), withIntermediateDirectories: true)
        try Data(Array("# Strategy\n\nOur caf".utf8) + [0xE9] + Array(" plan\n".utf8)).write(to: project.root.appendingPathComponent("content/strategy.md"))
        var message = Self.build(project).replacingOccurrences(of: project.root.path + "/", with: "")
        #expect(message.contains("content/strategy.md:3:8: error: invalid UTF-8 (byte 0xE9)"), "\(message)")
        try project.remove("content/governance.md")
        #expect(mkfifo(project.root.appendingPathComponent("content/governance.md").path, 0o644) == 0)
        message = Self.build(project).replacingOccurrences(of: project.root.path + "/", with: "")
        #expect(message.contains("content/governance.md: error: not a regular file: it is a named pipe (FIFO)"), "\(message)")
        #expect(message.contains("(named at pipeline.yaml:"), "\(message)")
    }

    @Test func anInvalidTemplateIsReportedAtItsOwnPath() throws {
        let project = try TestProject.group()
        defer { project.cleanUp() }
        try FileManager.default.createDirectory(at: project.root.appendingPathComponent("templates"), withIntermediateDirectories: true)
        try Data(Array("# {{title}}\n".utf8) + [0x80]).write(to: project.root.appendingPathComponent("templates/privacy.md.mustache"))
        let message = Self.build(project).replacingOccurrences(of: project.root.path + "/", with: "")
        #expect(message.contains("templates/privacy.md.mustache:2:1: error: invalid UTF-8 (byte 0x80)"), "\(message)")
    }
}
