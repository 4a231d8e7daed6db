#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// Reads a CSV file record by record without loading it whole. Owns its file descriptor (closed in deinit).
///
/// RFC 4180 with UTF-8, an optional BOM, LF or CRLF line ends; the first record is the header and sets the width.
/// Broken records are reported in `diagnostics` and skipped; a broken header or an unterminated quote ends reading.
public final class CSVReader {
    /// Problems found so far, each located with the display path (at most the per-file cap; see `omittedProblems`).
    public private(set) var diagnostics: [Diagnostic] = []
    /// Problems past the per-file cap: counted, not kept (a flood of blank or ragged lines stays small).
    public var omittedProblems: Int { scanner.omittedProblems }
    /// The line of the last problem counted but not kept.
    public var omittedLine: Int { scanner.omittedLine }
    private var scanner: CSVScanner
    /// The bytes read and not yet scanned are `chunk[scanner.position..<scanner.count]`.
    private let chunk: UnsafeMutableBufferPointer<UInt8>
    private var descriptor: Int32

    static let chunkSize = 1 << 16

    /// Opens `path` for reading; throws a file-system error if it cannot be opened.
    public convenience init(path: String, displayPath: String, maxFieldBytes: Int = 1 << 20) throws(DiscloseError) {
        try self.init(path: path, displayPath: displayPath, within: nil, maxFieldBytes: maxFieldBytes, chunkSize: Self.chunkSize)
    }

    /// Opens a data file that must stay inside the data folder `root`.
    convenience init(path: String, within root: String) throws(DiscloseError) {
        try self.init(path: path, displayPath: path, within: root, maxFieldBytes: 1 << 20, chunkSize: Self.chunkSize)
    }

    /// Opens `path`, reading it `chunkSize` bytes (at least 4) at a time; tests use tiny chunks.
    ///
    /// The file must be a regular file whose real path lies inside `root` (when given): see `InputFile`.
    init(path: String, displayPath: String, within root: String? = nil, maxFieldBytes: Int, chunkSize: Int) throws(DiscloseError) {
        descriptor = try InputFile.open(path, within: root, displayPath: displayPath)
        chunk = .allocate(capacity: max(4, chunkSize))
        scanner = CSVScanner(path: displayPath, maxFieldBytes: maxFieldBytes)
        refill(minimum: 3)
        scanner.skipByteOrderMark(UnsafeBufferPointer(chunk))
    }

    /// Reads CSV from memory, for tests and fuzzing.
    public init(bytes: [UInt8], displayPath: String, maxFieldBytes: Int = 1 << 20) {
        descriptor = -1
        chunk = .allocate(capacity: max(1, bytes.count))
        _ = chunk.initialize(from: bytes)
        scanner = CSVScanner(path: displayPath, maxFieldBytes: maxFieldBytes)
        scanner.count = bytes.count
        scanner.inputEnded = true
        scanner.skipByteOrderMark(UnsafeBufferPointer(chunk))
    }

    deinit {
        if descriptor >= 0 { close(descriptor) }
        chunk.deallocate()
    }

    /// The next well-formed record, or nil at the end of the input or after a fatal problem.
    public func next() -> CSVRecord? {
        advance() ? scanner.record.record : nil
    }

    /// Moves to the next well-formed record (false at the end or after a fatal problem); read it with `withRecord`.
    func advance() -> Bool {
        while true {
            switch scanner.step(UnsafeBufferPointer(chunk), &diagnostics) {
            case .record: return true
            case .needInput: refill(minimum: 1)
            case .end, .blanks: return false
            }
        }
    }

    /// Moves to the next well-formed record and hands it over in `record`, whose old storage the reader
    /// reuses for the record after (no copy either way); false at the end or after a fatal problem.
    func advance(into record: inout RawRecord) -> Bool {
        guard advance() else { return false }
        swap(&record, &scanner.record)
        return true
    }

    /// Replaces the chunk with at least `minimum` new bytes, or fewer at the end of the file.
    private func refill(minimum: Int) {
        var count = 0
        defer {
            scanner.position = 0
            scanner.count = count
        }
        while count < minimum {
            let result = read(descriptor, chunk.baseAddress.map { $0 + count }, chunk.count - count)
            if result > 0 {
                count += result
            } else if result < 0, errno == EINTR {
                continue
            } else {
                if result < 0 {
                    let location = SourceLocation(path: scanner.path, line: scanner.line)
                    diagnostics.append(.error(at: location, "cannot read the file: \(Self.describe(errno))"))
                    scanner.finished = true
                }
                scanner.inputEnded = true
                close(descriptor)
                descriptor = -1
                return
            }
        }
    }

    /// The C library's text for an `errno` value, starting lower-case.
    private static func describe(_ code: Int32) -> String {
        let text = String(cString: strerror(code))
        return text.prefix(1).lowercased() + text.dropFirst()
    }
}

/// The byte-level state machine behind `CSVReader`: fed one chunk at a time, it keeps its place between chunks.
struct CSVScanner {
    enum Event {
        /// A record is complete: it is `record` until the next step.
        case record
        /// Blank lines were followed by a record, so they are not trailing: `nextBlank` hands them out.
        case blanks
        case needInput
        case end
    }

    enum State {
        case recordStart, recordStartCR, fieldStart, unquoted, unquotedCR, quoted, quoteInQuoted, afterQuoteCR
    }

    static let comma: UInt8 = 0x2C
    static let quote: UInt8 = 0x22
    static let lf: UInt8 = 0x0A
    static let cr: UInt8 = 0x0D

    let path: String
    let maxFieldBytes: Int
    var state = State.recordStart
    /// The current physical line and the characters already read on it.
    var (line, column) = (1, 0)
    /// The header record, once read (its names are only made text for a message).
    var header: RawRecord?
    var record = RawRecord()
    var field: [UInt8] = []
    var (fieldLine, fieldColumn) = (1, 1)
    /// The whole current field when it lies in the chunk being scanned (so need not be copied into `field`).
    var direct: UnsafeBufferPointer<UInt8>?
    /// The current record had a problem: the rest of it is parsed (to find its end) but not kept.
    var failed = false
    var (pendingBlanks, pendingBlankLine, readyBlanks, nextBlankLine) = (0, 0, 0, 0)
    /// The unscanned bytes of the chunk are `position..<count`.
    var (position, count) = (0, 0)
    var (inputEnded, finished) = (false, false)
    /// Problems kept at most; the rest are counted in `omittedProblems`.
    var keptProblems = ProblemBudget.perFile
    var (omittedProblems, omittedLine) = (0, 0)

    init(path: String, maxFieldBytes: Int) {
        self.path = path
        self.maxFieldBytes = max(0, maxFieldBytes)
    }

    mutating func skipByteOrderMark(_ chunk: UnsafeBufferPointer<UInt8>) {
        if count >= 3, chunk[0] == 0xEF, chunk[1] == 0xBB, chunk[2] == 0xBF { position = 3 }
    }

    /// The next record, or `.needInput` when the chunk is used up, or `.end`.
    mutating func step(_ chunk: UnsafeBufferPointer<UInt8>, _ diagnostics: inout [Diagnostic]) -> Event {
        while !finished {
            cap(&diagnostics)
            if readyBlanks > 0 {
                if nextBlank(&diagnostics) { return .record }
                continue
            }
            if position == count, !inputEnded { return .needInput }
            let event = position < count ? scan(UnsafeBufferPointer(rebasing: chunk[..<count]), &diagnostics) : finish(&diagnostics)
            switch event {
            case .record?: return .record
            case .end?: finished = true
            case .blanks?, .needInput?, nil: continue
            }
        }
        cap(&diagnostics)
        return .end
    }

    /// Keeps at most `keptProblems` diagnostics; counts the rest.
    mutating func cap(_ diagnostics: inout [Diagnostic]) {
        guard diagnostics.count > keptProblems else { return }
        let excess = diagnostics.count - keptProblems
        omittedProblems += excess
        omittedLine = max(omittedLine, diagnostics.last?.location.line ?? 0)
        diagnostics.removeLast(excess)
    }

    /// Ends the input: completes the last record, or reports an unterminated quote or an empty file.
    mutating func finish(_ diagnostics: inout [Diagnostic]) -> Event? {
        switch state {
        case .recordStart:
            if header == nil {
                diagnostics.append(.error(at: location(1, 1), "file is empty: expected a header row"))
            }
            return .end
        case .recordStartCR:
            if let event = releaseBlanks() { return event }
            startRecord()
            return nil
        case .quoted:
            let message = "unterminated quoted field \(fieldName): the file ends before its closing quote"
            diagnostics.append(.error(at: location(fieldLine, fieldColumn), message))
            return .end
        case .fieldStart: beginField(at: column + 1)
        case .unquotedCR: append(Self.cr, &diagnostics)
        case .afterQuoteCR: fail(line, column, textAfterQuote, &diagnostics)
        case .unquoted, .quoteInQuoted: break
        }
        endField(&diagnostics)
        state = .recordStart
        return endRecord(line, column + 1, &diagnostics)
    }

    /// A line end outside quotes at `endColumn`: ends the field and the record.
    mutating func lineEnd(_ endColumn: Int, _ diagnostics: inout [Diagnostic]) -> Event? {
        endField(&diagnostics)
        (line, column, state) = (line + 1, 0, .recordStart)
        return endRecord(line - 1, endColumn, &diagnostics)
    }

    /// Leaves the record-start state before the first byte of a record; a CR already read becomes field text.
    mutating func startRecord() {
        beginRecord()
        if state == .recordStartCR {
            beginField(at: column)
            field.append(Self.cr)
            state = .unquoted
        } else {
            state = .fieldStart
        }
    }

    /// Blank lines before the header are ignored; later ones wait until a record shows they are not trailing.
    mutating func blankLine() {
        if header != nil {
            if pendingBlanks == 0 { pendingBlankLine = line }
            pendingBlanks += 1
        }
        (line, column, state) = (line + 1, 0, .recordStart)
    }

    mutating func releaseBlanks() -> Event? {
        guard pendingBlanks > 0 else { return nil }
        (readyBlanks, nextBlankLine, pendingBlanks) = (pendingBlanks, pendingBlankLine, 0)
        return .blanks
    }

    var textAfterQuote: String {
        "unexpected text after the closing quote of field \(fieldName); expected a comma or the end of the line"
    }
}
