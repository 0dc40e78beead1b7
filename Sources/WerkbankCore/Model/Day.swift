import Foundation

/// A calendar date without a time of day (the Dutch "datum"), stored as year/month/day packed in
/// four bytes (a dataset holds millions of dates). Encoded in JSON as `jjjj-mm-dd`; shown on
/// screen as `dd-mm-jjjj`.
public struct Day: Hashable, Comparable, Sendable, Codable, CustomStringConvertible {
    /// `year << 9 | month << 5 | day`: ordered as the dates are.
    private let packed: UInt32

    public var year: Int { Int(packed >> 9) }
    public var month: Int { Int((packed >> 5) & 0xF) }
    public var day: Int { Int(packed & 0x1F) }

    /// From a valid month and day; a year outside 0…8,388,607 (only reachable by adding absurd
    /// numbers of days) is clamped instead of trapping.
    private init(checked year: Int, month: Int, day: Int) {
        packed = UInt32(clamping: min(max(year, 0), 0x7F_FFFF)) << 9 | UInt32(month) << 5 | UInt32(day)
    }

    /// Creates a date only when it exists in the calendar (no 31-04, no 29-02-2023).
    public init?(year: Int, month: Int, day: Int) {
        guard (1...9999).contains(year), (1...12).contains(month),
              day >= 1, day <= Day.daysIn(month: month, year: year) else { return nil }
        self.init(checked: year, month: month, day: day)
    }

    /// Days since 1970-01-01 (negative before), proleptic Gregorian calendar.
    public init(ordinal: Int) {
        // Howard Hinnant's civil_from_days.
        let z = ordinal + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let doe = z - era * 146_097
        let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146_096) / 365
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
        let mp = (5 * doy + 2) / 153
        let d = doy - (153 * mp + 2) / 5 + 1
        let m = mp < 10 ? mp + 3 : mp - 9
        self.init(checked: yoe + era * 400 + (m <= 2 ? 1 : 0), month: m, day: d)
    }

    public var ordinal: Int {
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yoe = y - era * 400
        let mp = (month + 9) % 12
        let doy = (153 * mp + 2) / 5 + day - 1
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
        return era * 146_097 + doe - 719_468
    }

    public static func isLeap(_ year: Int) -> Bool {
        (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
    }

    public static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: return isLeap(year) ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }

    /// Parses `dd-mm-jjjj` (Dutch) or `jjjj-mm-dd` (ISO). Returns nil for text that is
    /// not a date or a date that does not exist.
    public init?(parsing text: String) {
        if let day = Day.parsingISO(text) {
            self = day
            return
        }
        let parts = text.trimmingCharacters(in: .whitespaces).split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 3, parts.allSatisfy({ !$0.isEmpty && $0.allSatisfy(\.isASCII) && $0.allSatisfy(\.isNumber) }) else { return nil }
        let numbers = parts.compactMap { Int($0) }
        guard numbers.count == 3 else { return nil }
        if parts[0].count == 4, parts[1].count <= 2, parts[2].count <= 2 {
            self.init(year: numbers[0], month: numbers[1], day: numbers[2])
        } else if parts[2].count == 4, parts[0].count <= 2, parts[1].count <= 2 {
            self.init(year: numbers[2], month: numbers[1], day: numbers[0])
        } else {
            return nil
        }
    }

    /// Fast path for exactly `jjjj-mm-dd` (the JSON form of every date in a data directory).
    private static func parsingISO(_ text: String) -> Day? {
        var text = text
        return text.withUTF8(parsingISO(utf8:))
    }

    /// Exactly `jjjj-mm-dd` as UTF-8 (a date that exists), else nil. Used by the JSON decoder to
    /// read dates without making a String first.
    static func parsingISO(utf8 bytes: UnsafeBufferPointer<UInt8>) -> Day? {
        guard bytes.count == 10, bytes[4] == 0x2D, bytes[7] == 0x2D else { return nil }
        var fields = (0, 0, 0)
        for (index, byte) in bytes.enumerated() where index != 4 && index != 7 {
            guard byte >= 0x30 && byte <= 0x39 else { return nil }
            let digit = Int(byte - 0x30)
            if index < 4 { fields.0 = fields.0 * 10 + digit } else if index < 7 { fields.1 = fields.1 * 10 + digit } else { fields.2 = fields.2 * 10 + digit }
        }
        return Day(year: fields.0, month: fields.1, day: fields.2)
    }

    /// `dd-mm-jjjj`
    public var dutch: String { pad2(day) + "-" + pad2(month) + "-" + pad4(year) }
    /// `jjjj-mm-dd`
    public var iso: String { pad4(year) + "-" + pad2(month) + "-" + pad2(day) }
    /// `dd-mm`
    public var shortDutch: String { pad2(day) + "-" + pad2(month) }
    public var description: String { dutch }

    public static func < (a: Day, b: Day) -> Bool {
        a.packed < b.packed
    }

    public func adding(days: Int) -> Day { Day(ordinal: ordinal + days) }

    /// Same day number `months` later; clamped to the last day of a shorter month
    /// (31-01 + 1 month = 28-02 or 29-02).
    public func adding(months: Int) -> Day {
        let index = year * 12 + (month - 1) + months
        let y = index / 12, m = index % 12 + 1
        return Day(year: y, month: m, day: min(day, Day.daysIn(month: m, year: y)))!
    }

    public func days(until other: Day) -> Int { other.ordinal - ordinal }

    /// Whole years from `self` (a birth date) to `date`.
    public func age(on date: Day) -> Int {
        var years = date.year - year
        if (date.month, date.day) < (month, day) { years -= 1 }
        return years
    }

    /// 0 = Monday … 6 = Sunday.
    public var weekday: Int { ((ordinal % 7) + 7 + 3) % 7 }

    public var firstOfMonth: Day { Day(year: year, month: month, day: 1)! }

    public static func firstOfYear(_ year: Int) -> Day { Day(year: year, month: 1, day: 1)! }

    /// Today in the local time zone, or `WERKBANK_TODAY` (dd-mm-jjjj or jjjj-mm-dd) when set,
    /// so that tests and demonstrations are reproducible.
    public static func today(environment: [String: String] = ProcessInfo.processInfo.environment) -> Day {
        if let fixed = environment["WERKBANK_TODAY"], let day = Day(parsing: fixed) { return day }
        let now = Date()
        let components = Calendar.current.dateComponents([.year, .month, .day], from: now)
        return Day(year: components.year!, month: components.month!, day: components.day!)!
    }

    public init(from decoder: Decoder) throws {
        let container = try decoder.singleValueContainer()
        let text = try container.decode(String.self)
        guard let parsed = Day(parsing: text) else {
            throw DecodingError.dataCorruptedError(in: container, debugDescription: "not a date: \(text)")
        }
        self = parsed
    }

    public func encode(to encoder: Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(iso)
    }
}

private func pad2(_ n: Int) -> String { n < 10 ? "0\(n)" : "\(n)" }
private func pad4(_ n: Int) -> String {
    let s = String(n)
    return String(repeating: "0", count: max(0, 4 - s.count)) + s
}
