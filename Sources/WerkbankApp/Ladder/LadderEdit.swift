import TerminalUI
import WerkbankCore

/// The two ladder edits of the dossier, each appending an observation (the whole history is
/// kept): "trede wijzigen" (a new current rung on a date, not in the future and not before the
/// position it replaces) and "verwachte trede" (an expected rung with a target date after today).
/// A reason is mandatory for both.
final class LadderEdit {
    enum Kind {
        /// A new `actueel` observation.
        case move
        /// A new `verwacht` observation with a target date.
        case expect
    }

    let kind: Kind
    let panel: FormPanel
    private let model: AppModel
    private let clientId: String
    private let rungSelect: Select
    private let dateField: TextField
    private let reasonField: TextField

    init(kind: Kind, client: Client, model: AppModel, glyphs: Glyphs, close: @escaping () -> Void) {
        self.kind = kind
        self.model = model
        clientId = client.id
        let position = client.ladderPosition
        let today = model.today
        let initialRung: Rung?
        switch kind {
        case .move:
            initialRung = position.current
            let earliest = (position.actual ?? position.start)?.date
            dateField = FormInputs.dateField(today, glyphs: glyphs) { day in
                if day > today { return appText("ladder.error.future", today.dutch) }
                if let earliest, day < earliest { return appText("ladder.error.before_current", earliest.dutch) }
                return nil
            }
        case .expect:
            initialRung = position.expected?.rung ?? position.current.flatMap { Rung(rawValue: $0.rawValue + 1) ?? $0 }
            let target = position.expected?.targetDate.flatMap { $0 > today ? $0 : nil }
            dateField = FormInputs.dateField(target, glyphs: glyphs) { day in
                day > today ? nil : appText("ladder.error.target_not_after_today", today.dutch)
            }
        }
        rungSelect = Select(options: Rung.allCases.map(LadderEdit.option), selectedIndex: initialRung?.rawValue ?? 0, glyphs: glyphs)
        reasonField = TextField(glyphs: glyphs)
        reasonField.maxLength = 200
        reasonField.validator = { text in
            text.trimmingCharacters(in: .whitespaces).isEmpty ? appText("ladder.error.reason") : nil
        }
        let titleKey = kind == .move ? "ladder.form.move" : "ladder.form.expect"
        let fields = [
            FormField(appText(kind == .move ? "ladder.field.rung" : "ladder.field.expected_rung"), rungSelect, required: true),
            FormField(appText(kind == .move ? "ladder.field.date" : "ladder.field.target_date"), dateField, required: true),
            FormField(appText("ladder.field.reason"), reasonField, required: true),
        ]
        panel = FormPanel(title: appText(titleKey, client.listName), fields: fields, glyphs: glyphs, close: close)
        panel.onSave = { [unowned self] in self.save() }
    }

    /// "3  deelname georganiseerde activiteiten"
    static func option(_ rung: Rung) -> String { "\(rung.rawValue)  \(rung.label)" }

    /// The rung chosen in the form (the legend highlights it).
    var chosenRung: Rung { rungSelect.selectedIndex.flatMap(Rung.init(rawValue:)) ?? .research }

    private func save() -> Bool {
        guard var client = model.client(clientId), let day = FormInputs.day(dateField) else { return false }
        let reason = reasonField.text.trimmingCharacters(in: .whitespaces)
        let rung = chosenRung
        let id = FormInputs.nextId(prefix: client.id + "-t", existing: client.ladder.map(\.id))
        let summary: String
        switch kind {
        case .move:
            let before = client.ladderPosition.current.map { String($0.rawValue) } ?? "–"
            client.ladder.append(LadderObservation(id: id, date: day, kind: .actual, rung: rung, by: model.user.name, reason: reason))
            summary = appText("ladder.summary.move", before, rung.rawValue, reason)
        case .expect:
            client.ladder.append(LadderObservation(id: id, date: model.today, kind: .expected, rung: rung,
                                                   by: model.user.name, reason: reason, targetDate: day))
            summary = appText("ladder.summary.expect", rung.rawValue, day.dutch, reason)
        }
        return model.commit([.putClient(client)], summary: summary, subject: client.id)
    }
}
