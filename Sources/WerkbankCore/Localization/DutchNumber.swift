/// Numbers as a Dutch reader expects them: `1.234` and `41,2` on screen; in CSV without the
/// thousands separator (`1234`, `41,2`) so that Excel-NL reads them as numbers.
public enum DutchNumber {
    public static func integer(_ value: Int, grouped: Bool = true) -> String {
        let digits = String(value.magnitude)
        let sign = value < 0 ? "-" : ""
        guard grouped, digits.count > 3 else { return sign + digits }
        var groups: [Substring] = []
        var end = digits.endIndex
        while end > digits.startIndex {
            let start = digits.index(end, offsetBy: -3, limitedBy: digits.startIndex) ?? digits.startIndex
            groups.insert(digits[start..<end], at: 0)
            end = start
        }
        return sign + groups.joined(separator: ".")
    }

    public static func tenths(_ value: Tenths, grouped: Bool = true) -> String {
        let magnitude = value.tenths.magnitude
        return (value.tenths < 0 ? "-" : "") + integer(Int(magnitude / 10), grouped: grouped) + "," + String(magnitude % 10)
    }

    public static func cents(_ value: Int, grouped: Bool = true) -> String {
        let magnitude = value.magnitude
        let fraction = magnitude % 100
        return (value < 0 ? "-" : "") + integer(Int(magnitude / 100), grouped: grouped) + "," + (fraction < 10 ? "0" : "") + String(fraction)
    }
}

/// Euro amounts, held in whole cents.
public enum Money {
    /// Euros (from the catalogue) to cents, rounded half away from zero.
    public static func cents(_ euros: Double) -> Int { Int((euros * 100).rounded(.toNearestOrAwayFromZero)) }

    /// `1234.56` (JSON).
    static func machineText(cents: Int) -> String {
        let magnitude = cents.magnitude
        let fraction = magnitude % 100
        return (cents < 0 ? "-" : "") + String(magnitude / 100) + "." + (fraction < 10 ? "0" : "") + String(fraction)
    }
}
