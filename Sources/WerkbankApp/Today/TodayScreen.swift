import TerminalUI
import WerkbankCore

/// "Vandaag": every open action due today or earlier across the caseload (a coach's own
/// clients; every client for a supervisor or admin), oldest first with the days overdue.
/// Enter opens the client's dossier, `d` marks the action done (journaled).
final class TodayScreen: Screen {
    let scope = "today"
    private unowned let root: RootView
    private var model: AppModel { root.model }
    private(set) var items: [TodayView.Item] = []
    let table: Table

    init(root: RootView) {
        self.root = root
        table = Table(columns: [
            TableColumn(appText("today.column.due"), width: .fixed(10), sortable: false),
            TableColumn(appText("today.column.late"), width: .fixed(8), alignment: .right, sortable: false),
            TableColumn(appText("today.column.client"), width: .min(20), sortable: false),
            TableColumn(appText("today.column.action"), width: .flex(2), sortable: false),
        ], count: 0, glyphs: root.glyphs) { _ in [] }
        table.cellStyle = { [unowned self] row, column in
            guard column == 1 else { return nil }
            return self.items[row].daysOverdue > 0 ? Style(.error, .bold) : Style(.warning)
        }
        reload()
    }

    /// Re-reads the actions; the selection stays at the same position (the next action after
    /// one was marked done).
    private func reload() {
        let user = model.user
        let data = model.data
        items = user.role == .coach
            ? TodayView.items(clients: data.clients.values.lazy.filter { $0.coach == user.name }, today: model.today)
            : TodayView.items(clients: data.clients.values, today: model.today)
        table.reload(count: items.count) { [unowned self] index in
            let item = self.items[index]
            let late = item.daysOverdue == 0 ? appText("today.due_today") : appText("today.days_late", item.daysOverdue)
            return [item.action.due.dutch, late, item.clientName, item.action.title]
        }
    }

    var title: String {
        let whose = model.user.role == .coach ? model.user.displayName : appText("caseload.all_coaches")
        return appText("today.title", DutchNumber.integer(items.count), whose)
    }

    var statusHint: String {
        appText("today.hint", DutchNumber.integer(items.count), DutchNumber.integer(items.filter { $0.daysOverdue > 0 }.count))
    }

    func willAppear() { reload() }

    func perform(_ command: String) -> Bool {
        switch command {
        case "today.open":
            guard let index = table.selectedRow else { return true }
            root.openDossier(items[index].clientId)
        case "today.done":
            guard let index = table.selectedRow else { return true }
            markDone(items[index])
        default:
            return false
        }
        return true
    }

    private func markDone(_ item: TodayView.Item) {
        model.run(ChangeAction(client: item.clientId, action: item.action, .close(.done)))
        reload()
    }

    func handle(_ event: Event) -> Bool { table.handle(event) }

    func render(_ area: Rect, into buffer: inout Buffer) {
        table.render(area, into: &buffer)
        if items.isEmpty {
            buffer.put(appText("today.empty"), x: area.x + 2, y: area.y + 2, maxWidth: area.width - 4, style: Style(.success))
        }
    }
}
