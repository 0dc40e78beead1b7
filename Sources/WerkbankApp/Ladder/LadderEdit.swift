import TerminalUI
import WerkbankCore

/// The two ladder edits of the dossier, each appending an observation (the whole history is
/// kept): "trede wijzigen" (a new current rung on a date, not in the future and not before the
/// position it replaces) and "verwachte trede" (an expected rung with a target date after today).
/// A reason is mandatory for both. "Trede wijzigen" opens with no rung chosen: typing the rung's
/// number chooses it and moves on to the reason (`EditForm.advancesAfterTypedChoice`). The form shows the rung descriptions beside (or under) the
/// fields, the chosen rung highlighted; Esc closes it at once.
final class LadderEdit {
    enum Kind {
        /// A new `actueel` observation.
        case move
        /// A new `verwacht` observation with a target date.
        case expect
    }

    let kind: Kind
    private let model: AppModel
    private let clientId: String
    /// The rung (current or expected) the form was opened with: the basis of the edit.
    private let basis: Rung?
    private let rungInput: ChoiceInput<Rung>
    private let dateInput: DateInput
    private let reasonInput: TextInput

    /// The form for `kind`, ready for `RootView.presentForm`; it keeps its edit alive.
    static func form(_ kind: Kind, client: Client, model: AppModel, glyphs: Glyphs) -> EditForm {
        LadderEdit(kind: kind, client: client, model: model, glyphs: glyphs).makeForm(client: client, glyphs: glyphs)
    }

    private init(kind: Kind, client: Client, model: AppModel, glyphs: Glyphs) {
        self.kind = kind
        self.model = model
        clientId = client.id
        let position = client.ladderPosition
        let today = model.today
        let initialRung: Rung?
        switch kind {
        case .move:
            basis = position.current
            initialRung = nil
            let earliest = (position.actual ?? position.start)?.date
            dateInput = DateInput(today, glyphs: glyphs,
                                  notAfter: (today, { _ in appText("ladder.error.future", today.dutch) }),
                                  notBefore: earliest.map { earliest in (earliest, { _ in appText("ladder.error.before_current", earliest.dutch) }) })
        case .expect:
            basis = position.expected?.rung
            initialRung = position.expected?.rung ?? position.current.flatMap { Rung(rawValue: $0.rawValue + 1) ?? $0 }
            let target = position.expected?.targetDate.flatMap { $0 > today ? $0 : nil }
            dateInput = DateInput(target, glyphs: glyphs,
                                  notBefore: (today.adding(days: 1), { _ in appText("ladder.error.target_not_after_today", today.dutch) }))
        }
        rungInput = ChoiceInput(Rung.allCases.map { ($0, LadderEdit.option($0)) }, selected: initialRung, glyphs: glyphs)
        reasonInput = TextInput("", maxLength: 200, glyphs: glyphs) { text in
            text.trimmingCharacters(in: .whitespaces).isEmpty ? appText("ladder.error.reason") : nil
        }
    }

    /// The form holds the edit through `onSave` (and the legend through the rung input), so the
    /// edit lives exactly as long as the form on screen.
    private func makeForm(client: Client, glyphs: Glyphs) -> EditForm {
        let form = EditForm(title: appText(kind == .move ? "ladder.form.move" : "ladder.form.expect", client.listName), glyphs: glyphs)
        form.origin = FormOrigin(kind: kind == .move ? "ladder.move" : "ladder.expect", context: ["client": client.id])
        form.add(appText(kind == .move ? "ladder.field.rung" : "ladder.field.expected_rung"), rungInput, required: true)
        form.add(appText(kind == .move ? "ladder.field.date" : "ladder.field.target_date"), dateInput, required: true)
        form.add(appText("ladder.field.reason"), reasonInput, required: true)
        let rungInput = rungInput
        form.aside = (RungLegend(glyphs: glyphs) { rungInput.value }, RungLegend.width, RungLegend.height)
        form.asksBeforeDiscarding = false
        form.advancesAfterTypedChoice = true
        form.onSave = { self.save() }
        return form
    }

    /// "3  deelname georganiseerde activiteiten"
    static func option(_ rung: Rung) -> String { "\(rung.rawValue)  \(rung.label)" }

    private func save() -> Bool {
        guard let day = dateInput.day, let rung = rungInput.value else { return false }
        let reason = reasonInput.text
        switch kind {
        case .move: return model.run(MoveRung(client: clientId, to: rung, on: day, reason: reason, basis: basis)) != nil
        case .expect: return model.run(ExpectRung(client: clientId, rung: rung, by: day, reason: reason, basis: basis)) != nil
        }
    }
}

/// Every rung with its description, the one chosen in the ladder form highlighted.
final class RungLegend: View {
    /// Columns and rows the legend wants: a heading and one line per rung.
    static var width: Int {
        max(DisplayWidth.of(appText("ladder.legend")), 2 + (Rung.allCases.map { DisplayWidth.of(LadderEdit.option($0)) }.max() ?? 0))
    }
    static var height: Int { 1 + Rung.allCases.count }
    private let glyphs: Glyphs
    private let chosen: () -> Rung?

    init(glyphs: Glyphs, chosen: @escaping () -> Rung?) {
        self.glyphs = glyphs
        self.chosen = chosen
    }

    func render(_ area: Rect, into buffer: inout Buffer) {
        guard area.height > 1 else { return }
        let chosen = chosen()
        buffer.put(appText("ladder.legend"), x: area.x, y: area.y, maxWidth: area.width, style: Style(.muted))
        for rung in Rung.allCases where rung.rawValue + 1 < area.height {
            let marker = rung == chosen ? glyphs.pointer : " "
            let style = rung == chosen ? Style(Role.rung(rung.rawValue), [.bold, .reverse]) : Style(Role.rung(rung.rawValue))
            let y = area.y + 1 + rung.rawValue
            let x = buffer.put(marker + " ", x: area.x, y: y, style: Style(.accent, .bold))
            buffer.put(LadderEdit.option(rung), x: x, y: y, maxWidth: area.maxX - x, style: style)
        }
    }
}
