import TerminalUI
import WerkbankCore

/// The agenda's commands.
enum TodayCommand: String, ScreenCommand {
    case open, done

    static let scope = "today"

    var defaultKeys: [Key] {
        switch self {
        case .open: [.enter]
        case .done: [.char("d")]
        }
    }
}

/// The agenda (F9): what is overdue and what comes up this week and next across the caseload
/// (a coach's own clients; every client for a supervisor or admin): open actions,
/// beslistermijnen, re-assessments, ending exemptions and clients going uit beeld, by day and
/// kind (the date shows once per day). Enter opens the client's dossier, `d` marks an action
/// done (journaled).
final class TodayScreen: CommandScreen {
    private unowned let root: RootView
    private var model: AppModel { root.model }
    private(set) var items: [Agenda.Item] = []
    let table: Table

    init(root: RootView) {
        self.root = root
        table = Table(columns: [
            TableColumn(appText("today.column.due"), width: .fixed(TodayScreen.dayWidth), sortable: false),
            TableColumn(appText("today.column.late"), width: .fixed(11), alignment: .right, sortable: false),
            TableColumn(appText("today.column.kind"), width: .fixed(Agenda.Kind.allCases.map { DisplayWidth.of($0.label) }.max() ?? 14),
                        sortable: false),
            TableColumn(appText("today.column.client"), width: .fixed(18), sortable: false),
            TableColumn(appText("today.column.action"), width: .flex(2), sortable: false),
        ], count: 0, glyphs: root.glyphs) { _ in [] }
        table.cellStyle = { [unowned self] row, column in
            guard column == 1 || column == 2 else { return nil }
            let late = self.items[row].daysLate
            return late > 0 ? Style(.error, .bold) : late == 0 ? Style(.warning) : Style(.muted)
        }
        reload()
    }

    /// Re-reads the agenda; the selection stays at the same position (the next item after an
    /// action was marked done).
    private func reload() {
        let user = model.user
        let data = model.data
        let mine = user.role == .coach
        items = Agenda.items(clients: mine ? AnySequence(data.clients.values.lazy.filter { $0.coach == user.name }) : AnySequence(data.clients.values),
                             meldingen: Array(data.meldingen.values), includeUnlinked: !mine,
                             today: model.today, settings: data.settings)
        let items = self.items
        table.reload(count: items.count) { index in
            let item = items[index]
            let sameDay = index > 0 && items[index - 1].due == item.due
            return [sameDay ? "" : TodayScreen.dayText(item.due), TodayScreen.lateText(item.daysLate),
                    item.kind.label, item.clientName, item.detail]
        }
    }

    /// "ma 23-11-2026"
    static func dayText(_ day: Day) -> String { appText("today.weekday.\(day.weekday)") + " " + day.dutch }

    /// The widest day text in the current language ("wo 08-04-2015", "Wed 08-04-2015").
    static var dayWidth: Int { (0..<7).map { DisplayWidth.of(appText("today.weekday.\($0)")) }.max()! + 1 + 10 }

    /// "3 d te laat", "vandaag", "over 4 d".
    static func lateText(_ daysLate: Int) -> String {
        daysLate > 0 ? appText("today.days_late", daysLate) : daysLate == 0 ? appText("today.due_today") : appText("today.days_ahead", -daysLate)
    }

    var title: String {
        let whose = model.user.role == .coach ? model.user.displayName : appText("caseload.all_coaches")
        return appText("today.title", DutchNumber.integer(items.count), whose)
    }

    var statusHint: String {
        appText("today.hint", DutchNumber.integer(items.count), DutchNumber.integer(items.filter { $0.daysLate > 0 }.count))
    }

    func willAppear() { reload() }

    func perform(_ command: TodayCommand) {
        guard let index = table.selectedRow else { return }
        switch command {
        case .open:
            guard let clientId = items[index].clientId else {
                model.status = StatusMessage(appText("today.no_client"), severity: .warning)
                return
            }
            root.openDossier(clientId)
        case .done:
            markDone(items[index])
        }
    }

    private func markDone(_ item: Agenda.Item) {
        guard item.kind == .action, let clientId = item.clientId else {
            model.status = StatusMessage(appText("today.not_action", item.kind.label), severity: .warning)
            return
        }
        guard let action = model.client(clientId)?.actions.first(where: { $0.id == item.recordId }) else { return }
        model.run(ChangeAction(client: clientId, action: action, .close(.done)))
        reload()
    }

    func handle(_ event: Event) -> Bool { table.handle(event) }

    func render(_ area: Rect, into buffer: inout Buffer) {
        let detail = table.selectedRow.map { items[$0].detail } ?? ""
        let detailLines = SelectedTextLines.lines(appText("today.column.action"), detail, width: area.width)
        let parts = area.rows([.fill, .length(detailLines.count)])
        table.render(parts[0], into: &buffer)
        SelectedTextLines.render(detailLines, in: parts[1], into: &buffer)
        if items.isEmpty {
            buffer.put(appText("today.empty"), x: area.x + 2, y: area.y + 2, maxWidth: area.width - 4, style: Style(.success))
        }
    }
}
