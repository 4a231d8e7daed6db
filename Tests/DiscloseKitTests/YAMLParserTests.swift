import Foundation
import Testing

@testable import DiscloseKit

@Suite("YAML reader")
struct YAMLParserTests {
    func parse(_ text: String, limits: YAMLParser.Limits = .init()) throws(DiscloseError) -> YAMLNode? {
        try YAMLParser.parse(Array(text.utf8), path: "p.yaml", limits: limits)
    }

    func errors(_ text: String, limits: YAMLParser.Limits = .init()) -> [String] {
        do {
            _ = try parse(text, limits: limits)
            return []
        } catch {
            return error.diagnostics.map(\.description)
        }
    }

    @Test func plainAndQuotedScalarsAreToldApart() throws {
        let root = try #require(try parse("a: yes\nb: \"yes\"\n"))
        guard case .mapping(let pairs) = root.kind else { Issue.record("not a mapping"); return }
        guard case .scalar("yes", let plainA) = pairs[0].value.kind, case .scalar("yes", let plainB) = pairs[1].value.kind else {
            Issue.record("wrong scalars")
            return
        }
        #expect(plainA && !plainB)
    }

    @Test func nodesCarryOneBasedLocations() throws {
        let root = try #require(try parse("top:\n  list:\n    - x\n    - {k: v}\n"))
        guard case .mapping(let top) = root.kind, case .mapping(let inner) = top[0].value.kind,
            case .sequence(let items) = inner[0].value.kind, case .mapping(let flow) = items[1].kind
        else { Issue.record("unexpected shape"); return }
        #expect(top[0].key.location == SourceLocation(path: "p.yaml", line: 1, column: 1))
        #expect(inner[0].key.location == SourceLocation(path: "p.yaml", line: 2, column: 3))
        #expect(items[0].location == SourceLocation(path: "p.yaml", line: 3, column: 7))
        #expect(flow[0].value.location == SourceLocation(path: "p.yaml", line: 4, column: 11))
    }

    @Test func columnsCountCharactersNotBytes() throws {
        let root = try #require(try parse("名前: 青葉グループ\nnext: [a, b]\n"))
        guard case .mapping(let pairs) = root.kind else { Issue.record("not a mapping"); return }
        #expect(pairs[0].value.location.column == 5)
        #expect(errors("名前: 青葉: x\n").first?.hasPrefix("p.yaml:1:") == true)
        #expect(errors("名前: [青葉, \n").isEmpty == false)
    }

    @Test func aSyntaxErrorIsLocatedWithLibyamlsProblem() {
        #expect(errors("a: [1, 2\nb: 3\n") == [
            "p.yaml:2:2: error: YAML syntax error: did not find expected ',' or ']' (while parsing a flow sequence)"
        ])
    }

    @Test func everyDuplicateKeyIsReportedNamingTheFirstLine() {
        #expect(errors("a: 1\nb: 2\na: 3\nc:\n  d: 1\n  d: 2\n") == [
            "p.yaml:3:1: error: duplicate key 'a' (first defined at line 1)",
            "p.yaml:6:3: error: duplicate key 'd' (first defined at line 5)",
        ])
    }

    @Test func anUnknownAliasIsLocated() {
        #expect(errors("a: *nowhere\n").first?.hasPrefix("p.yaml:1:4: error: unknown alias") == true)
    }

    @Test func anchorsWithinTheCapExpand() throws {
        let root = try #require(try parse("base: &b {x: 1}\ncopy: *b\n"))
        guard case .mapping(let pairs) = root.kind, case .mapping(let copy) = pairs[1].value.kind else {
            Issue.record("unexpected shape")
            return
        }
        #expect(copy.first?.value.scalar == "1")
    }

    @Test func aBillionLaughsDocumentFailsFast() {
        var text = "a0: &a0 [lol, lol, lol, lol, lol, lol, lol, lol, lol]\n"
        for level in 1...9 {
            let refs = Array(repeating: "*a\(level - 1)", count: 9).joined(separator: ", ")
            text += "a\(level): &a\(level) [\(refs)]\n"
        }
        let problems = errors(text)
        #expect(problems.count == 1)
        #expect(problems.first?.contains("alias expansion exceeds 10000 nodes") == true)
    }

    @Test func nestingDeeperThanTheLimitIsRefused() {
        let deep = String(repeating: "[", count: 10) + String(repeating: "]", count: 10)
        #expect(errors(deep, limits: .init(maxDepth: 5)) == ["p.yaml:1:6: error: nesting deeper than 5 levels"])
    }

    @Test func emptyAndCommentOnlyInputHaveNoRoot() throws {
        #expect(try parse("") == nil)
        #expect(try parse("# nothing here\n") == nil)
    }

    @Test func aSecondDocumentIsRefused() {
        #expect(errors("a: 1\n---\nb: 2\n") == ["p.yaml:2:1: error: only one YAML document is allowed; found a second one here"])
    }

    @Test func complexKeysAreRefused() {
        #expect(errors("? [a, b]\n: c\n") == ["p.yaml:1:3: error: a key must be plain text, found a list"])
    }
}
