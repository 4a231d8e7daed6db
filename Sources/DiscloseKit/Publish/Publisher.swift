import CDiscloseSystem
import Foundation

/// Writes a page set into `output/FY<year>/` all at once: a failed, interrupted or killed build leaves
/// either the old folder or the new one, complete, never a mix.
///
/// Under an exclusive lock, pages are written to a fresh sibling folder which then trades places with
/// the old one in one `renameat2(RENAME_EXCHANGE)` call; the old pages are removed afterwards.
public struct Publisher {
    /// The output folder (`paths.output`, or `--out`).
    let outputPath: String

    public init(outputPath: String) {
        self.outputPath = outputPath
    }

    /// The folder one fiscal year's pages go to.
    public func folder(for fiscalYear: FiscalYear) -> String {
        (outputPath as NSString).appendingPathComponent(fiscalYear.description)
    }

    /// The file that marks a folder as written by disclose: only a marked folder is ever replaced.
    public static let marker = ".disclose-output"
    static let markerText = "This folder is written by `disclose build` and replaced as a whole on every build.\n"

    /// Writes every file into a staging folder, then swaps it in.
    /// Then, still under the lock, writes `rootFiles()` (the index of every published year) into the output folder.
    public func publish(
        _ pages: [String: String], fiscalYear: FiscalYear, progress: ProgressReporter = .silent,
        rootFiles: () -> [String: String] = { [:] }
    ) throws(DiscloseError) {
        let manager = FileManager.default
        let target = folder(for: fiscalYear)
        try OutputFile.makeFolders(outputPath)
        let lock = try OutputLock(folder: outputPath) { progress.report($0) }
        defer { withExtendedLifetime(lock) {} }
        removeLeftovers()
        try checkReplaceable(target, pages: Set(pages.keys))
        let staging = (outputPath as NSString).appendingPathComponent(".\(fiscalYear).staging-\(getpid())")
        do throws(DiscloseError) {
            guard mkdir(staging, 0o755) == 0 else {
                throw DiscloseError(.fileSystem("cannot create \(staging): \(FileProblem.describe(errno))"))
            }
            try OutputFile.write((staging as NSString).appendingPathComponent(Self.marker), Self.markerText)
            for name in pages.keys.sorted() {
                let path = (staging as NSString).appendingPathComponent(name)
                let folder = (path as NSString).deletingLastPathComponent
                if folder != staging, mkdir(folder, 0o755) != 0, errno != EEXIST {
                    throw DiscloseError(.fileSystem("cannot create \(folder): \(FileProblem.describe(errno))"))
                }
                try OutputFile.write(path, pages[name] ?? "")
            }
            try swap(staging, into: target)
            for (name, text) in rootFiles().sorted(by: { $0.key < $1.key }) {
                try replace((outputPath as NSString).appendingPathComponent(name), with: text)
            }
        } catch {
            try? manager.removeItem(atPath: staging)
            throw error
        }
    }

    /// Refuses to replace `target` unless disclose wrote it: it carries the marker, or holds nothing but
    /// page files disclose writes (an unmarked folder from before markers, adopted and marked by this build).
    func checkReplaceable(_ target: String, pages: Set<String>) throws(DiscloseError) {
        var info = stat()
        guard lstat(target, &info) == 0 else { return }
        let refuse = { (why: String) -> DiscloseError in
            DiscloseError(
                .fileSystem(
                    "refusing to replace \(target): \(why); disclose replaces only folders it wrote (marked by \(Self.marker)). "
                        + "Move it away or publish to another folder with --out"))
        }
        guard info.st_mode & S_IFMT == S_IFDIR else {
            throw refuse(info.st_mode & S_IFMT == S_IFLNK ? "it is a symbolic link" : "it is not a folder")
        }
        var markerInfo = stat()
        let markerPath = (target as NSString).appendingPathComponent(Self.marker)
        if lstat(markerPath, &markerInfo) == 0, markerInfo.st_mode & S_IFMT == S_IFREG { return }
        let entries = ((try? FileManager.default.contentsOfDirectory(atPath: target)) ?? []).sorted()
        for entry in entries {
            var entryInfo = stat()
            let isFile = lstat((target as NSString).appendingPathComponent(entry), &entryInfo) == 0
                && entryInfo.st_mode & S_IFMT == S_IFREG
            if !pages.contains(entry) || !isFile {
                throw refuse("it has no \(Self.marker) marker and holds '\(entry)', which disclose does not write")
            }
        }
    }

    /// Puts `staging` at `target` in one step; the old pages end up at `staging` and are removed.
    func swap(_ staging: String, into target: String) throws(DiscloseError) {
        if FileManager.default.fileExists(atPath: target) {
            guard disclose_exchange_paths(staging, target) == 0 else {
                throw DiscloseError(.fileSystem("cannot swap \(staging) with \(target): \(FileProblem.describe(errno))"))
            }
            try? FileManager.default.removeItem(atPath: staging)
        } else if rename(staging, target) != 0 {
            throw DiscloseError(.fileSystem("cannot rename \(staging) to \(target): \(FileProblem.describe(errno))"))
        }
    }

    /// Writes one file in the output folder through a temporary sibling renamed over it.
    func replace(_ path: String, with text: String) throws(DiscloseError) {
        let temporary = (outputPath as NSString).appendingPathComponent(".index.staging-\(getpid())")
        unlink(temporary)  // one a killed build of the same process id left
        try OutputFile.write(temporary, text)
        guard rename(temporary, path) == 0 else {
            let reason = String(cString: strerror(errno))
            try? FileManager.default.removeItem(atPath: temporary)
            throw DiscloseError(.fileSystem("cannot write \(path): \(reason)"))
        }
    }

    /// A file published at the top of the output folder (`index.html`), nil when absent.
    public func publishedIndex(_ name: String) -> String? {
        FileManager.default.contents(atPath: (outputPath as NSString).appendingPathComponent(name))
            .map { String(decoding: $0, as: UTF8.self) }
    }

    /// Staging left by builds that were killed: only this tool's own `.FY….staging-PID` folders (real
    /// folders, not links) and `.index.staging-PID` files, and only while the lock is held, so no other
    /// build is writing one.
    func removeLeftovers() {
        let entries = (try? FileManager.default.contentsOfDirectory(atPath: outputPath)) ?? []
        for entry in entries where entry.hasPrefix(".FY") && entry.contains(".staging-") {
            let path = (outputPath as NSString).appendingPathComponent(entry)
            var info = stat()
            guard lstat(path, &info) == 0, info.st_mode & S_IFMT == S_IFDIR else { continue }
            try? FileManager.default.removeItem(atPath: path)
        }
        // An index file a killed build was writing (`.index.staging-PID`, a regular file).
        for entry in entries where entry.hasPrefix(".index.staging-") {
            let path = (outputPath as NSString).appendingPathComponent(entry)
            var info = stat()
            guard lstat(path, &info) == 0, info.st_mode & S_IFMT == S_IFREG else { continue }
            unlink(path)
        }
    }

    /// The files currently published for `fiscalYear`, by path relative to its folder (`ja/privacy.html`); empty when none.
    public func published(fiscalYear: FiscalYear) -> [String: String] {
        let folder = folder(for: fiscalYear)
        var files: [String: String] = [:]
        for name in (FileManager.default.subpaths(atPath: folder) ?? []).sorted() where name != Self.marker {
            var isFolder: ObjCBool = false
            let path = (folder as NSString).appendingPathComponent(name)
            guard FileManager.default.fileExists(atPath: path, isDirectory: &isFolder), !isFolder.boolValue else { continue }
            if let data = FileManager.default.contents(atPath: path) {
                files[name] = String(decoding: data, as: UTF8.self)
            }
        }
        return files
    }
}
