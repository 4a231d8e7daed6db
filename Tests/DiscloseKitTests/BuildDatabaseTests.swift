import Foundation
import Testing

@testable import DiscloseKit

/// The build database is private while it exists and gone after every way a build can end.
@Suite("Build database")
struct BuildDatabaseTests {
    /// Entries of a folder, sorted.
    static func entries(_ folder: URL) -> [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []).sorted()
    }

    static func mode(_ path: String) -> mode_t? {
        var info = stat()
        return lstat(path, &info) == 0 ? info.st_mode & 0o777 : nil
    }

    @Test func theDatabaseLivesInAPrivateFolderAndIsRemovedWithItsStore() throws {
        var removed: (path: String, folder: String)?
        do {
            let store = try DisclosureStore.create()
            let file = try #require(store.file)
            #expect(file.path.hasPrefix(FileManager.default.temporaryDirectory.path))
            #expect(Self.mode(file.folder) == 0o700)
            #expect(Self.mode(file.path) == 0o600)
            try store.database.execute("CREATE TABLE probe (x); INSERT INTO probe VALUES (1)")
            #expect(FileManager.default.fileExists(atPath: file.path))
            removed = (file.path, file.folder)
        }
        // The store's one owner went out of scope: nobody closes it, and its file is gone.
        let paths = try #require(removed)
        #expect(!FileManager.default.fileExists(atPath: paths.path))
        #expect(!FileManager.default.fileExists(atPath: paths.folder))
    }

    @Test func sqliteKeepsItsTemporaryFilesInThePrivateFolder() throws {
        let store = try DisclosureStore.create()
        let folder = try #require(store.file?.folder)
        #expect(try store.database.scalar("PRAGMA temp_store").integer == 1)
        // SQLite keeps one temporary directory per process, and tests open stores in parallel: it is this
        // store's private folder or another's, never the shared temporary folder itself.
        let directory = try #require(try store.database.scalar("PRAGMA temp_store_directory").text)
        let privateFolders = (folder as NSString).deletingLastPathComponent + "/" + PrivateDatabaseFile.folderPrefix
        #expect(directory == folder || directory.hasPrefix(privateFolders))
        #expect(try store.database.scalar("PRAGMA journal_mode").text == "off")
    }

    @Test func foldersOfDeadBuildsAreRemovedAndLiveOnesKept() throws {
        let temporary = try TestProject()
        defer { temporary.cleanUp() }
        let finished = Process()
        finished.executableURL = URL(fileURLWithPath: "/bin/true")
        try finished.run()
        finished.waitUntilExit()
        let dead = "\(PrivateDatabaseFile.folderPrefix)\(finished.processIdentifier)-1f"
        let live = "\(PrivateDatabaseFile.folderPrefix)\(getpid())-2e"
        let unrelated = "disclose-notes"
        for name in [dead, live, unrelated] {
            try temporary.write("\(name)/\(PrivateDatabaseFile.fileName)", "SQLite format 3")
        }
        PrivateDatabaseFile.removeStale(in: temporary.root.path)
        #expect(Self.entries(temporary.root) == [live, unrelated].sorted())
    }

    /// The folder is named in diagnostics; a name that happened to hold twelve digits with a valid check
    /// digit, or a 4-4-4 digit group, would be redacted and the message would point nowhere.
    @Test(arguments: [UInt64(271_828_182_840), 0, 1, 0x0_8022_2233_33, 0x2718_2818_2840, UInt64.max, 0x1234_5678_9012_3456])
    func theDatabaseFolderNameIsNeverTakenForPersonalData(random: UInt64) {
        let hex = PrivateDatabaseFile.sixteenHexDigits(random)
        #expect(hex.count == 16)
        for pid in [1, 2718, 27_182, 4_194_304] {
            let name = "/tmp/\(PrivateDatabaseFile.folderPrefix)\(pid)-\(hex)/\(PrivateDatabaseFile.fileName)"
            #expect(SensitiveText.redacted(name) == name)
        }
    }

    @Test func temporaryNamesUsedByTestsAreNeverTakenForPersonalData() {
        for _ in 0..<2_000 {
            let name = TemporaryName.url("disclose-test-x").path
            #expect(SensitiveText.redacted(name) == name)
        }
        // A whole hyphenated UUID is exempt even where its last group reads as an Individual Number;
        // a run of groups that is no whole UUID is not (the tests' names stay one unbroken hex run).
        let hyphenated = "/tmp/disclose-test-x-70895053-4EB7A951-680C-4914-BBFE-271828182840"
        #expect(SensitiveText.redacted(hyphenated) == hyphenated)
        let broken = "/tmp/disclose-test-x-70895053-4EB7A951-680C-BBFE-271828182840"
        #expect(SensitiveText.redacted(broken) != broken)
    }

    /// A build that takes a second or two, so a signal lands while its database exists.
    static func slowProject(_ name: String) throws -> TestProject {
        let project = try TestProject(name)
        try SyntheticGroup(companies: 16, people: 16_000, years: 2, seed: 7).write(to: project.root.appendingPathComponent("p").path)
        return project
    }

    @Test(arguments: [SIGINT, SIGTERM, SIGHUP])
    func aSignalMidBuildLeavesNoDatabaseAndNothingWasWorldReadable(signal: Int32) throws {
        let project = try Self.slowProject("signal\(signal)")
        defer { project.cleanUp() }
        let temporary = project.root.appendingPathComponent("tmp")
        try FileManager.default.createDirectory(at: temporary, withIntermediateDirectories: true)
        let build = try CrashSafetyTests.launchBuild(in: project.root.appendingPathComponent("p"), temporary: temporary)
        var seen: (folder: mode_t?, file: mode_t?)?
        let deadline = Date().addingTimeInterval(30)
        while build.isRunning, Date() < deadline {
            if let folder = Self.entries(temporary).first {
                let path = temporary.appendingPathComponent(folder).path
                seen = (Self.mode(path), Self.mode(path + "/" + PrivateDatabaseFile.fileName))
                if seen?.file != nil { break }
            }
            usleep(2_000)
        }
        kill(build.processIdentifier, signal)
        build.waitUntilExit()
        let observed = try #require(seen, "the build database was never seen")
        #expect(observed.folder == 0o700)
        #expect(observed.file == 0o600)
        #expect(build.terminationReason == .uncaughtSignal)
        #expect(build.terminationStatus == signal)
        #expect(Self.entries(temporary) == [], "no build database left behind")
    }
}
