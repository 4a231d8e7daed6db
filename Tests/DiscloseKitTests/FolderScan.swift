import Foundation

/// One identifier a file uses that another folder declares.
struct FolderUse: Hashable {
    let file: String
    let userFolder: String
    let declaringFolder: String
    let name: String
}

/// The declarations and cross-folder uses of every Swift file under a sources folder.
///
/// A use is found by name: a type, typealias, top-level function or constant, or a `.member` that an extension
/// adds (when one folder alone declares that member name). Not seen: initializers an extension adds, and members
/// reached through a value whose type the file never names. A name the using folder declares itself (a nested
/// type, a local) is taken for its own.
struct FolderScan {
    /// Folder of each file's top level: `Config`, `Editions` (for Editions/en/…), or `.`.
    var folders: Set<String> = []
    /// A top-level name (type, typealias, func, let) and the folder that declares it.
    var declarations: [String: String] = [:]
    /// A member that an extension adds (`.name`), declared in one folder only, and that folder.
    var extensionMembers: [String: String] = [:]
    var uses: [FolderUse] = []

    init(sources: URL) throws {
        var files: [(path: String, text: String)] = []
        guard let walker = FileManager.default.enumerator(atPath: sources.path) else { throw CocoaError(.fileNoSuchFile) }
        while let path = walker.nextObject() as? String {
            guard path.hasSuffix(".swift") else { continue }
            files.append((path, try String(contentsOf: sources.appendingPathComponent(path), encoding: .utf8)))
        }
        self.init(files: files)
    }

    /// Scans Swift files given as paths relative to the sources folder, and their text.
    init(files sources: [(path: String, text: String)]) {
        var files: [(path: String, folder: String, tokens: [SwiftCode.Token])] = []
        for (path, text) in sources {
            let parts = path.split(separator: "/")
            let folder = parts.count > 1 ? String(parts[0]) : "."
            files.append((path, folder, SwiftCode.tokens(SwiftCode.strip(text))))
            folders.insert(folder)
        }
        files.sort { $0.path < $1.path }
        // Names each folder declares at any depth (members, locals, nested types), and the
        // folders that declare each member name.
        var ownNames: [String: Set<String>] = [:]
        var memberFolders: [String: Set<String>] = [:]
        var candidates: [String: String] = [:]
        for file in files {
            let found = SwiftCode.declarations(file.tokens)
            for name in found.topLevel { declarations[name] = file.folder }
            for name in found.all {
                ownNames[file.folder, default: []].insert(name)
                memberFolders[name, default: []].insert(file.folder)
            }
            for name in found.extensionMembers { candidates[name] = file.folder }
        }
        for (name, folder) in candidates where memberFolders[name] == [folder] && declarations[name] == nil {
            extensionMembers[name] = folder
        }
        var seen: Set<FolderUse> = []
        for file in files {
            let own = ownNames[file.folder] ?? []
            for (index, token) in file.tokens.enumerated() where token.isIdentifier {
                let afterDot = index > 0 && file.tokens[index - 1].text == "."
                var declaring: String?
                if afterDot {
                    declaring = extensionMembers[token.text]
                } else if let folder = declarations[token.text], !own.contains(token.text) || folder == file.folder {
                    declaring = folder
                }
                guard let declaring, declaring != file.folder else { continue }
                let use = FolderUse(file: file.path, userFolder: file.folder, declaringFolder: declaring, name: token.text)
                if seen.insert(use).inserted { uses.append(use) }
            }
        }
    }

    /// `file: uses NAME from UPPER/, a folder above FOLDER/` for each use of a folder later in `order`, sorted.
    func upwardUses(order: [String]) -> [String] {
        let level = Dictionary(uniqueKeysWithValues: order.enumerated().map { ($1, $0) })
        return uses.compactMap { use in
            guard let user = level[use.userFolder], let used = level[use.declaringFolder], used > user else { return nil }
            return "\(use.file): uses \(use.name) from \(use.declaringFolder)/, a folder above \(use.userFolder)/"
        }.sorted()
    }

    /// `A <-> B` for each two folders that use each other, sorted.
    func foldersUsingEachOther() -> [String] {
        let pairs = Set(uses.map { [$0.userFolder, $0.declaringFolder] })
        return pairs.filter { $0[0] < $0[1] && pairs.contains([$0[1], $0[0]]) }.map { "\($0[0]) <-> \($0[1])" }.sorted()
    }
}
