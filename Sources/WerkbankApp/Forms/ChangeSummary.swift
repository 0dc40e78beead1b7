/// The Dutch one-line description of an edit for the journal and the Historie tab, built from
/// the fields that changed: "postcode 7551 AB → 7552 CD; telefoon gewijzigd".
///
/// Short values are shown old → new; long or private values (phone, e-mail, BSN, free text)
/// only say "gewijzigd". Lists say what was added and removed ("doelgroepen + jongere − ouder").
struct ChangeSummary {
    private(set) var parts: [String] = []

    /// Values longer than this are not repeated in the summary.
    static let longValue = 24

    var isEmpty: Bool { parts.isEmpty }
    var text: String { parts.joined(separator: "; ") }

    /// Notes `label` when `old` and `new` differ.
    mutating func compare(_ label: String, _ old: String, _ new: String, showsValues: Bool = true) {
        guard old != new else { return }
        let short = old.count <= Self.longValue && new.count <= Self.longValue
        if showsValues && short && (old.lowercased().hasPrefix(label.lowercased()) || new.lowercased().hasPrefix(label.lowercased())) {
            // The value names the field itself ("arbeidsplicht opgelegd"): no need to repeat it.
            parts.append(appText("form.summary.value_from_to", shown(old), shown(new)))
        } else if showsValues && short {
            parts.append(appText("form.summary.changed_from_to", label, shown(old), shown(new)))
        } else {
            parts.append(appText("form.summary.changed", label))
        }
    }

    /// Notes an optional value shown through `text` (a date, a code label).
    mutating func compare<Value: Equatable>(_ label: String, _ old: Value?, _ new: Value?,
                                            showsValues: Bool = true, text: (Value) -> String) {
        guard old != new else { return }
        compare(label, old.map(text) ?? "", new.map(text) ?? "", showsValues: showsValues)
    }

    /// Notes additions and removals in a list ("belemmeringen + taal − schulden").
    mutating func compare<Value: Equatable>(_ label: String, list old: [Value], _ new: [Value], text: (Value) -> String) {
        let added = new.filter { !old.contains($0) }.map { "+ " + text($0) }
        let removed = old.filter { !new.contains($0) }.map { "− " + text($0) }
        guard !(added + removed).isEmpty else { return }
        parts.append(([label] + added + removed).joined(separator: " "))
    }

    /// Adds a ready-made part ("actie 'bellen' gedaan").
    mutating func add(_ part: String) { parts.append(part) }

    private func shown(_ value: String) -> String { value.isEmpty ? "—" : value }
}
