import WerkbankCore

/// Amounts and hours as people type and read them: `12,5`, `1.234,50`, `€ 40`.
enum DutchDecimal {
    /// `12,5`, `1.234,50`, `1.200` (Dutch thousands), `12.5` or `€ 40` as a number; nil when it is none.
    static func parse(_ text: String) -> Double? {
        var cleaned = text.replacingOccurrences(of: "€", with: "").replacingOccurrences(of: " ", with: "")
        let groups = cleaned.split(separator: ".", omittingEmptySubsequences: false)
        let dotsGroupThousands = groups.count > 1 && groups.dropFirst().allSatisfy { $0.count == 3 }
        if cleaned.contains(",") || dotsGroupThousands {
            cleaned = cleaned.replacingOccurrences(of: ".", with: "").replacingOccurrences(of: ",", with: ".")
        }
        guard !cleaned.isEmpty, cleaned.allSatisfy({ $0.isASCII && ($0.isNumber || $0 == "." || $0 == "-") }) else { return nil }
        return Double(cleaned)
    }

    /// `12`, `12,5`, `1.234,56`: a Dutch number with at most two decimals, none when whole.
    static func text(_ value: Double) -> String {
        let text = DutchNumber.cents(Money.cents(value))
        if text.hasSuffix(",00") { return String(text.dropLast(3)) }
        return text.hasSuffix("0") ? String(text.dropLast()) : text
    }
}
