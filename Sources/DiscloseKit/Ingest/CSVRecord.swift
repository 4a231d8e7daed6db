/// One record (row) of a CSV file with where each field starts, a `String` per field (see `RawRecord`).
public struct CSVRecord: Sendable, Hashable {
    /// 1-based physical line where the record starts.
    public var line: Int
    /// The field values, unquoted and unescaped.
    public var fields: [String]
    /// 1-based character (not byte) column where each field starts on its physical line;
    /// for a quoted field, the column of the opening quote.
    public var columns: [Int]
    /// 1-based physical line where each field starts (differs from `line` after a quoted field spanning lines).
    public var fieldLines: [Int]
}

/// How `CSVScanner` turns bytes into fields and fields into records.
extension CSVScanner {
    /// Consumes bytes from `position` until a record, or blank lines to hand out, are complete (nil: chunk used up).
    mutating func scan(_ bytes: UnsafeBufferPointer<UInt8>, _ diagnostics: inout [Diagnostic]) -> Event? {
        var index = position
        defer { position = index }
        let end = bytes.count
        while index < end {
            let byte = bytes[index]
            switch state {
            case .unquoted, .quoted:
                let quoted = state == .quoted
                var stop = index
                var characters = 0
                while stop < end {
                    let next = bytes[stop]
                    if next == Self.quote || next == Self.lf || (!quoted && (next == Self.comma || next == Self.cr)) {
                        break
                    }
                    if next & 0xC0 != 0x80 { characters += 1 }  // count lead bytes: characters, not bytes
                    stop += 1
                }
                if stop > index {
                    let run = UnsafeBufferPointer(rebasing: bytes[index..<stop])
                    let closed = !quoted || (stop < end && bytes[stop] == Self.quote)
                    if field.isEmpty, !failed, run.count <= maxFieldBytes, closed, endsField(bytes, quoted ? stop + 1 : stop) {
                        direct = run
                    } else {
                        append(run, &diagnostics)
                    }
                    column += characters
                    index = stop
                    continue
                }
                index += 1
                if byte == Self.lf, !quoted {
                    if let event = lineEnd(column + 1, &diagnostics) { return event }
                    continue
                }
                column += 1
                switch byte {
                case Self.lf:
                    append(byte, &diagnostics)
                    (line, column) = (line + 1, 0)
                case Self.comma:
                    endField(&diagnostics)
                    state = .fieldStart
                case Self.cr: state = .unquotedCR
                case _ where quoted: state = .quoteInQuoted
                default:  // from here on the quote is an ordinary character of a record that is skipped
                    fail(line, column, "unexpected quote in unquoted field \(fieldName); "
                        + "quote the whole field and double the quotes inside it", &diagnostics)
                }
            case .quoteInQuoted:
                index += 1
                column += 1
                switch byte {
                case Self.quote:
                    append(byte, &diagnostics)
                    state = .quoted
                case Self.comma:
                    endField(&diagnostics)
                    state = .fieldStart
                case Self.lf:
                    if let event = lineEnd(column, &diagnostics) { return event }
                case Self.cr: state = .afterQuoteCR
                default:  // step back: the byte is reported, then read again as unquoted text of a skipped record
                    (index, column) = (index - 1, column - 1)
                    fail(line, column + 1, textAfterQuote, &diagnostics)
                    state = .unquoted
                }
            case .afterQuoteCR, .unquotedCR:
                if byte == Self.lf {
                    index += 1
                    if let event = lineEnd(column, &diagnostics) { return event }
                } else if state == .unquotedCR {
                    append(Self.cr, &diagnostics)
                    state = .unquoted
                } else {
                    fail(line, column, textAfterQuote, &diagnostics)
                    state = .unquoted
                }
            case .fieldStart:
                beginField(at: column + 1)
                switch byte {
                case Self.quote: state = .quoted
                case Self.comma: endField(&diagnostics)
                case Self.lf:
                    index += 1
                    if let event = lineEnd(column + 1, &diagnostics) { return event }
                    continue
                case Self.cr: state = .unquotedCR
                default:
                    state = .unquoted
                    continue
                }
                index += 1
                column += 1
            case .recordStart, .recordStartCR:
                if byte == Self.lf {
                    index += 1
                    blankLine()
                } else if state == .recordStart, byte == Self.cr {
                    index += 1
                    column += 1
                    state = .recordStartCR
                } else {
                    // Blank lines are handed out before the record starts: they take its place in `record`.
                    if let event = releaseBlanks() { return event }
                    startRecord()
                }
            }
        }
        return nil
    }

    /// Starts a record at the current line.
    mutating func beginRecord() {
        failed = false
        record.reset(line: line)
    }

    /// Starts a field at `column` of the current line.
    mutating func beginField(at column: Int) {
        (fieldLine, fieldColumn) = (line, column)
    }

    /// Adds bytes to the current field, unless the record already failed or the field grows past the limit.
    mutating func append(_ run: UnsafeBufferPointer<UInt8>, _ diagnostics: inout [Diagnostic]) {
        guard !failed else { return }
        guard field.count + run.count <= maxFieldBytes else {
            fail(fieldLine, fieldColumn, "field \(fieldName) is longer than \(limitText)", &diagnostics)
            return
        }
        field.append(contentsOf: run)
    }

    /// Adds one byte to the current field.
    mutating func append(_ byte: UInt8, _ diagnostics: inout [Diagnostic]) {
        withUnsafePointer(to: byte) { append(UnsafeBufferPointer(start: $0, count: 1), &diagnostics) }
    }

    /// Ends the current field: checks its UTF-8 and adds its bytes to the record (none once the record failed).
    mutating func endField(_ diagnostics: inout [Diagnostic]) {
        var keep = false
        if !failed {
            keep = direct.map(UTF8Validator.isWellFormed) ?? field.withUnsafeBufferPointer(UTF8Validator.isWellFormed)
            if !keep { fail(fieldLine, fieldColumn, "invalid UTF-8 in field \(fieldName); save the file as UTF-8", &diagnostics) }
        }
        let (column, line) = (fieldColumn, fieldLine)
        if keep, let direct {
            record.append(direct, column: column, line: line)
        } else if keep {
            field.withUnsafeBufferPointer { record.append($0, column: column, line: line) }
        } else {
            record.append(UnsafeBufferPointer(start: nil, count: 0), column: column, line: line)
        }
        direct = nil
        if !field.isEmpty { field.removeAll(keepingCapacity: true) }
    }

    /// Ends the record whose last line ends at `endLine`:`endColumn`; the record, or nil when it was dropped.
    /// A ragged row with too many fields is located at its first extra field; with too few, where its line ends.
    mutating func endRecord(_ endLine: Int, _ endColumn: Int, _ diagnostics: inout [Diagnostic]) -> Event? {
        if failed {
            // Without a header there is no width to check the rest against: stop.
            return header == nil ? .end : nil
        }
        guard let width = header?.count else {
            header = record
            return .record
        }
        let count = record.count
        if count == width { return .record }
        let line = count > width ? record.marks[width].line : endLine
        let column = count > width ? record.marks[width].column : endColumn
        diagnostics.append(.error(at: location(line, column), raggedMessage(found: count)))
        return nil
    }

    /// A blank line between records becomes a record of one empty field (ragged unless the header has one column);
    /// true when it is one (then it is `record`).
    mutating func nextBlank(_ diagnostics: inout [Diagnostic]) -> Bool {
        let line = nextBlankLine
        (nextBlankLine, readyBlanks) = (line + 1, readyBlanks - 1)
        if header?.count == 1 {
            record.reset(line: line)
            record.append(UnsafeBufferPointer(start: nil, count: 0), column: 1, line: line)
            return true
        }
        if diagnostics.count >= keptProblems {  // a flood of blank lines: counted, not built
            (omittedProblems, omittedLine) = (omittedProblems + 1, line)
            return false
        }
        diagnostics.append(.error(at: location(line, 1), raggedMessage(found: 1)))
        return false
    }

    /// Marks the record as failed and reports why, unless it already failed.
    mutating func fail(_ line: Int, _ column: Int, _ message: String, _ diagnostics: inout [Diagnostic]) {
        guard !failed else { return }
        failed = true
        diagnostics.append(.error(at: location(line, column), message))
        direct = nil
        if !field.isEmpty { field.removeAll(keepingCapacity: true) }
    }

    func location(_ line: Int, _ column: Int) -> SourceLocation {
        SourceLocation(path: path, line: line, column: column)
    }

    /// The current field as named in messages: `'course'` from the header, else its 1-based position.
    var fieldName: String {
        let index = record.count
        if let header, index < header.count, !header.range(index).isEmpty { return "'\(header.string(index))'" }
        return "\(index + 1)"
    }

    func raggedMessage(found: Int) -> String {
        let expected = header?.count ?? 0
        return "this row has \(found) field\(found == 1 ? "" : "s"), but the header has \(expected)"
    }

    var limitText: String {
        if maxFieldBytes >= 1 << 20, maxFieldBytes % (1 << 20) == 0 { return "\(maxFieldBytes >> 20) MiB" }
        if maxFieldBytes >= 1 << 10, maxFieldBytes % (1 << 10) == 0 { return "\(maxFieldBytes >> 10) KiB" }
        return "\(maxFieldBytes) byte\(maxFieldBytes == 1 ? "" : "s")"
    }

    /// Whether a comma or line end (LF or CRLF) starts at `index` of the chunk.
    func endsField(_ bytes: UnsafeBufferPointer<UInt8>, _ index: Int) -> Bool {
        guard index < bytes.count else { return false }
        let byte = bytes[index]
        return byte == Self.comma || byte == Self.lf || (byte == Self.cr && index + 1 < bytes.count && bytes[index + 1] == Self.lf)
    }
}
