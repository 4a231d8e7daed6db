import CSQLite3

/// Binding a row of `PackedValues` without copying its text.
extension Statement {
    /// Binds the values in `slots` to parameters `first`, `first + 1`, …; text points into `bytes` (the
    /// values' buffer), which must stay alive and unchanged until the statement has run (`run()` resets it).
    func bind(_ values: PackedValues, slots: Range<Int>, from first: Int32, bytes: UnsafeBufferPointer<UInt8>) throws(DiscloseError) {
        var parameter = first
        for index in slots {
            let slot = values.slots[index]
            let code: Int32
            switch slot.length {
            case PackedValues.Slot.null: code = sqlite3_bind_null(handle, parameter)
            case PackedValues.Slot.integer: code = sqlite3_bind_int64(handle, parameter, slot.payload)
            default:
                let start = bytes.baseAddress.map { UnsafeRawPointer($0 + Int(slot.payload)).assumingMemoryBound(to: CChar.self) }
                // SQLITE_STATIC (nil): SQLite reads the bytes where they are; an empty text is still text, not NULL.
                code = sqlite3_bind_text(handle, parameter, start ?? Statement.emptyText, slot.length, nil)
            }
            guard code == SQLITE_OK else {
                throw DiscloseError(.database(code: code, message: database.lastErrorMessage, sql: sql))
            }
            parameter += 1
        }
    }

    /// A NUL byte to point at for empty text when a buffer has no storage.
    nonisolated(unsafe) static let emptyText: UnsafePointer<CChar> = {
        let pointer = UnsafeMutablePointer<CChar>.allocate(capacity: 1)
        pointer.initialize(to: 0)
        return UnsafePointer(pointer)
    }()
}
