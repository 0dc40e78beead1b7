import TerminalUI
import WerkbankCore

/// How the koffer panes show an instrument's properties and a deployment's state.
enum InstrumentText {
    static func side(_ side: InstrumentSide) -> String { appText("koffer.side.\(side.rawValue)") }

    static func prerequisite(_ prerequisite: Prerequisite) -> String { appText("koffer.prerequisite.\(prerequisite.rawValue)") }

    /// "3 mnd", or "—" without a maximum.
    static func maxDuration(_ instrument: Instrument) -> String {
        instrument.maxMonths.map { appText("koffer.months", $0) } ?? "—"
    }

    /// "€ 1.150 p/m", "€ 2.500 eenmalig", "—".
    static func cost(_ instrument: Instrument) -> String {
        guard let cost = instrument.cost else { return "—" }
        return appText(instrument.costPerMonth ? "koffer.cost.month" : "koffer.cost.once", DutchDecimal.text(cost))
    }

    /// "4-6", or "alle" when the instrument is for every rung.
    static func rungs(_ instrument: Instrument) -> String {
        let numbers = instrument.rungs.map(\.rawValue).sorted()
        guard let first = numbers.first, let last = numbers.last else { return appText("koffer.all") }
        if numbers.count > 1, last - first == numbers.count - 1 { return "\(first)-\(last)" }
        return numbers.map(String.init).joined(separator: ", ")
    }

    static func targetGroups(_ instrument: Instrument) -> String {
        instrument.targetGroups.isEmpty ? appText("koffer.everybody") : instrument.targetGroups.map(\.label).joined(separator: ", ")
    }

    /// ✓ / ✗ (ASCII `+` / `x`).
    static func mark(_ eligible: Bool, glyphs: Glyphs) -> String {
        if glyphs.isASCII { return eligible ? "+" : "x" }
        return eligible ? "✓" : "✗"
    }

    /// Where a deployment stands on `today`.
    enum State: Int, Comparable, CaseIterable {
        case active, planned, ended, cancelled

        init(_ deployment: InstrumentDeployment, today: Day) {
            if deployment.cancelled { self = .cancelled }
            else if deployment.start > today { self = .planned }
            else if let end = deployment.end, end < today { self = .ended }
            else { self = .active }
        }

        static func < (a: State, b: State) -> Bool { a.rawValue < b.rawValue }

        var label: String { appText("koffer.state.\(self)") }
        var isOver: Bool { self == .ended || self == .cancelled }
    }
}
