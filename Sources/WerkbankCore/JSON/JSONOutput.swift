/// The bytes being written, with JSON's scalar forms exactly as Foundation's `JSONEncoder`
/// writes them with `.withoutEscapingSlashes`: `"`, `\` and control characters escaped
/// (`\n`, `\t`, …, else `\u001f` in lower-case hex), everything else (`/`, non-ASCII) as is;
/// integers in decimal; floating point as Swift's `description` without a trailing `.0`.
struct JSONOutput {
    var bytes: [UInt8] = []

    mutating func append(_ byte: UInt8) { bytes.append(byte) }

    mutating func append(_ literal: StaticString) {
        bytes.append(contentsOf: UnsafeBufferPointer(start: literal.utf8Start, count: literal.utf8CodeUnitCount))
    }

    mutating func writeString(_ string: String) {
        var string = string
        string.withUTF8 { writeString(utf8: $0) }
    }

    mutating func writeString(utf8: UnsafeBufferPointer<UInt8>) {
        bytes.append(UInt8(ascii: "\""))
        var mark = 0
        for index in 0..<utf8.count {
            let byte = utf8[index]
            guard byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "\\") || byte < 0x20 else { continue }
            bytes.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[mark ..< index]))
            writeEscape(byte)
            mark = index + 1
        }
        bytes.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[mark...]))
        bytes.append(UInt8(ascii: "\""))
    }

    private mutating func writeEscape(_ byte: UInt8) {
        bytes.append(UInt8(ascii: "\\"))
        switch byte {
        case UInt8(ascii: "\""), UInt8(ascii: "\\"): bytes.append(byte)
        case 0x08: bytes.append(UInt8(ascii: "b"))
        case 0x0C: bytes.append(UInt8(ascii: "f"))
        case 0x0A: bytes.append(UInt8(ascii: "n"))
        case 0x0D: bytes.append(UInt8(ascii: "r"))
        case 0x09: bytes.append(UInt8(ascii: "t"))
        default:
            let hex: StaticString = "0123456789abcdef"
            append("u00")
            bytes.append(hex.utf8Start[Int(byte >> 4)])
            bytes.append(hex.utf8Start[Int(byte & 0x0F)])
        }
    }

    /// `"jjjj-mm-dd"`, the same text as `Day.iso`, for years 0...9999; false (nothing written)
    /// for other years, which go through `Day.encode(to:)`.
    mutating func writeISODay(_ day: Day) -> Bool {
        guard (0...9999).contains(day.year) else { return false }
        bytes.append(UInt8(ascii: "\""))
        writeDigits(day.year, count: 4)
        bytes.append(UInt8(ascii: "-"))
        writeDigits(day.month, count: 2)
        bytes.append(UInt8(ascii: "-"))
        writeDigits(day.day, count: 2)
        bytes.append(UInt8(ascii: "\""))
        return true
    }

    /// `value` (not negative) in exactly `count` digits, zero padded.
    private mutating func writeDigits(_ value: Int, count: Int) {
        var divisor = 1
        for _ in 1..<count { divisor *= 10 }
        var rest = value
        while divisor > 0 {
            bytes.append(UInt8(ascii: "0") + UInt8(rest / divisor % 10))
            rest %= divisor
            divisor /= 10
        }
    }

    mutating func writeBool(_ value: Bool) { value ? append("true") : append("false") }

    mutating func writeInteger<T: FixedWidthInteger>(_ value: T) {
        guard value != 0 else { bytes.append(UInt8(ascii: "0")); return }
        if value < 0 { bytes.append(UInt8(ascii: "-")) }
        var magnitude = value.magnitude
        let start = bytes.count
        while magnitude > 0 {
            bytes.append(UInt8(ascii: "0") + UInt8(magnitude % 10))
            magnitude /= 10
        }
        bytes[start...].reverse()
    }

    /// False (and nothing written) for NaN and infinity, which JSON cannot hold.
    mutating func writeFloatingPoint<T: BinaryFloatingPoint & CustomStringConvertible>(_ value: T) -> Bool {
        guard value.isFinite else { return false }
        var text = value.description
        if text.hasSuffix(".0") { text.removeLast(2) }
        text.withUTF8 { bytes.append(contentsOf: $0) }
        return true
    }
}
