/// A ZIP archive of stored (uncompressed) entries, written in memory: local headers, the data, the central directory
/// and its end record. Every entry has the same fixed time (1980-01-01 00:00), so the bytes depend on the entries
/// alone; names are UTF-8 (flag bit 11).
public struct ZipArchive: Sendable {
    /// Entries in the order they are written.
    public private(set) var entries: [(path: String, bytes: [UInt8])] = []

    public init() {}

    public mutating func add(_ path: String, _ text: String) {
        entries.append((path, Array(text.utf8)))
    }

    /// The archive's bytes.
    public var bytes: [UInt8] {
        var output: [UInt8] = []
        var directory: [UInt8] = []
        for entry in entries {
            let name = Array(entry.path.utf8)
            let crc = CRC32.checksum(entry.bytes)
            let offset = UInt32(output.count)
            var header: [UInt8] = []
            header.append(le32: 0x0403_4b50)
            header.append(le16: 20)  // version needed: 2.0
            header.append(le16: 0x0800)  // UTF-8 names
            header.append(le16: 0)  // stored
            header.append(le16: 0)  // time 00:00:00
            header.append(le16: 0x0021)  // date 1980-01-01
            header.append(le32: crc)
            header.append(le32: UInt32(entry.bytes.count))
            header.append(le32: UInt32(entry.bytes.count))
            header.append(le16: UInt16(name.count))
            header.append(le16: 0)
            output += header + name + entry.bytes

            directory.append(le32: 0x0201_4b50)
            directory.append(le16: 20)  // made by: 2.0, MS-DOS attributes
            directory.append(le16: 20)
            directory.append(le16: 0x0800)
            directory.append(le16: 0)
            directory.append(le16: 0)
            directory.append(le16: 0x0021)
            directory.append(le32: crc)
            directory.append(le32: UInt32(entry.bytes.count))
            directory.append(le32: UInt32(entry.bytes.count))
            directory.append(le16: UInt16(name.count))
            directory.append(le16: 0)  // extra
            directory.append(le16: 0)  // comment
            directory.append(le16: 0)  // disk
            directory.append(le16: 0)  // internal attributes
            directory.append(le32: 0)  // external attributes
            directory.append(le32: offset)
            directory += name
        }
        let directoryOffset = UInt32(output.count)
        output += directory
        output.append(le32: 0x0605_4b50)
        output.append(le16: 0)
        output.append(le16: 0)
        output.append(le16: UInt16(entries.count))
        output.append(le16: UInt16(entries.count))
        output.append(le32: UInt32(directory.count))
        output.append(le32: directoryOffset)
        output.append(le16: 0)
        return output
    }
}

/// The CRC-32 of ZIP (IEEE 802.3, reflected polynomial 0xEDB88320).
public enum CRC32 {
    static let table: [UInt32] = (0..<256).map { index in
        var value = UInt32(index)
        for _ in 0..<8 { value = value & 1 == 1 ? 0xEDB8_8320 ^ (value >> 1) : value >> 1 }
        return value
    }

    public static func checksum(_ bytes: [UInt8]) -> UInt32 {
        var crc: UInt32 = 0xFFFF_FFFF
        for byte in bytes { crc = table[Int((crc ^ UInt32(byte)) & 0xFF)] ^ (crc >> 8) }
        return crc ^ 0xFFFF_FFFF
    }
}

extension [UInt8] {
    mutating func append(le16 value: UInt16) {
        append(UInt8(value & 0xFF))
        append(UInt8(value >> 8))
    }

    mutating func append(le32 value: UInt32) {
        for shift in stride(from: 0, to: 32, by: 8) { append(UInt8((value >> UInt32(shift)) & 0xFF)) }
    }
}
