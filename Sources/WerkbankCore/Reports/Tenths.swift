/// A number with exactly one decimal, held as an integer count of tenths so that rounding is
/// exact and `41.25` becomes `41.3` (half away from zero), never a binary-fraction surprise.
public struct Tenths: Hashable, Comparable, Sendable, CustomStringConvertible {
    public let tenths: Int

    public init(tenths: Int) { self.tenths = tenths }

    /// `numerator / denominator` rounded to one decimal, half away from zero; nil when the
    /// denominator is 0.
    public init?(_ numerator: Int, over denominator: Int) {
        guard denominator != 0 else { return nil }
        tenths = Tenths.divideRounded(numerator * 10, denominator)
    }

    /// `part / whole × 100` rounded to one decimal, half away from zero; nil when `whole` is 0.
    public static func percentage(_ part: Int, of whole: Int) -> Tenths? {
        Tenths(part * 100, over: whole)
    }

    /// Parses `55`, `55.5` or `55,5` (at most one decimal); nil for anything else.
    public init?(parsing text: String) {
        var digits = Substring(text)
        let negative = digits.first == "-"
        if negative { digits = digits.dropFirst() }
        let parts = digits.split(omittingEmptySubsequences: false) { $0 == "." || $0 == "," }
        guard (1...2).contains(parts.count), parts.allSatisfy({ !$0.isEmpty && $0.allSatisfy { $0.isASCII && $0.isNumber } }),
              parts[0].count <= 12, let whole = Int(parts[0]) else { return nil }
        var value = whole * 10
        if parts.count == 2 {
            guard parts[1].count == 1, let decimal = Int(parts[1]) else { return nil }
            value += decimal
        }
        tenths = negative ? -value : value
    }

    /// `a / b` rounded to the nearest integer, halves away from zero.
    static func divideRounded(_ a: Int, _ b: Int) -> Int {
        let quotient = a / b, remainder = a % b
        guard remainder != 0, 2 * remainder.magnitude >= b.magnitude else { return quotient }
        return (a < 0) == (b < 0) ? quotient + 1 : quotient - 1
    }

    /// `41.2` (JSON, machine text).
    public var description: String {
        let magnitude = tenths.magnitude
        return (tenths < 0 ? "-" : "") + String(magnitude / 10) + "." + String(magnitude % 10)
    }

    public static func < (a: Tenths, b: Tenths) -> Bool { a.tenths < b.tenths }
}
