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

    /// Writes every file into a staging folder, then swaps it in.
    /// Then, still under the lock, writes `rootFiles()` (the index of every published year) into the output folder.
    public func publish(
        _ pages: [String: String], fiscalYear: FiscalYear, progress: ProgressReporter = .silent,
        rootFiles: () -> [String: String] = { [:] }
    ) throws(DiscloseError) {
        let manager = FileManager.default
        let target = folder(for: fiscalYear)
        do {
            try manager.createDirectory(atPath: outputPath, withIntermediateDirectories: true)
        } catch {
            throw DiscloseError(.fileSystem("cannot create \(outputPath): \(error.localizedDescription)"))
        }
        let lock = try OutputLock(folder: outputPath) { progress.report($0) }
        defer { withExtendedLifetime(lock) {} }
        removeLeftovers()
        let staging = (outputPath as NSString).appendingPathComponent(".\(fiscalYear).staging-\(getpid())")
        do {
            try manager.createDirectory(atPath: staging, withIntermediateDirectories: false)
            for name in pages.keys.sorted() {
                let path = (staging as NSString).appendingPathComponent(name)
                guard manager.createFile(atPath: path, contents: Data((pages[name] ?? "").utf8)) else {
                    throw DiscloseError(.fileSystem("cannot write \(path)"))
                }
            }
            try swap(staging, into: target)
            for (name, text) in rootFiles().sorted(by: { $0.key < $1.key }) {
                try replace((outputPath as NSString).appendingPathComponent(name), with: text)
            }
        } catch let error as DiscloseError {
            try? manager.removeItem(atPath: staging)
            throw error
        } catch {
            try? manager.removeItem(atPath: staging)
            throw DiscloseError(.fileSystem("cannot publish to \(target): \(error.localizedDescription)"))
        }
    }

    /// Puts `staging` at `target` in one step; the old pages end up at `staging` and are removed.
    func swap(_ staging: String, into target: String) throws(DiscloseError) {
        if FileManager.default.fileExists(atPath: target) {
            guard disclose_exchange_paths(staging, target) == 0 else {
                throw DiscloseError(.fileSystem("cannot swap \(staging) with \(target): \(String(cString: strerror(errno)))"))
            }
            try? FileManager.default.removeItem(atPath: staging)
        } else if rename(staging, target) != 0 {
            throw DiscloseError(.fileSystem("cannot rename \(staging) to \(target): \(String(cString: strerror(errno)))"))
        }
    }

    /// Writes one file in the output folder through a temporary sibling renamed over it.
    func replace(_ path: String, with text: String) throws(DiscloseError) {
        let temporary = (outputPath as NSString).appendingPathComponent(".index.staging-\(getpid())")
        guard FileManager.default.createFile(atPath: temporary, contents: Data(text.utf8)) else {
            throw DiscloseError(.fileSystem("cannot write \(temporary): \(String(cString: strerror(errno)))"))
        }
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

    /// Staging folders of builds that were killed (only this tool's own `.FY….staging-PID` folders).
    func removeLeftovers() {
        let entries = (try? FileManager.default.contentsOfDirectory(atPath: outputPath)) ?? []
        for entry in entries where entry.hasPrefix(".FY") && entry.contains(".staging-") {
            try? FileManager.default.removeItem(atPath: (outputPath as NSString).appendingPathComponent(entry))
        }
    }

    /// The files currently published for `fiscalYear`, by name (empty when none).
    public func published(fiscalYear: FiscalYear) -> [String: String] {
        let folder = folder(for: fiscalYear)
        var files: [String: String] = [:]
        for name in (try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? [] {
            if let data = FileManager.default.contents(atPath: (folder as NSString).appendingPathComponent(name)) {
                files[name] = String(decoding: data, as: UTF8.self)
            }
        }
        return files
    }
}
