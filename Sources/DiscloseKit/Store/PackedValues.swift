/// Typed values of many rows in two flat arrays: a 16-byte slot per value and one buffer for all text.
///
/// Nothing in it is reference-counted per value, so a batch of thousands of rows is built, handed to the
/// writer thread and bound to SQLite (text straight from `bytes`) without a `String` or an enum per field.
struct PackedValues: Sendable {
    /// One value: null, an integer, or text at `payload..<payload+length` of `bytes`.
    struct Slot: Sendable {
        /// The integer, or where the text starts in `bytes`.
        var payload: Int64
        /// The text's byte count; `Slot.null` or `Slot.integer` for the other kinds.
        var length: Int32

        static let null: Int32 = -1
        static let integer: Int32 = -2
    }

    private(set) var slots: [Slot] = []
    private(set) var bytes: [UInt8] = []

    var count: Int { slots.count }

    mutating func appendNull() {
        slots.append(Slot(payload: 0, length: Slot.null))
    }

    mutating func appendInteger(_ value: Int64) {
        slots.append(Slot(payload: value, length: Slot.integer))
    }

    mutating func appendText(_ text: UnsafeBufferPointer<UInt8>) {
        slots.append(Slot(payload: Int64(bytes.count), length: Int32(text.count)))
        bytes.append(contentsOf: text)
    }

    mutating func append(_ value: SQLValue) {
        switch value {
        case .null: appendNull()
        case .integer(let number): appendInteger(number)
        case .real(let number): appendText(number.description)  // no contract column is real
        case .text(let text): appendText(text)
        }
    }

    mutating func appendText(_ text: String) {
        var text = text
        text.withUTF8 { appendText($0) }
    }

    /// Drops every value from the `slot`-th on (a row abandoned half way).
    mutating func truncate(toSlots slot: Int) {
        guard slot < slots.count else { return }
        let first = slots[slot...].first { $0.length >= 0 }
        if let first { bytes.removeSubrange(Int(first.payload)...) }
        slots.removeSubrange(slot...)
    }

    /// The value in slot `index`, as SQLite would return it.
    func value(_ index: Int) -> SQLValue {
        let slot = slots[index]
        switch slot.length {
        case Slot.null: return .null
        case Slot.integer: return .integer(slot.payload)
        default:
            let start = Int(slot.payload)
            return .text(String(decoding: bytes[start..<start + Int(slot.length)], as: UTF8.self))
        }
    }

    /// The integer in slot `index` (nil for null or text).
    func integer(_ index: Int) -> Int64? {
        slots[index].length == Slot.integer ? slots[index].payload : nil
    }

    /// The text bytes of slot `index` (nil for null or an integer).
    func text(_ index: Int) -> ArraySlice<UInt8>? {
        let slot = slots[index]
        guard slot.length >= 0 else { return nil }
        let start = Int(slot.payload)
        return bytes[start..<start + Int(slot.length)]
    }
}
