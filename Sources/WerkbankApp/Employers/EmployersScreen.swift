import TerminalUI
import WerkbankCore

/// The employers and their vacancies.
enum EmployersCommand: String, ScreenCommand {
    case open, back, new, edit, vacancy

    static let scope = "employers"

    var defaultKeys: [Key] {
        switch self {
        case .open: [.enter, .right]
        case .back: [.left]
        case .new: [.char("n")]
        case .edit: [.char("e")]
        case .vacancy: [.char("v")]
        }
    }
}

/// The employers (from F7, `w`): name, sector, place, accountmanager and agreements (Hartwerk,
/// social return filled/of/deadline, banenafspraak). Enter shows one employer: agreements,
/// contact persons, vacancies and the history of proposals and placements. `n` adds an
/// employer, `e` edits it, `v` adds a vacancy there; ← or Esc goes back.
final class EmployersScreen: CommandScreen {
    private unowned let root: RootView
    private var model: AppModel { root.model }
    private(set) var employers: [Employer] = []
    let table: Table
    /// The employer shown; nil while the list shows.
    private(set) var employer: Employer?

    init(root: RootView) {
        self.root = root
        table = Table(columns: [
            TableColumn(appText("employers.column.name"), width: .min(20), sortable: false),
            TableColumn(appText("employers.column.sector"), width: .min(12), sortable: false),
            TableColumn(appText("employers.column.city"), width: .fixed(12), sortable: false),
            TableColumn(appText("employers.column.manager"), width: .fixed(14), sortable: false),
            TableColumn(appText("employers.column.agreements"), width: .min(DisplayWidth.of(appText("employers.column.agreements"))),
                        sortable: false),
        ], count: 0, glyphs: root.glyphs) { _ in [] }
        load()
    }

    private func load() {
        employers = model.data.employers.values.sorted { ($0.name, $0.id) < ($1.name, $1.id) }
        // Name and sector as wide as their longest text; the agreements take the rest.
        for (column, minimum, text) in [(0, 20, \Employer.name), (1, 12, \Employer.sector)] {
            let longest = max(minimum, employers.map { DisplayWidth.of($0[keyPath: text]) }.max() ?? 0)
            table.columns[column].width = .bounded(min: minimum, max: longest)
        }
        table.reload(count: employers.count) { [unowned self] index in
            let employer = self.employers[index]
            return [employer.name, employer.sector, employer.city, self.model.displayName(of: employer.accountManager),
                    self.agreements(employer).joined(separator: " · ")]
        }
        if let shown = employer { employer = model.data.employers[shown.id] ?? shown }
    }

    /// "Hartwerk", "SROI 2/5 vóór 31-12-2026", "banenafspraak 3".
    private func agreements(_ employer: Employer) -> [String] {
        var parts: [String] = []
        if employer.hartwerk { parts.append(appText("employers.hartwerk")) }
        if let sroi = employer.socialReturn {
            parts.append(appText("employers.sroi", model.data.socialReturnFilled(employerId: employer.id), sroi.places, sroi.deadline.dutch))
        }
        if employer.jobAgreementJobs > 0 { parts.append(appText("employers.job_agreement", employer.jobAgreementJobs)) }
        return parts
    }

    var selected: Employer? { employer ?? table.selectedRow.map { employers[$0] } }

    // MARK: Screen

    var title: String { employer?.name ?? appText("employers.title", DutchNumber.integer(employers.count)) }

    var statusHint: String {
        employer == nil ? appText("employers.hint_list", DutchNumber.integer(employers.count)) : appText("employers.hint_detail")
    }

    func willAppear() { load() }

    func perform(_ command: EmployersCommand) {
        switch command {
        case .open:
            if employer == nil, let row = table.selectedRow { employer = employers[row] }
        case .back:
            if employer != nil { employer = nil } else { root.pop() }
        case .new:
            root.presentForm(EmployerForm.form(nil, model: model, glyphs: root.glyphs))
        case .edit:
            guard let selected else { return }
            root.presentForm(EmployerForm.form(selected, model: model, glyphs: root.glyphs))
        case .vacancy:
            guard let selected else { return }
            root.presentForm(VacancyForm.form(nil, employerId: selected.id, model: model, glyphs: root.glyphs))
        }
    }

    /// Esc with an employer open goes back to the list of employers.
    func intercept(_ command: GlobalCommand) -> Bool {
        guard command == .back, employer != nil else { return false }
        employer = nil
        return true
    }

    func handle(_ event: Event) -> Bool { employer == nil ? table.handle(event) : false }

    // MARK: drawing

    func render(_ area: Rect, into buffer: inout Buffer) {
        guard let employer else {
            let text = selected.map { ([$0.name] + agreements($0)).joined(separator: " · ") } ?? ""
            let selectedLines = SelectedTextLines.lines(appText("employers.column.name"), text, width: area.width, maxLines: 2)
            let parts = area.rows([.fill, .length(selectedLines.count)])
            table.render(parts[0], into: &buffer)
            return SelectedTextLines.render(selectedLines, in: parts[1], into: &buffer)
        }
        for (offset, line) in detailLines(employer).prefix(area.height).enumerated() {
            buffer.put(DisplayWidth.truncate(line.0, to: area.width - 2, ellipsis: root.glyphs.ellipsis),
                       x: area.x + 1, y: area.y + offset, style: line.1)
        }
    }

    /// The employer's page: head, agreements, contacts, vacancies, then proposals and
    /// placements newest first.
    func detailLines(_ employer: Employer) -> [(String, Style)] {
        let data = model.data
        let head = Style(.text, .bold)
        var lines: [(String, Style)] = [(appText("employers.detail.head", employer.name, employer.sector, employer.city,
                                                 model.displayName(of: employer.accountManager)), Style(.accent, .bold))]
        func section(_ title: String, _ items: [String]) {
            lines.append(("", Style(.text)))
            lines.append((title, head))
            lines += (items.isEmpty ? [appText("employers.detail.none")] : items).map { ("  " + $0, Style(.text)) }
        }
        section(appText("employers.detail.agreements"), agreements(employer))
        section(appText("employers.detail.contacts"), employer.contacts.map {
            [$0.name, $0.role, $0.phone, $0.email].filter { !$0.isEmpty }.joined(separator: " · ")
        })
        let vacancies = data.vacancies.values.filter { $0.employerId == employer.id }.sorted { ($0.opened, $0.id) > ($1.opened, $1.id) }
        section(appText("employers.detail.vacancies"), vacancies.map { "\($0.title) · \($0.hoursPerWeek) uur · \($0.status.label)" })
        func name(_ clientId: String) -> String { data.clients[clientId]?.listName ?? clientId }
        let proposals = data.proposals.values.filter { $0.employerId == employer.id }.map { proposal in
            (proposal.date, appText("employers.detail.proposal", proposal.date.dutch, name(proposal.clientId),
                                    data.vacancies[proposal.vacancyId]?.title ?? proposal.vacancyId,
                                    proposal.answer.map { $0.label + (proposal.answerReason.isEmpty ? "" : " (\(proposal.answerReason))") }
                                        ?? appText("desk.awaiting")))
        }
        let undated = model.today
        let placements = data.placements.values.filter { $0.employerId == employer.id }.map { placement in
            let day = placement.proposed ?? placement.trialStart ?? placement.temporaryStart ?? placement.permanentStart ?? undated
            return (day, appText("employers.detail.placement", day.dutch, name(placement.clientId),
                                 placement.end.map { appText("desk.ended", $0.dutch) } ?? placement.stage.label))
        }
        section(appText("employers.detail.history"), (proposals + placements).sorted { ($0.0, $0.1) > ($1.0, $1.1) }.map(\.1))
        return lines
    }
}
