import TerminalUI
import WerkbankCore

/// The Plan & acties tab's commands; `new` comes from the dossier's `a` on any tab.
enum PlanTabCommand: String, ScreenCommand {
    case edit, done, cancel, new

    static let scope = "dossier-plan"

    var defaultKeys: [Key] {
        switch self {
        case .edit: [.char("e"), .enter]
        case .done: [.char("d")]
        case .cancel: [.char("x")]
        case .new: []
        }
    }

    var isListed: Bool { self != .new }
}

/// Plan & acties: the client's actions with due date and status, open ones first (earliest due
/// first, overdue ones highlighted), then the done and cancelled ones (latest first).
/// `n` new action, `e` edit, `d` done, `x` cancel; each is one journaled edit.
final class PlanTab: CommandTab {
    let title = appText("dossier.tab.plan")
    private let context: DossierContext
    private(set) var actions: [PlanAction] = []
    let table: Table

    init(context: DossierContext) {
        self.context = context
        table = Table(columns: [
            TableColumn(appText("dossier.plan.due"), width: .fixed(10), sortable: false),
            TableColumn(appText("dossier.plan.action"), width: .flex(3), sortable: false),
            TableColumn(appText("dossier.plan.status"), width: .fixed(16), sortable: false),
            TableColumn(appText("dossier.plan.by"), width: .flex(1), sortable: false),
            TableColumn(appText("dossier.plan.done_on"), width: .fixed(10), sortable: false),
        ], count: 0, glyphs: context.glyphs) { _ in [] }
        table.cellStyle = { [unowned self] row, _ in self.isOverdue(self.actions[row]) ? Style(.error, .bold) : nil }
        reload()
    }

    func reload() {
        let all = context.client?.actions ?? []
        let open = all.filter { $0.status == .open }.sorted { ($0.due, $0.id) < ($1.due, $1.id) }
        let closed = all.filter { $0.status != .open }.sorted { ($0.due, $0.id) > ($1.due, $1.id) }
        actions = open + closed
        table.reload(count: actions.count) { [unowned self] row in self.cells(self.actions[row]) }
    }

    private func isOverdue(_ action: PlanAction) -> Bool { action.status == .open && action.due < context.today }

    private func cells(_ action: PlanAction) -> [String] {
        let status = isOverdue(action) ? appText("dossier.plan.overdue", action.status.label) : action.status.label
        return [action.due.dutch, action.title, status, context.displayName(of: action.by), action.doneOn?.dutch ?? ""]
    }

    var statusHint: String {
        let open = actions.filter { $0.status == .open }.count
        let overdue = actions.filter(isOverdue).count
        return appText("dossier.plan.count", actions.count, open, overdue)
    }

    private var selected: PlanAction? { table.selectedRow.map { actions[$0] } }

    func perform(_ command: PlanTabCommand) {
        switch command {
        case .new: openForm(for: nil)
        case .edit: selected.map(openForm)
        case .done: close(with: .done)
        case .cancel: close(with: .cancelled)
        }
    }

    /// Marks the selected open action done (today) or cancelled.
    private func close(with status: ActionStatus) {
        guard let action = selected else { return }
        context.run(ChangeAction(client: context.clientId, action: action, .close(status)))
    }

    /// The form for a new action (nil) or for editing `action`.
    private func openForm(for action: PlanAction?) {
        let glyphs = context.glyphs
        let form = EditForm(title: appText(action == nil ? "dossier.plan.new_title" : "dossier.plan.edit_title"), glyphs: glyphs)
        form.origin = .dossier(client: context.clientId, command: action == nil ? PlanTabCommand.new : .edit, select: action?.id)
        let title = form.add(appText("dossier.plan.action"), TextInput(action?.title ?? "", maxLength: 120, glyphs: glyphs), required: true)
        let due = form.add(appText("dossier.plan.due"), DateInput(action?.due ?? context.today.adding(days: 7), glyphs: glyphs), required: true)
        form.onSave = { [context] in
            guard let dueDay = due.day else { return false }
            guard let action else { return context.run(AddAction(client: context.clientId, title: title.text, due: dueDay)) != nil }
            guard action.title != title.text || action.due != dueDay else { return true }
            return context.run(ChangeAction(client: context.clientId, action: action, .edit(title: title.text, due: dueDay))) != nil
        }
        context.present(form)
    }

    func handle(_ event: Event) -> Bool { table.handle(event) }

    func render(_ area: Rect, into buffer: inout Buffer) {
        buffer.fill(area, with: Cell(" ", style: Style(.text)))
        guard !actions.isEmpty else {
            table.render(area.row(0), into: &buffer)
            buffer.put(" " + appText("dossier.plan.empty"), x: area.x, y: area.y + 2, maxWidth: area.width - 1, style: Style(.muted))
            return
        }
        let titleLines = SelectedTextLines.lines(appText("dossier.plan.action"), selected?.title ?? "", width: area.width)
        let parts = area.rows([.fill, .length(titleLines.count)])
        table.render(parts[0], into: &buffer)
        SelectedTextLines.render(titleLines, in: parts[1], into: &buffer)
    }
}
