/// One record as the scanner holds it: every field's bytes back to back, no `String` per field.
///
/// The scanner refills the same record for every row (its arrays keep their capacity), so reading a
/// file allocates per file, not per row or per field. `CSVRecord` is the same record with `String`s.
struct RawRecord {
    /// 1-based physical line where the record starts.
    var line = 1
    /// The fields' UTF-8 bytes, unquoted and unescaped, one after another.
    var bytes: [UInt8] = []
    /// Where each field ends in `bytes` (the next one starts there) and where it starts in the file.
    var marks: [FieldMark] = []

    /// The end of one field in `bytes`, and its 1-based line and character column (the opening quote of a
    /// quoted field) in the file.
    struct FieldMark {
        var end: Int
        var column: Int
        var line: Int
    }

    var count: Int { marks.count }

    /// Where field `index` lies in `bytes`.
    func range(_ index: Int) -> Range<Int> {
        (index == 0 ? 0 : marks[index - 1].end)..<marks[index].end
    }

    /// 1-based character column where field `index` starts on its line.
    func column(_ index: Int) -> Int { marks[index].column }

    /// Field `index` as text (the scanner only keeps well-formed UTF-8).
    func string(_ index: Int) -> String {
        String(decoding: bytes[range(index)], as: UTF8.self)
    }

    /// The same record with a `String` per field.
    var record: CSVRecord {
        CSVRecord(line: line, fields: (0..<count).map(string), columns: marks.map(\.column), fieldLines: marks.map(\.line))
    }

    /// Empties the record for the one starting at `line`, keeping the arrays' capacity.
    mutating func reset(line: Int) {
        self.line = line
        if !bytes.isEmpty { bytes.removeAll(keepingCapacity: true) }
        if !marks.isEmpty { marks.removeAll(keepingCapacity: true) }
    }

    /// Adds a field holding `value` (an empty buffer for an empty field).
    mutating func append(_ value: UnsafeBufferPointer<UInt8>, column: Int, line fieldLine: Int) {
        if !value.isEmpty { bytes.append(contentsOf: value) }
        marks.append(FieldMark(end: bytes.count, column: column, line: fieldLine))
    }
}
