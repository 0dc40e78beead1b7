import TerminalUI
import WerkbankCore

/// Reading what a person typed into the ladder and instrument forms: dates `dd-mm-jjjj` and
/// Dutch numbers (`12,5`, `1.234,50`), with messages that say what is wrong.
enum FormInputs {
    /// A date field (`dd-mm-jjjj` mask) holding `day`; `rule` checks a complete, existing date.
    static func dateField(_ day: Day?, glyphs: Glyphs, rule: ((Day) -> String?)? = nil) -> TextField {
        let field = TextField(text: day?.dutch ?? "", mask: .date, glyphs: glyphs)
        field.incompleteMessage = appText("ladder.input.date_incomplete")
        field.validator = { text in
            switch DayParser.parse(text) {
            case .day(let day): return rule?(day)
            case .notADate: return appText("ladder.input.date_invalid")
            case .impossible: return appText("ladder.input.date_impossible", text)
            }
        }
        return field
    }

    /// The date in a date field, nil when empty or not a valid date.
    static func day(_ field: TextField) -> Day? {
        if case .day(let day) = DayParser.parse(field.text) { return day }
        return nil
    }

    /// A number field holding `value`; text that is no number gets a message.
    static func numberField(_ value: Double?, glyphs: Glyphs) -> TextField {
        let field = TextField(text: value.map(decimalText) ?? "", glyphs: glyphs)
        field.validator = { text in number(text) == nil ? appText("ladder.input.number") : nil }
        return field
    }

    /// `12,5`, `1.234,50`, `1.200` (Dutch thousands), `12.5` or `€ 40` as a number; nil when it is none.
    static func number(_ text: String) -> Double? {
        var cleaned = text.replacingOccurrences(of: "€", with: "").replacingOccurrences(of: " ", with: "")
        let groups = cleaned.split(separator: ".", omittingEmptySubsequences: false)
        let dotsGroupThousands = groups.count > 1 && groups.dropFirst().allSatisfy { $0.count == 3 }
        if cleaned.contains(",") || dotsGroupThousands {
            cleaned = cleaned.replacingOccurrences(of: ".", with: "").replacingOccurrences(of: ",", with: ".")
        }
        guard !cleaned.isEmpty, cleaned.allSatisfy({ $0.isASCII && ($0.isNumber || $0 == "." || $0 == "-") }) else { return nil }
        return Double(cleaned)
    }

    /// The number in a number field; nil when empty (or invalid, which its validator reports).
    static func number(_ field: TextField) -> Double? { field.isEmpty ? nil : number(field.text) }

    /// `12`, `12,5`, `1.234,56`: a Dutch number with at most two decimals, none when whole.
    static func decimalText(_ value: Double) -> String {
        let text = DutchNumber.cents(Money.cents(value))
        if text.hasSuffix(",00") { return String(text.dropLast(3)) }
        return text.hasSuffix("0") ? String(text.dropLast()) : text
    }

    /// A new id `<prefix><n>` not used in `existing` (client records number their children:
    /// `K0001-t4`, `K0001-i2`).
    static func nextId(prefix: String, existing: [String]) -> String {
        let used = Set(existing)
        var number = existing.count + 1
        while used.contains(prefix + String(number)) { number += 1 }
        return prefix + String(number)
    }
}
