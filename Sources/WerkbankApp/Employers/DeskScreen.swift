import Foundation
import TerminalUI
import WerkbankCore

/// The candidates of one vacancy across all caseloads (werkgeversdesk).
enum DeskCommand: String, ScreenCommand {
    case open, back, propose, answer, confirm, export, search, sortNext, sortReverse, filter

    static let scope = "desk"

    var defaultKeys: [Key] {
        switch self {
        case .open: [.enter]
        case .back: [.left]
        case .propose: [.char("p")]
        case .answer: [.char("a")]
        case .confirm: [.char("b")]
        case .export: [.char("x")]
        case .search: [.char("/")]
        case .sortNext: [.char("s")]
        case .sortReverse: [.char("S")]
        case .filter: [.char("f")]
        }
    }
}

/// The employer desk for one vacancy (F7, `d`): candidates from ALL caseloads ranked by
/// `VacancyMatcher`, each with its score, reasons and freshness ("onzeker — eerst bellen" when
/// out of view or the profile was not confirmed recently). Clients of other coaches show
/// masked until proposed (through their coach). Space marks, `p` proposes the marked (or the
/// selected) candidates, `a` records the employer's answer, `b` confirms availability, `x`
/// exports a shortlist of anonymous candidate cards, Enter opens the dossier, ← goes back.
/// `/`, `s`/`S` and `f` search, sort and filter the candidates as in F7 (`CandidateList`).
final class DeskScreen: CommandScreen {
    private unowned let root: RootView
    private var model: AppModel { root.model }
    private(set) var vacancy: Vacancy
    /// The latest proposal of each client for this vacancy.
    private(set) var proposals: [String: Proposal] = [:]
    private(set) var list: CandidateList!
    var table: Table { list.table }
    /// The candidates as listed (searched, filtered, sorted).
    var candidates: [VacancyFit] { list.shown }
    static let candidateLimit = 200

    init(root: RootView, vacancy: Vacancy) {
        self.root = root
        self.vacancy = vacancy
        let table = Table(columns: [
            TableColumn(appText("desk.column.proposal"), width: .fixed(12), sortable: false),
            TableColumn(appText("desk.column.score"), width: .fixed(5), alignment: .right, sortable: false),
            TableColumn(appText("desk.column.name"), width: .min(22), sortable: false),
            TableColumn(appText("desk.column.coach"), width: .fixed(12), sortable: false),
            TableColumn(appText("desk.column.fresh"), width: .fixed(22), sortable: false),
            TableColumn(appText("desk.column.reasons"), width: .flex(2), sortable: false),
        ], count: 0, glyphs: root.glyphs) { _ in [] }
        table.showsMarks = true
        table.rowKey = { [unowned self] in self.candidates[$0].clientId }
        list = CandidateList(table: table, user: root.model.user.name, glyphs: root.glyphs, rank: { [unowned self] includeExempt in
            VacancyMatcher(dataset: self.model.data, today: self.model.today)
                .candidates(for: self.vacancy, scope: .all, limit: Self.candidateLimit, includeExempt: includeExempt)
        }, cells: { [unowned self] fit, rank in
            [self.proposals[fit.clientId]?.stateLabel ?? "", String(fit.score), self.name(of: fit, rank: rank),
             self.model.displayName(of: fit.clientCoach), self.freshness(of: fit),
             CandidateList.reasons(fit)]
        }, searchText: { [unowned self] fit, rank in
            self.isMasked(fit) ? self.name(of: fit, rank: rank) : fit.clientName + " " + fit.clientId
        })
        table.cellStyle = { [unowned self] row, column in
            let fit = self.candidates[row]
            switch column {
            case 1: return Style(fit.score >= 70 ? .success : fit.score >= 40 ? .text : .muted, .bold)
            case 4 where fit.uncertain: return Style(.warning, .bold)
            case 0 where self.proposals[fit.clientId] != nil: return Style(.accent, .bold)
            default: return nil
            }
        }
    }

    private func load(keeping clientId: String? = nil) {
        let data = model.data
        vacancy = data.vacancies[vacancy.id] ?? vacancy
        proposals = data.latestProposals(for: vacancy.id)
        list.reload(keeping: clientId)
    }

    /// A client of another coach not yet proposed here shows without a name.
    func isMasked(_ fit: VacancyFit) -> Bool { fit.clientCoach != model.user.name && proposals[fit.clientId] == nil }

    func name(of fit: VacancyFit, rank: Int) -> String {
        isMasked(fit) ? appText("desk.masked", rank, model.displayName(of: fit.clientCoach)) : fit.clientName
    }

    /// "onzeker — eerst bellen", or the day the profile was last confirmed.
    private func freshness(of fit: VacancyFit) -> String {
        if fit.uncertain { return appText("desk.uncertain") }
        let confirmed = fit.factors.compactMap(\.confirmedOn).max()
        return confirmed.map { appText("desk.confirmed", $0.dutch) } ?? ""
    }

    private var selectedFit: VacancyFit? { list.selected }

    // MARK: Screen

    var title: String { appText("desk.title", CandidateList.shortTitle(vacancy, glyphs: root.glyphs)) }

    private var employerName: String { model.data.employers[vacancy.employerId]?.name ?? vacancy.employerId }

    var statusHint: String {
        appText("desk.hint", DutchNumber.integer(candidates.count), DutchNumber.integer(table.markedKeys.count))
    }

    func willAppear() { load(keeping: selectedFit?.clientId) }

    var capturesText: Bool { list.search.isActive }

    var cursorPosition: (x: Int, y: Int)? { list.search.cursorPosition }

    func perform(_ command: DeskCommand) {
        switch command {
        case .open:
            guard let fit = selectedFit else { return }
            root.openDossier(fit.clientId)
        case .back: root.pop()
        case .propose: propose()
        case .answer: answer()
        case .confirm:
            guard let fit = selectedFit else { return }
            model.run(ConfirmAvailability(client: fit.clientId))
            load(keeping: fit.clientId)
        case .export: export()
        case .search: list.search.start()
        case .sortNext: list.sortNext()
        case .sortReverse: list.sortReverse()
        case .filter: list.presentFilter(root: root)
        }
    }

    /// The marked candidates in rank order, else the selected one.
    private var chosen: [VacancyFit] {
        let marked = list.ranked.filter { table.markedKeys.contains($0.clientId) }
        return marked.isEmpty ? selectedFit.map { [$0] } ?? [] : marked
    }

    private func propose() {
        let fits = chosen
        guard !fits.isEmpty else { return }
        let commands = fits.map { ProposeCandidate(client: $0.clientId, vacancy: vacancy.id) }
        if model.run(commands, summary: appText("desk.proposed_count", fits.count)) { table.clearMarks() }
        load(keeping: fits.first?.clientId)
    }

    private func answer() {
        guard let fit = selectedFit else { return }
        guard let proposal = proposals[fit.clientId] else {
            model.status = StatusMessage(appText("desk.no_proposal", name(of: fit, rank: list.rank(of: fit))), severity: .warning)
            return
        }
        root.presentForm(AnswerForm.form(proposal, name: fit.clientName, model: model, glyphs: root.glyphs) { [weak self] in
            self?.load(keeping: fit.clientId)
        })
    }

    /// The marked candidates, else the best `candidatesWanted` of those shown, as anonymous cards.
    private func export() {
        let marked = list.ranked.filter { table.markedKeys.contains($0.clientId) }
        let fits = marked.isEmpty ? Array(list.shownByRank.prefix(vacancy.candidatesWanted)) : marked
        let clients = fits.compactMap { model.client($0.clientId) }
        guard !clients.isEmpty else {
            model.status = StatusMessage(appText("desk.export.none"), severity: .warning)
            return
        }
        do {
            guard let files = try ShortlistExport.write(clients, vacancy: vacancy, model: model) else { return }
            model.status = StatusMessage(appText("desk.export.done", clients.count, files.markdown.path, files.csv.path), severity: .success)
        } catch {
            model.status = StatusMessage(appText("desk.export.failed", (error as? WerkbankError)?.message ?? String(describing: error)),
                                         severity: .error)
        }
    }

    // MARK: events and drawing

    func handle(_ event: Event) -> Bool {
        if list.search.isActive, case .key(let key) = event { return list.handleSearch(key) }
        return table.handle(event)
    }

    func render(_ area: Rect, into buffer: inout Buffer) {
        let details = appText("vacancies.details", vacancy.title, employerName, vacancy.hoursPerWeek, vacancy.positions, "")
        buffer.put(" " + details, x: area.x, y: area.y, maxWidth: area.width, style: Style(.accent, .bold))
        list.renderLine(area.row(1), glyphs: root.glyphs, into: &buffer)
        let body = Rect(x: area.x, y: area.y + 2, width: area.width, height: max(0, area.height - 2))
        let (listArea, detail) = ListAndDetail.split(body, sideWidth: 46, bottomHeight: 9, glyphs: root.glyphs, into: &buffer)
        table.render(listArea, into: &buffer)
        if candidates.isEmpty {
            buffer.put(appText("desk.no_candidates"), x: listArea.x + 2, y: listArea.y + 2, style: Style(.muted))
        }
        guard let fit = list.selected else { return }
        for (offset, line) in detailLines(fit, rank: list.rank(of: fit)).prefix(detail.height).enumerated() {
            buffer.put(DisplayWidth.truncate(line.0, to: detail.width - 2, ellipsis: root.glyphs.ellipsis),
                       x: detail.x + 1, y: detail.y + offset, style: line.1)
        }
    }

    /// The selected candidate: freshness, each factor's reason with the day its data was last
    /// confirmed, the instruments that would apply, and the proposal's state.
    func detailLines(_ fit: VacancyFit, rank: Int) -> [(String, Style)] {
        var lines: [(String, Style)] = [("\(name(of: fit, rank: rank)) · \(fit.score)", Style(.accent, .bold))]
        if fit.uncertain { lines.append((appText("desk.uncertain"), Style(.warning, .bold))) }
        if let proposal = proposals[fit.clientId] {
            lines.append((appText("desk.proposal_state", proposal.date.dutch, proposal.stateLabel
                + (proposal.answerReason.isEmpty ? "" : " — " + proposal.answerReason)), Style(.accent)))
        }
        let minus = root.glyphs.isASCII ? "- " : "− "
        for factor in fit.factors where factor.reasonFor != nil || factor.reasonAgainst != nil {
            if let reason = factor.reasonFor { lines.append(("+ " + reason, Style(.success))) }
            if let reason = factor.reasonAgainst { lines.append((minus + reason, Style(.warning))) }
            lines.append((factor.confirmedOn.map { appText("desk.factor_confirmed", $0.dutch) } ?? appText("desk.factor_unconfirmed"),
                          Style(.muted)))
        }
        if !fit.instruments.isEmpty {
            lines.append((appText("desk.instruments"), Style(.text, .bold)))
            lines += fit.instruments.map { ("  \($0.name): \($0.reason)", Style(.text)) }
        }
        return lines
    }
}

/// The employer's answer to a proposal: uitgenodigd, afgewezen (with a reason) or aangenomen,
/// on a date (`RecordAnswer`).
enum AnswerForm {
    static func form(_ proposal: Proposal, name: String, model: AppModel, glyphs: Glyphs, onSaved: @escaping () -> Void) -> EditForm {
        let form = EditForm(title: appText("desk.answer.title", name), glyphs: glyphs)
        let answer = form.add(appText("desk.answer.answer"), ChoiceInput(ProposalAnswer.allCases.map { ($0, $0.label) }, selected: nil,
                                                                          glyphs: glyphs), required: true)
        let reason = form.add(appText("desk.answer.reason"), TextInput("", maxLength: 200, glyphs: glyphs))
        let date = form.add(appText("desk.answer.date"), DateInput(model.today, glyphs: glyphs), required: true)
        form.asksBeforeDiscarding = false
        form.onSave = {
            guard let value = answer.value, let day = date.day else { return false }
            guard model.run(RecordAnswer(proposal, value, reason: reason.text, on: day)) != nil else { return false }
            onSaved()
            return true
        }
        return form
    }
}
