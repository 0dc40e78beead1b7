/// Checks of single values, shared by the CSV import, `werkbank check` and the forms.
/// Each returns the value in its normal form, or throws a `FieldProblem` with a Dutch
/// (or English) message.
public enum Validate {
    /// A value that must be present.
    public static func required(_ text: String) throws(FieldProblem) -> String {
        guard text.utf8.contains(where: { $0 != UInt8(ascii: " ") && $0 != UInt8(ascii: "\t") }) else {
            throw FieldProblem(coreText("validation.required"))
        }
        return text
    }

    /// Nine digits that pass the elfproef. Surrounding spaces are dropped.
    public static func bsn(_ text: String) throws(FieldProblem) -> String {
        let trimmed = trimmedSpaces(text)
        guard trimmed.utf8.count == 9, trimmed.utf8.allSatisfy({ $0 >= 48 && $0 <= 57 }) else {
            throw FieldProblem(coreText("validation.bsn_digits", trimmed))
        }
        guard BSN.isValid(trimmed) else { throw FieldProblem(coreText("validation.bsn_elfproef", trimmed)) }
        return trimmed
    }

    /// `dd-mm-jjjj` or `jjjj-mm-dd`; a date that does not exist (31-02-2017) has its own message.
    public static func day(_ text: String) throws(FieldProblem) -> Day {
        switch DayParser.parse(text) {
        case .day(let day): return day
        case .notADate: throw FieldProblem(coreText("validation.not_a_date", text))
        case .impossible: throw FieldProblem(coreText("validation.impossible_date", text))
        }
    }

    /// A Dutch postcode: four digits (not starting with 0), an optional space and two letters.
    /// `1234ab` and `1234 ab` are accepted and returned as `1234 AB`.
    public static func postcode(_ text: String) throws(FieldProblem) -> String {
        var bytes = Array(trimmedSpaces(text).utf8)
        if bytes.count == 7, bytes[4] == UInt8(ascii: " ") { bytes.remove(at: 4) }
        let isDigit = { (b: UInt8) in b >= 48 && b <= 57 }
        let isLetter = { (b: UInt8) in (b >= 65 && b <= 90) || (b >= 97 && b <= 122) }
        guard bytes.count == 6, bytes[0] != 48, bytes[0..<4].allSatisfy(isDigit), bytes[4..<6].allSatisfy(isLetter) else {
            throw FieldProblem(coreText("validation.postcode", text))
        }
        let letters = String(decoding: bytes[4..<6], as: UTF8.self).uppercased()
        return String(decoding: bytes[0..<4], as: UTF8.self) + " " + letters
    }

    /// A rung of the participatieladder: `0` (in onderzoek) to `6`.
    public static func rung(_ text: String) throws(FieldProblem) -> Rung {
        guard let number = Int(trimmedSpaces(text)), let rung = Rung(rawValue: number) else {
            throw FieldProblem(coreText("validation.rung", text))
        }
        return rung
    }

    /// One code of a code list (any letter case, surrounding spaces allowed).
    public static func code<C: CodeList>(_ text: String, as type: C.Type) throws(FieldProblem) -> C {
        guard let value = C(rawValue: text) ?? C(code: text) else {
            throw FieldProblem(coreText("validation.unknown_code", text, C.codes.joined(separator: ", ")))
        }
        return value
    }

    /// A `,`-separated list of codes; empty items and repeats are dropped, order is kept.
    public static func codes<C: CodeList>(_ text: String, as type: C.Type) throws(FieldProblem) -> [C] {
        var result: [C] = []
        for item in text.utf8.split(separator: UInt8(ascii: ",")) {
            let text = trimmedSpaces(String(Substring(item)))
            if text.isEmpty { continue }
            let value = try code(text, as: type)
            if !result.contains(value) { result.append(value) }
        }
        return result
    }

    /// A period must not end before it starts.
    public static func period(start: Day, end: Day?) throws(FieldProblem) {
        if let end, end < start { throw FieldProblem(coreText("validation.end_before_start", end.dutch, start.dutch)) }
    }
}

/// `text` without leading and trailing spaces and tabs; the same string (no copy) when there are none.
func trimmedSpaces(_ text: String) -> String {
    let utf8 = text.utf8
    let isSpace = { (byte: UInt8) in byte == UInt8(ascii: " ") || byte == UInt8(ascii: "\t") }
    guard let first = utf8.first, let last = utf8.last, isSpace(first) || isSpace(last) else { return text }
    guard let start = utf8.firstIndex(where: { !isSpace($0) }), let end = utf8.lastIndex(where: { !isSpace($0) }) else { return "" }
    return String(Substring(utf8[start...end]))
}
