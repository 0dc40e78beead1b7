/// The Dutch citizen service number: nine digits that pass the elfproef
/// (9·d1 + 8·d2 + … + 2·d8 − 1·d9 is divisible by 11).
public enum BSN {
    public static func isValid(_ text: String) -> Bool {
        let digits = text.compactMap { $0.isASCII ? $0.wholeNumberValue : nil }
        guard text.count == 9, digits.count == 9, digits.contains(where: { $0 != 0 }) else { return false }
        var sum = 0
        for (index, digit) in digits.enumerated() {
            sum += index == 8 ? -digit : digit * (9 - index)
        }
        return sum % 11 == 0
    }

    /// Shows only the last three digits: `●●●●●●123`.
    public static func masked(_ bsn: String?) -> String {
        guard let bsn, bsn.count >= 3 else { return "" }
        return String(repeating: "●", count: max(0, bsn.count - 3)) + bsn.suffix(3)
    }
}
