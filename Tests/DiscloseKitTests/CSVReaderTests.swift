import Foundation
import Testing

@testable import DiscloseKit

/// Every record and diagnostic a reader produces for `bytes`.
private func readAll(_ bytes: [UInt8], maxFieldBytes: Int = 1 << 20) -> ([CSVRecord], [Diagnostic]) {
    let reader = CSVReader(bytes: bytes, displayPath: "t.csv", maxFieldBytes: maxFieldBytes)
    var records: [CSVRecord] = []
    while let record = reader.next() { records.append(record) }
    #expect(reader.next() == nil, "a finished reader stays finished")
    return (records, reader.diagnostics)
}

private func readAll(_ text: String, maxFieldBytes: Int = 1 << 20) -> ([CSVRecord], [Diagnostic]) {
    readAll(Array(text.utf8), maxFieldBytes: maxFieldBytes)
}

private func error(_ line: Int, _ column: Int, _ message: String) -> Diagnostic {
    .error(at: SourceLocation(path: "t.csv", line: line, column: column), message)
}

/// A fresh folder of its own for one test (tests run in parallel).
private func temporaryFolder() throws -> URL {
    let url = TemporaryName.url("csv-reader")
    try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    return url
}

@Test func simpleRowsAreReadWithLinesAndColumns() {
    let (records, diagnostics) = readAll("name,course\nAda,CS101\nBob,MA201\n")
    #expect(diagnostics.isEmpty)
    #expect(records.map(\.fields) == [["name", "course"], ["Ada", "CS101"], ["Bob", "MA201"]])
    #expect(records.map(\.line) == [1, 2, 3])
    #expect(records.map(\.columns) == [[1, 6], [1, 5], [1, 5]])
    #expect(records.map(\.fieldLines) == [[1, 1], [2, 2], [3, 3]])
}

@Test func byteOrderMarkIsSkippedAndDoesNotCountTowardColumns() {
    let (records, diagnostics) = readAll([0xEF, 0xBB, 0xBF] + Array("id,name\n1,x\n".utf8))
    #expect(diagnostics.isEmpty)
    #expect(records.map(\.fields) == [["id", "name"], ["1", "x"]])
    #expect(records[0].columns == [1, 4])
}

@Test func crlfLineEndsAreOneLineEndAndLoneCRIsText() {
    let (records, diagnostics) = readAll("a,b\r\n1,x\ry\r\n\"q\"\r\n,2\r\n")
    #expect(diagnostics == [error(3, 4, "this row has 1 field, but the header has 2")])
    #expect(records.map(\.fields) == [["a", "b"], ["1", "x\ry"], ["", "2"]])
    #expect(records.map(\.line) == [1, 2, 4])
}

@Test func quotedFieldMayContainComma() {
    let (records, diagnostics) = readAll("name,note\nAda,\"a,b\"\n")
    #expect(diagnostics.isEmpty)
    #expect(records[1].fields == ["Ada", "a,b"])
    #expect(records[1].columns == [1, 5])
}

@Test func doubledQuotesInQuotedFieldAreOneQuote() {
    let (records, diagnostics) = readAll("q,r\n\"say \"\"hi\"\"\",\"\"\n")
    #expect(diagnostics.isEmpty)
    #expect(records[1].fields == ["say \"hi\"", ""])
    #expect(records[1].columns == [1, 14])
}

@Test func newlineInsideQuotesIsKeptAndLinesStayRight() {
    let (records, diagnostics) = readAll("id,note,n\n1,\"line one\nline two\r\nline three\",x\n2,y,z\n")
    #expect(diagnostics.isEmpty)
    #expect(records.count == 3)
    #expect(records[1].line == 2)
    #expect(records[1].fields == ["1", "line one\nline two\r\nline three", "x"])
    #expect(records[1].fieldLines == [2, 2, 4])
    #expect(records[1].columns == [1, 3, 13])
    #expect(records[2].line == 5)
    #expect(records[2].fields == ["2", "y", "z"])
}

@Test func lastLineWithoutNewlineIsRead() {
    #expect(readAll("a,b\n1,2").0.map(\.fields) == [["a", "b"], ["1", "2"]])
    #expect(readAll("a,b\n1,").0.map(\.fields) == [["a", "b"], ["1", ""]])
    #expect(readAll("a,b\n1,\"2\"").0.map(\.fields) == [["a", "b"], ["1", "2"]])
}

@Test func trailingBlankLinesAreIgnored() {
    let (records, diagnostics) = readAll("a,b\n1,2\n\n\r\n\n")
    #expect(diagnostics.isEmpty)
    #expect(records.map(\.fields) == [["a", "b"], ["1", "2"]])
}

@Test func blankLineBetweenRecordsIsARecordOfOneEmptyField() {
    let (records, diagnostics) = readAll("a,b\n1,2\n\n3,4\n")
    #expect(diagnostics == [error(3, 1, "this row has 1 field, but the header has 2")])
    #expect(records.map(\.line) == [1, 2, 4])
    let (single, none) = readAll("a\n1\n\n2\n")
    #expect(none.isEmpty)
    #expect(single.map(\.fields) == [["a"], ["1"], [""], ["2"]])
    #expect(single.map(\.line) == [1, 2, 3, 4])
}

@Test func nonASCIIColumnsCountCharactersNotBytes() {
    let (records, diagnostics) = readAll("名前,Zoë,x\nあいう,é,\"ü\"\n")
    #expect(diagnostics.isEmpty)
    #expect(records[0].columns == [1, 4, 8])
    #expect(records[1].fields == ["あいう", "é", "ü"])
    #expect(records[1].columns == [1, 5, 7])
}

@Test func raggedRowWithTooManyFieldsIsReportedAtFirstExtraField() {
    let (records, diagnostics) = readAll("a,b,c\n1,2,3\nä,2,3,4,5\n4,5,6\n")
    #expect(diagnostics == [error(3, 7, "this row has 5 fields, but the header has 3")])
    #expect(records.map(\.line) == [1, 2, 4])
}

@Test func raggedRowWithTooFewFieldsIsReportedWhereItsLineEnds() {
    let (records, diagnostics) = readAll("a,b,c\n1,2\n4,5,6\n7\r\n")
    #expect(
        diagnostics == [
            error(2, 4, "this row has 2 fields, but the header has 3"),
            error(4, 2, "this row has 1 field, but the header has 3"),
        ])
    #expect(records.map(\.fields) == [["a", "b", "c"], ["4", "5", "6"]])
}

@Test func unexpectedQuoteInUnquotedFieldSkipsTheRecord() {
    let (records, diagnostics) = readAll("name,size\nscreen,15\" wide\nx,y\n")
    let message = "unexpected quote in unquoted field 'size'; quote the whole field and double the quotes inside it"
    #expect(diagnostics == [error(2, 10, message)])
    #expect(records.map(\.fields) == [["name", "size"], ["x", "y"]])
    #expect(records[1].line == 3)
}

@Test func skippedRecordEndsAtLineEndOutsideQuotes() {
    let (records, diagnostics) = readAll("a,b\n1\"x,\"multi\nline\"\n2,3\n")
    let message = "unexpected quote in unquoted field 'a'; quote the whole field and double the quotes inside it"
    #expect(diagnostics == [error(2, 2, message)])
    #expect(records.map(\.fields) == [["a", "b"], ["2", "3"]])
    #expect(records[1].line == 4)
}

@Test func textAfterClosingQuoteSkipsTheRecord() {
    let (records, diagnostics) = readAll("a,b\n\"abc\"def,2\n\"x\"\r\r\n3,4\n")
    let message = "unexpected text after the closing quote of field 'a'; expected a comma or the end of the line"
    #expect(diagnostics == [error(2, 6, message), error(3, 4, message)])
    #expect(records.map(\.fields) == [["a", "b"], ["3", "4"]])
    #expect(records[1].line == 4)
}

@Test func invalidUTF8IsReportedAtTheField() {
    let bytes = Array("a,b\n1,".utf8) + [0xFF, 0x41] + Array("\n\"".utf8) + [0xF0, 0x9F, 0x98] + Array("\",2\n4,5\n".utf8)
    let (records, diagnostics) = readAll(bytes)
    #expect(
        diagnostics == [
            error(2, 3, "invalid UTF-8 in field 'b'; save the file as UTF-8"),
            error(3, 1, "invalid UTF-8 in field 'a'; save the file as UTF-8"),
        ])
    #expect(records.map(\.fields) == [["a", "b"], ["4", "5"]])
    #expect(records[1].line == 4)
}

@Test func unterminatedQuoteIsFatalAndLocatedAtOpeningQuote() {
    let (records, diagnostics) = readAll("a,b\n1,2\n3,\"open\nmore\n4,5\n")
    let message = "unterminated quoted field 'b': the file ends before its closing quote"
    #expect(diagnostics == [error(3, 3, message)])
    #expect(records.map(\.fields) == [["a", "b"], ["1", "2"]])
}

@Test func fieldOverTheLimitIsReportedAndSkipped() {
    let text = "a,b\n1,0123456789abcdefX\n2,\"0123456789abcdef\"\n3,\"0123456789\n0123456789\"\n4,5\n"
    let (records, diagnostics) = readAll(text, maxFieldBytes: 16)
    #expect(
        diagnostics == [
            error(2, 3, "field 'b' is longer than 16 bytes"), error(4, 3, "field 'b' is longer than 16 bytes"),
        ])
    #expect(records.map(\.fields) == [["a", "b"], ["2", "0123456789abcdef"], ["4", "5"]])
    #expect(records.map(\.line) == [1, 3, 6])
    let (_, defaultLimit) = readAll("a\n" + String(repeating: "x", count: (1 << 20) + 1) + "\n")
    #expect(defaultLimit == [error(2, 1, "field 'a' is longer than 1 MiB")])
}

@Test func emptyFileIsAnError() {
    let expected = [error(1, 1, "file is empty: expected a header row")]
    for bytes: [UInt8] in [[], [0xEF, 0xBB, 0xBF]] {
        let (records, diagnostics) = readAll(bytes)
        #expect(records.isEmpty)
        #expect(diagnostics == expected)
    }
}

@Test func brokenHeaderStopsReading() {
    let (records, diagnostics) = readAll("a,b\"c\n1,2\n")
    let message = "unexpected quote in unquoted field 2; quote the whole field and double the quotes inside it"
    #expect(diagnostics == [error(1, 4, message)])
    #expect(records.isEmpty)
}

@Test func fileSpanningManyChunksIsReadFromDisk() throws {
    let folder = try temporaryFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    var bytes = Array("id,text,n\n".utf8)
    var lines = 1
    /// Adds plain rows until `bytes.count` is exactly `offset`.
    func fill(to offset: Int) {
        while offset - bytes.count > 60 {
            bytes += Array("\(lines),plain row,\(lines)\n".utf8)
            lines += 1
        }
        bytes += Array("p,\(String(repeating: "x", count: offset - bytes.count - 5)),p\n".utf8)
        lines += 1
    }
    let chunk = 1 << 16
    fill(to: chunk - 20)  // a quoted field with a line end and a doubled quote straddles the first boundary
    let quotedLine = lines + 1
    bytes += Array("q,\"first line\nsecond \"\"line\"\"\(String(repeating: "y", count: 40))\",q\n".utf8)
    lines += 2
    fill(to: 2 * chunk - 9)  // this row's CR is the last byte of the second chunk
    bytes += Array("c,crlf,c\r\n".utf8)
    lines += 1
    let crlfLine = lines
    fill(to: 3 * chunk - 3)  // the é is split between the third and fourth chunks
    bytes += Array("u,éclair,u\n".utf8)
    lines += 1
    let accentLine = lines
    fill(to: 3 * chunk + 1000)
    let path = folder.appendingPathComponent("big.csv").path
    try Data(bytes).write(to: URL(fileURLWithPath: path))

    let reader = try CSVReader(path: path, displayPath: "big.csv")
    var records: [Int: CSVRecord] = [:]
    while let record = reader.next() { records[record.line] = record }
    #expect(reader.diagnostics.isEmpty)
    #expect(records.count == lines - 1)
    #expect(records[quotedLine]?.fields == ["q", "first line\nsecond \"line\"" + String(repeating: "y", count: 40), "q"])
    #expect(records[quotedLine]?.fieldLines == [quotedLine, quotedLine, quotedLine + 1])
    #expect(records[quotedLine + 2] != nil)
    #expect(records[crlfLine]?.fields == ["c", "crlf", "c"])
    #expect(records[accentLine]?.fields == ["u", "éclair", "u"])
    #expect(records[accentLine]?.columns == [1, 3, 10])
}

@Test func tinyChunksGiveTheSameResultAsOneBuffer() throws {
    let folder = try temporaryFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    let text = "\u{FEFF}a,b,c\r\n\"x\"\"y\",\"\",ü\r\n\n1,\"2\r\n3\",4\n5,6\"7,8\n\"9\"z,1,2\n\r\n€€€,b\r,\"c\"\r\nx,b\r,\"c\"\r\n1,2,3\n"
    let path = folder.appendingPathComponent("tricky.csv").path
    try Data(text.utf8).write(to: URL(fileURLWithPath: path))
    let (expectedRecords, expectedDiagnostics) = readAll(text, maxFieldBytes: 5)
    #expect(expectedRecords.map(\.line) == [1, 2, 4, 10, 11])
    #expect(expectedRecords[3].fields == ["x", "b\r", "c"])
    #expect(expectedDiagnostics.count == 5)
    for size in 4...9 {
        let reader = try CSVReader(path: path, displayPath: "t.csv", maxFieldBytes: 5, chunkSize: size)
        var records: [CSVRecord] = []
        while let record = reader.next() { records.append(record) }
        #expect(records == expectedRecords, "chunk size \(size)")
        #expect(reader.diagnostics == expectedDiagnostics, "chunk size \(size)")
    }
}

@Test func randomInputGivesTheSameResultForAnyChunkSize() throws {
    let folder = try temporaryFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    let alphabet: [[UInt8]] = [[0x61], [0x62], [0x2C], [0x2C], [0x22], [0x0D], [0x0A], [0x0A], [0xC3, 0xA9], [0xFF], [0xEF, 0xBB, 0xBF]]
    var seed: UInt64 = 0x9E37_79B9_7F4A_7C15
    for round in 0..<150 {
        var bytes: [UInt8] = []
        for _ in 0..<(round % 60) {
            seed = seed &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            bytes += alphabet[Int(seed >> 33) % alphabet.count]
        }
        let path = folder.appendingPathComponent("random-\(round).csv").path
        try Data(bytes).write(to: URL(fileURLWithPath: path))
        let (expectedRecords, expectedDiagnostics) = readAll(bytes, maxFieldBytes: 4)
        for size in [4, 5, 7] {
            let reader = try CSVReader(path: path, displayPath: "t.csv", maxFieldBytes: 4, chunkSize: size)
            var records: [CSVRecord] = []
            while let record = reader.next() { records.append(record) }
            #expect(records == expectedRecords, "input \(bytes), chunk size \(size)")
            #expect(reader.diagnostics == expectedDiagnostics, "input \(bytes), chunk size \(size)")
        }
    }
}

@Test func nonexistentPathIsAFileSystemError() throws {
    let folder = try temporaryFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    do {
        _ = try CSVReader(path: folder.appendingPathComponent("missing.csv").path, displayPath: "missing.csv")
        Issue.record("opening a missing file succeeded")
    } catch {
        #expect(error.diagnostics.map(\.description) == ["missing.csv: error: cannot read the file: No such file or directory"])
    }
    do {
        _ = try CSVReader(path: folder.path, displayPath: "data")
        Issue.record("opening a folder succeeded")
    } catch {
        #expect(
            error.diagnostics.map(\.description)
                == ["data: error: not a regular file: it is a folder; disclose reads only regular files"])
    }
}
