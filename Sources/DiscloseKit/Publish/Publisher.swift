import Foundation

/// Writes a page set into `output/FY<year>/` all at once: a failed or interrupted build leaves the old folder whole.
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

    /// Writes every file into a fresh sibling folder, then swaps it in by rename.
    public func publish(_ pages: [String: String], fiscalYear: FiscalYear) throws(DiscloseError) {
        let manager = FileManager.default
        let target = folder(for: fiscalYear)
        let staging = (outputPath as NSString).appendingPathComponent(".\(fiscalYear).new-\(ProcessInfo.processInfo.processIdentifier)")
        let retired = (outputPath as NSString).appendingPathComponent(".\(fiscalYear).old-\(ProcessInfo.processInfo.processIdentifier)")
        do {
            try manager.createDirectory(atPath: outputPath, withIntermediateDirectories: true)
            try? manager.removeItem(atPath: staging)
            try manager.createDirectory(atPath: staging, withIntermediateDirectories: false)
            for name in pages.keys.sorted() {
                let data = Data((pages[name] ?? "").utf8)
                guard manager.createFile(atPath: (staging as NSString).appendingPathComponent(name), contents: data) else {
                    throw DiscloseError(.fileSystem("cannot write \(staging)/\(name)"))
                }
            }
            if manager.fileExists(atPath: target) {
                try manager.moveItem(atPath: target, toPath: retired)
            }
            try manager.moveItem(atPath: staging, toPath: target)
            try? manager.removeItem(atPath: retired)
        } catch let error as DiscloseError {
            try? manager.removeItem(atPath: staging)
            throw error
        } catch {
            try? manager.removeItem(atPath: staging)
            throw DiscloseError(.fileSystem("cannot publish to \(target): \(error.localizedDescription)"))
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
