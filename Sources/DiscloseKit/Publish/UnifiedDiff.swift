/// A line-based unified diff (the `diff -u` format) of two texts, for `build --check`.
public enum UnifiedDiff {
    /// Empty when equal; otherwise headers and hunks with three lines of context.
    public static func make(old: String, new: String, oldName: String, newName: String, context: Int = 3) -> String {
        guard old != new else { return "" }
        let a = old.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        let b = new.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        let script = edits(a, b)
        var output = "--- \(oldName)\n+++ \(newName)\n"
        var index = 0
        while index < script.count {
            guard script[index].kind != .same else { index += 1; continue }
            var start = max(0, index - context)
            var end = index
            // Extend the hunk while changes are within 2×context of each other.
            var last = index
            while end < script.count {
                if script[end].kind != .same { last = end }
                if end - last > context * 2 { break }
                end += 1
            }
            end = min(script.count, last + context + 1)
            start = max(0, start)
            let slice = script[start..<end]
            let oldStart = (script[..<start].filter { $0.kind != .insert }.count) + 1
            let newStart = (script[..<start].filter { $0.kind != .delete }.count) + 1
            let oldCount = slice.filter { $0.kind != .insert }.count
            let newCount = slice.filter { $0.kind != .delete }.count
            output += "@@ -\(oldStart),\(oldCount) +\(newStart),\(newCount) @@\n"
            for edit in slice {
                switch edit.kind {
                case .same: output += " \(edit.line)\n"
                case .delete: output += "-\(edit.line)\n"
                case .insert: output += "+\(edit.line)\n"
                }
            }
            index = end
        }
        return output
    }

    struct Edit {
        enum Kind { case same, delete, insert }
        var kind: Kind
        var line: String
    }

    /// A shortest edit script by longest common subsequence (texts here are a few thousand lines at most).
    static func edits(_ a: [String], _ b: [String]) -> [Edit] {
        var prefix = 0
        while prefix < a.count, prefix < b.count, a[prefix] == b[prefix] { prefix += 1 }
        var suffix = 0
        while suffix < a.count - prefix, suffix < b.count - prefix, a[a.count - 1 - suffix] == b[b.count - 1 - suffix] { suffix += 1 }
        let midA = Array(a[prefix..<(a.count - suffix)])
        let midB = Array(b[prefix..<(b.count - suffix)])
        let n = midA.count
        let m = midB.count
        var table = Array(repeating: Array(repeating: 0, count: m + 1), count: n + 1)
        if n > 0, m > 0 {
            for i in stride(from: n - 1, through: 0, by: -1) {
                for j in stride(from: m - 1, through: 0, by: -1) {
                    table[i][j] = midA[i] == midB[j] ? table[i + 1][j + 1] + 1 : max(table[i + 1][j], table[i][j + 1])
                }
            }
        }
        var result = a[..<prefix].map { Edit(kind: .same, line: $0) }
        var i = 0
        var j = 0
        while i < n || j < m {
            if i < n, j < m, midA[i] == midB[j] {
                result.append(Edit(kind: .same, line: midA[i])); i += 1; j += 1
            } else if i < n, j == m || table[i + 1][j] >= table[i][j + 1] {
                result.append(Edit(kind: .delete, line: midA[i])); i += 1
            } else {
                result.append(Edit(kind: .insert, line: midB[j])); j += 1
            }
        }
        result += a[(a.count - suffix)...].map { Edit(kind: .same, line: $0) }
        return result
    }
}
