import Foundation

/// New ids that two writers cannot both make: a prefix, the time in seconds (base 36) and six
/// random base-36 characters, e.g. `K000123-n` + `t2x9qa` + `k3f0zz` → `K000123-nt2x9qak3f0zz`.
/// A clash would need the same prefix, second and six random characters (one in two billion),
/// and `Store.run` refuses an id that is taken anyway.
public enum RecordID {
    private static let digits = Array("0123456789abcdefghijklmnopqrstuvwxyz")

    public static func make(_ prefix: String, now: Date = Date()) -> String {
        var random = SystemRandomNumberGenerator()
        let time = base36(Int(now.timeIntervalSince1970))
        let tail = String((0..<6).map { _ in digits[Int(random.next(upperBound: UInt64(digits.count)))] })
        return prefix + time + tail
    }

    static func base36(_ value: Int) -> String {
        guard value > 0 else { return "0" }
        var value = value
        var text: [Character] = []
        while value > 0 {
            text.append(digits[value % 36])
            value /= 36
        }
        return String(text.reversed())
    }
}
