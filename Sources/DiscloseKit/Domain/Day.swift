/// A calendar date of the data contract (`YYYY-MM-DD`), stored as days since 1970-01-01.
public struct Day: Sendable, Hashable, Comparable, CustomStringConvertible {
    public var ordinal: Int

    public init(ordinal: Int) {
        self.ordinal = ordinal
    }

    /// The date for a valid year, month and day; nil when that day does not exist (2025-02-30).
    public init?(year: Int, month: Int, day: Int) {
        guard (1...9999).contains(year), (1...12).contains(month),
            (1...Day.daysIn(month: month, year: year)).contains(day)
        else { return nil }
        // Days from civil (Howard Hinnant's algorithm).
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yoe = y - era * 400
        let mp = (month + 9) % 12
        let doy = (153 * mp + 2) / 5 + day - 1
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
        ordinal = era * 146_097 + doe - 719_468
    }

    /// Parses exactly `YYYY-MM-DD`; nil for any other shape or a day that does not exist.
    public init?(iso text: some StringProtocol) {
        self.init(isoUTF8: text.utf8)
    }

    /// `init?(iso:)` on UTF-8 bytes (a CSV field before it is ever made text).
    init?(isoUTF8 bytes: some Sequence<UInt8>) {
        var (year, month, day, index) = (0, 0, 0, 0)
        for byte in bytes {
            if index == 4 || index == 7 {
                guard byte == UInt8(ascii: "-") else { return nil }
            } else {
                let digit = Int(byte) &- 48
                guard index < 10, (0...9).contains(digit) else { return nil }
                if index < 4 {
                    year = year * 10 + digit
                } else if index < 7 {
                    month = month * 10 + digit
                } else {
                    day = day * 10 + digit
                }
            }
            index += 1
        }
        guard index == 10 else { return nil }
        self.init(year: year, month: month, day: day)
    }

    /// Year, month and day of this date.
    public var components: (year: Int, month: Int, day: Int) {
        let z = ordinal + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let doe = z - era * 146_097
        let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146_096) / 365
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
        let mp = (5 * doy + 2) / 153
        let day = doy - (153 * mp + 2) / 5 + 1
        let month = mp < 10 ? mp + 3 : mp - 9
        return (yoe + era * 400 + (month <= 2 ? 1 : 0), month, day)
    }

    /// `YYYY-MM-DD`
    public var description: String {
        let (year, month, day) = components
        func pad(_ value: Int, _ width: Int) -> String {
            let digits = String(value)
            return String(repeating: "0", count: max(0, width - digits.count)) + digits
        }
        return "\(pad(year, 4))-\(pad(month, 2))-\(pad(day, 2))"
    }

    public static func < (lhs: Day, rhs: Day) -> Bool { lhs.ordinal < rhs.ordinal }

    /// The day after (or `n` days after) this one.
    public func adding(days n: Int) -> Day { Day(ordinal: ordinal + n) }

    static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }
}
