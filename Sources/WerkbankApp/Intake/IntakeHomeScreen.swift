import TerminalUI
import WerkbankCore

/// The intake overview's commands.
enum IntakeHomeCommand: String, ScreenCommand {
    case new, open, discard

    static let scope = "intake"

    var defaultKeys: [Key] {
        switch self {
        case .new: [.char("n")]
        case .open: [.enter]
        case .discard: [.char("x")]
        }
    }
}

/// The intaker's overview (F2): their drafts ("concept hervatten") and everything that waits —
/// meldingen without aanvraag, aanvragen without besluit, intakes still to do — with how many
/// days each waits and the end of the zoektijd. `n` starts a new melding, Enter opens a line.
final class IntakeHomeScreen: CommandScreen {
    private unowned let root: RootView
    private var model: AppModel { root.model }
    private enum Row {
        case draft(Draft, IntakeForm)
        case item(IntakeItem)
    }
    private var rows: [Row] = []
    private let table: Table

    init(root: RootView) {
        self.root = root
        table = Table(columns: [
            TableColumn(appText("intake.column.status"), width: .fixed(14)),
            TableColumn(appText("intake.column.name"), width: .min(16)),
            TableColumn(appText("intake.column.since"), width: .fixed(10)),
            TableColumn(appText("intake.column.days"), width: .fixed(5), alignment: .right),
            TableColumn(appText("intake.column.decision_due"), width: .fixed(13)),
            TableColumn(appText("intake.column.search_period"), width: .fixed(12)),
            // Cut first when the terminal is narrow.
            TableColumn(appText("intake.column.number"), width: .fixed(8)),
            TableColumn(appText("intake.column.born"), width: .fixed(10)),
            TableColumn(appText("intake.column.channel"), width: .fixed(9)),
            TableColumn(appText("intake.column.question"), width: .flex(2)),
        ], count: 0, glyphs: root.glyphs) { _ in [] }
        table.onActivate = { [unowned self] index in self.open(index) }
        table.cellStyle = { [unowned self] row, column in self.style(row: row, column: column) }
        reload()
    }

    var title: String { appText("intake.home.title") }

    func willAppear() { reload() }

    /// The user's own drafts of intake forms, newest first.
    static func drafts(of user: String, in data: Dataset) -> [(Draft, IntakeForm)] {
        data.drafts.values.filter { $0.user == user }
            .compactMap { draft in IntakeForm(draft: draft).map { (draft, $0) } }
            .sorted { ($0.0.updated, $0.0.id) > ($1.0.updated, $1.0.id) }
    }

    private func reload() {
        rows = IntakeHomeScreen.drafts(of: model.user.name, in: model.data).map { Row.draft($0.0, $0.1) }
            + IntakeOverview.items(model.data, today: model.today).map(Row.item)
        table.reload(count: rows.count) { [unowned self] index in self.cells(index) }
    }

    private func cells(_ index: Int) -> [String] {
        switch rows[index] {
        case .draft(let draft, let form):
            let updated = Day(parsing: String(draft.updated.prefix(10)))
            return [appText("intake.status.draft", appText("intake.kind.\(form.kind.rawValue)")), draftName(form),
                    updated?.dutch ?? "", updated.map { String(max(0, $0.days(until: model.today))) } ?? "",
                    "", "", draft.id]
        case .item(let item):
            let melding = model.data.meldingen[item.meldingId]
            return [appText("intake.status.\(item.status.rawValue)"), item.name, item.since.dutch,
                    String(item.ageInDays), decisionDeadline(item)?.dutch ?? "", item.searchPeriodEnd?.dutch ?? "",
                    item.meldingId, melding?.birthDate?.dutch ?? "", melding?.channel ?? "", melding?.question ?? ""]
        }
    }

    /// The last day to decide on an aanvraag (8 weeks after it was filed); nil once decided.
    private func decisionDeadline(_ item: IntakeItem) -> Day? {
        model.data.meldingen[item.meldingId].flatMap(Worklists.decisionDeadline)
    }

    private func draftName(_ form: IntakeForm) -> String { IntakeHomeScreen.name(of: form, in: model.data) }

    /// Who a form is about: the name typed, else the client's or the melding's.
    static func name(of form: IntakeForm, in data: Dataset) -> String {
        if !form.personName.isEmpty { return form.personName }
        if let id = form.clientId, let client = data.clients[id] { return client.fullName }
        return form.meldingId.flatMap { data.meldingen[$0]?.name } ?? ""
    }

    private func style(row: Int, column: Int) -> Style? {
        switch rows[row] {
        case .draft: return Style(.accent)
        case .item(let item):
            if column == 3, item.ageInDays > 14 { return Style(.warning, .bold) }
            if column == 4, let due = decisionDeadline(item), due.days(until: model.today) > -14 { return Style(.warning, .bold) }
            if column == 5, let end = item.searchPeriodEnd { return end < model.today ? Style(.muted) : Style(.accent) }
            return nil
        }
    }

    // MARK: commands

    func perform(_ command: IntakeHomeCommand) {
        switch command {
        case .new:
            root.push(IntakeFormScreen(root: root, form: IntakeHomeScreen.newMelding(today: model.today)))
        case .open:
            if let index = table.selectedRow { open(index) }
        case .discard:
            guard let index = table.selectedRow, case .draft(let draft, let form) = rows[index] else { return }
            root.confirm(title: appText("intake.discard.title"), message: appText("intake.discard.message", draftName(form))) { [unowned self] in
                if self.model.run(DiscardDraft(draft.id)) != nil {
                    self.model.status = StatusMessage(appText("intake.draft_discarded", self.draftName(form)), severity: .success)
                }
                self.reload()
            }
        }
    }

    static func newMelding(today: Day) -> IntakeForm {
        IntakeForm(kind: .melding, values: [.meldingDate: today.dutch])
    }

    private func open(_ index: Int) {
        guard rows.indices.contains(index) else { return }
        switch rows[index] {
        case .draft(let draft, let form):
            resume(draft, form)
        case .item(let item):
            let form: IntakeForm
            switch item.status {
            case .melding, .application:
                guard let melding = model.data.meldingen[item.meldingId] else { return }
                form = IntakeHomeScreen.decisionForm(for: melding)
            case .intake:
                guard let client = item.clientId.flatMap({ model.client($0) }) else { return }
                form = IntakeRecords.intakeForm(for: client, meldingId: item.meldingId)
            }
            // A draft of the same form is resumed instead of starting again.
            if let existing = IntakeHomeScreen.drafts(of: model.user.name, in: model.data)
                .first(where: { $0.1.kind == form.kind && $0.1.meldingId == form.meldingId && $0.1.clientId == form.clientId }) {
                resume(existing.0, existing.1)
            } else {
                root.push(IntakeFormScreen(root: root, form: form))
            }
        }
    }

    func resume(_ draft: Draft, _ form: IntakeForm) {
        root.push(IntakeFormScreen(root: root, form: form, draftId: draft.id))
    }

    /// The besluit form with what the melding already holds.
    static func decisionForm(for melding: Melding) -> IntakeForm {
        var form = IntakeForm(kind: .decision, meldingId: melding.id, clientId: melding.clientId)
        form[.applicationDate] = melding.applicationDate?.dutch ?? ""
        form[.earlyReason] = melding.earlyApplicationReason
        form[.noApplicationReason] = melding.noApplicationReason?.code ?? ""
        form[.decision] = melding.decision?.code ?? ""
        form[.decisionDate] = melding.decisionDate?.dutch ?? ""
        form[.decisionReason] = melding.decisionReason
        return form
    }

    // MARK: drawing

    func handle(_ event: Event) -> Bool { table.handle(event) }

    var statusHint: String {
        let counts = Dictionary(grouping: rows.compactMap { row -> IntakeItem.Status? in
            if case .item(let item) = row { return item.status } else { return nil }
        }, by: { $0 }).mapValues(\.count)
        return appText("intake.home.hint", counts[.melding] ?? 0, counts[.application] ?? 0, counts[.intake] ?? 0,
                       rows.count - counts.values.reduce(0, +))
    }

    func render(_ area: Rect, into buffer: inout Buffer) {
        buffer.fill(area, with: Cell(" ", style: Style(.text)))
        guard area.height > 3 else { return }
        buffer.put(appText("intake.home.keys"), x: area.x + 1, y: area.y, maxWidth: area.width - 2, style: Style(.muted))
        let tableArea = Rect(x: area.x + 1, y: area.y + 2, width: max(0, area.width - 2), height: area.height - 2)
        if rows.isEmpty {
            buffer.put(appText("intake.home.empty"), x: tableArea.x, y: tableArea.y, maxWidth: tableArea.width, style: Style(.success))
        } else {
            table.render(tableArea, into: &buffer)
        }
    }
}
