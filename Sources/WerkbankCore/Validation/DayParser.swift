/// The outcome of reading a date: a day, text that is no date at all, or a date that does not
/// exist in the calendar (31-02-2017).
public enum DayParse: Equatable, Sendable {
    case day(Day)
    case notADate
    case impossible
}

/// Reads dates the way `Day(parsing:)` does (`dd-mm-jjjj` or `jjjj-mm-dd`, one or two digits
/// for day and month, surrounding spaces allowed), working on UTF-8 bytes so that an import of
/// hundreds of thousands of rows stays fast. It also tells a malformed date from an impossible one.
public enum DayParser {
    public static func parse(_ text: String) -> DayParse {
        var utf8 = text
        return utf8.withUTF8 { parse(bytes: $0) }
    }

    public static func parse(bytes: UnsafeBufferPointer<UInt8>) -> DayParse {
        var start = 0, end = bytes.count
        while start < end, bytes[start] == space || bytes[start] == tab { start += 1 }
        while end > start, bytes[end - 1] == space || bytes[end - 1] == tab { end -= 1 }
        var numbers = (0, 0, 0), lengths = (0, 0, 0), part = 0
        for index in start..<end {
            let byte = bytes[index]
            if byte == dash {
                part += 1
                if part > 2 { return .notADate }
            } else if byte >= zero, byte <= nine {
                let digit = Int(byte - zero)
                switch part {
                case 0: numbers.0 = numbers.0 * 10 + digit; lengths.0 += 1
                case 1: numbers.1 = numbers.1 * 10 + digit; lengths.1 += 1
                default: numbers.2 = numbers.2 * 10 + digit; lengths.2 += 1
                }
                if lengths.0 > 4 || lengths.1 > 4 || lengths.2 > 4 { return .notADate }
            } else {
                return .notADate
            }
        }
        guard part == 2, lengths.0 > 0, lengths.1 > 0, lengths.2 > 0 else { return .notADate }
        let year: Int, month: Int, day: Int
        if lengths.0 == 4, lengths.1 <= 2, lengths.2 <= 2 {
            (year, month, day) = (numbers.0, numbers.1, numbers.2)
        } else if lengths.2 == 4, lengths.0 <= 2, lengths.1 <= 2 {
            (year, month, day) = (numbers.2, numbers.1, numbers.0)
        } else {
            return .notADate
        }
        guard let result = Day(year: year, month: month, day: day) else { return .impossible }
        return .day(result)
    }

    private static let space = UInt8(ascii: " ")
    private static let tab = UInt8(ascii: "\t")
    private static let dash = UInt8(ascii: "-")
    private static let zero = UInt8(ascii: "0")
    private static let nine = UInt8(ascii: "9")
}
