import TerminalUI
import WerkbankCore

/// F7 "wie past op deze vacature?": the open vacancies (employer, hours, requirements); Enter
/// or → shows the clients of the caseload ranked by `VacancyMatcher` with the score and the
/// reasons for and against. `p` proposes the selected candidate (a placement in stage
/// "voorgesteld", journaled), Enter opens the candidate's dossier, ← or Esc goes back.
final class VacanciesScreen: Screen {
    let scope = "vacancies"
    unowned let root: RootView
    private var model: AppModel { root.model }
    private(set) var vacancies: [Vacancy] = []
    let vacancyTable: Table
    /// The vacancy whose candidates show; nil while the vacancy list shows.
    private(set) var vacancy: Vacancy?
    private(set) var candidates: [VacancyFit] = []
    let candidateTable: Table
    /// Most candidates listed for one vacancy.
    static let candidateLimit = 200

    init(root: RootView) {
        self.root = root
        vacancyTable = Table(columns: [
            TableColumn(appText("vacancies.column.title"), width: .min(20), sortable: false),
            TableColumn(appText("vacancies.column.employer"), width: .min(16), sortable: false),
            TableColumn(appText("vacancies.column.hours"), width: .fixed(4), alignment: .right, sortable: false),
            TableColumn(appText("vacancies.column.positions"), width: .fixed(4), alignment: .right, sortable: false),
            TableColumn(appText("vacancies.column.rung"), width: .fixed(5), sortable: false),
            TableColumn(appText("vacancies.column.closes"), width: .fixed(10), sortable: false),
            TableColumn(appText("vacancies.column.district"), width: .fixed(14), sortable: false),
            TableColumn(appText("vacancies.column.requirements"), width: .flex(2), sortable: false),
        ], count: 0, glyphs: root.glyphs) { _ in [] }
        candidateTable = Table(columns: [
            TableColumn(appText("vacancies.column.score"), width: .fixed(5), alignment: .right, sortable: false),
            TableColumn(appText("vacancies.column.name"), width: .min(18), sortable: false),
            TableColumn(appText("vacancies.column.reasons"), width: .flex(2), sortable: false),
        ], count: 0, glyphs: root.glyphs) { _ in [] }
        candidateTable.cellStyle = { [unowned self] row, column in
            guard column == 0 else { return nil }
            let score = self.candidates[row].score
            return Style(score >= 70 ? .success : score >= 40 ? .text : .muted, .bold)
        }
        loadVacancies()
    }

    private func loadVacancies() {
        let data = model.data
        let today = model.today
        let employerName = { (vacancy: Vacancy) in data.employers[vacancy.employerId]?.name ?? vacancy.employerId }
        vacancies = data.vacancies.values
            .filter { $0.isOpen(on: today) }
            .sorted { (employerName($0), $0.title, $0.id) < (employerName($1), $1.title, $1.id) }
        vacancyTable.reload(count: vacancies.count) { [unowned self] index in
            let vacancy = self.vacancies[index]
            return [vacancy.title, employerName(vacancy), String(vacancy.hoursPerWeek), String(vacancy.positions),
                    vacancy.minimumRung.map { appText("vacancies.min_rung", $0.rawValue) } ?? "—",
                    vacancy.closes?.dutch ?? "—", vacancy.district, self.requirementsText(vacancy)]
        }
    }

    private func requirementsText(_ vacancy: Vacancy) -> String {
        var parts = vacancy.certificates + vacancy.requiredSkills
        if vacancy.drivingLicence { parts.append(appText("vacancies.licence")) }
        if let level = vacancy.minimumLanguageLevel { parts.append(appText("vacancies.language", level.label)) }
        return parts.joined(separator: ", ")
    }

    private var candidateScope: CaseloadScope {
        model.user.role == .coach ? .coach(model.user.name) : .all
    }

    private func showCandidates(of vacancy: Vacancy, keeping clientId: String? = nil) {
        self.vacancy = vacancy
        let matcher = VacancyMatcher(dataset: model.data, today: model.today, prepared: candidateScope)
        candidates = matcher.candidates(for: vacancy, scope: candidateScope, limit: Self.candidateLimit)
        candidateTable.reload(count: candidates.count) { [unowned self] index in
            let fit = self.candidates[index]
            return [String(fit.score), fit.clientName, (fit.reasonsFor.prefix(2) + fit.reasonsAgainst.prefix(1).map { "− " + $0 }).joined(separator: "; ")]
        }
        candidateTable.select(clientId.flatMap { id in candidates.firstIndex { $0.clientId == id } } ?? 0)
    }

    var selectedVacancy: Vacancy? { vacancy ?? vacancyTable.selectedRow.map { vacancies[$0] } }

    private var selectedCandidate: VacancyFit? { candidateTable.selectedRow.map { candidates[$0] } }

    // MARK: Screen

    var title: String {
        guard let vacancy else { return appText("vacancies.title", DutchNumber.integer(vacancies.count)) }
        return appText("vacancies.candidates_title", vacancy.title, employerName(of: vacancy))
    }

    private func employerName(of vacancy: Vacancy) -> String {
        model.data.employers[vacancy.employerId]?.name ?? vacancy.employerId
    }

    var statusHint: String {
        vacancy == nil ? appText("vacancies.hint_list", DutchNumber.integer(vacancies.count))
            : appText("vacancies.hint_candidates", DutchNumber.integer(candidates.count))
    }

    func willAppear() {
        loadVacancies()
        if let vacancy { showCandidates(of: model.data.vacancies[vacancy.id] ?? vacancy, keeping: selectedCandidate?.clientId) }
    }

    func perform(_ command: String) -> Bool {
        switch (command, vacancy) {
        case ("vacancies.open", nil):
            guard let index = vacancyTable.selectedRow else { return true }
            showCandidates(of: vacancies[index])
        case ("vacancies.open", .some):
            guard let candidate = selectedCandidate else { return true }
            root.openDossier(candidate.clientId)
        case ("vacancies.back", .some), ("global.back", .some):
            vacancy = nil
        case ("vacancies.propose", .some(let vacancy)):
            guard let candidate = selectedCandidate else { return true }
            propose(candidate.clientId, for: vacancy)
        case ("vacancies.back", nil), ("vacancies.propose", nil):
            return true
        default:
            return performDesk(command)
        }
        return true
    }

    /// Records a placement in stage "voorgesteld" (Core refuses when the client is already proposed here).
    private func propose(_ clientId: String, for vacancy: Vacancy) {
        model.run(ProposePlacement(client: clientId, vacancy: vacancy.id))
        showCandidates(of: vacancy, keeping: clientId)
    }

    // MARK: events and drawing

    func handle(_ event: Event) -> Bool {
        vacancy == nil ? vacancyTable.handle(event) : candidateTable.handle(event)
    }

    func render(_ area: Rect, into buffer: inout Buffer) {
        guard let vacancy else {
            vacancyTable.render(area, into: &buffer)
            if vacancies.isEmpty { buffer.put(appText("vacancies.none"), x: area.x + 2, y: area.y + 2, style: Style(.muted)) }
            return
        }
        let details = appText("vacancies.details", vacancy.title, employerName(of: vacancy), vacancy.hoursPerWeek, vacancy.positions,
                              requirementsText(vacancy).isEmpty ? "" : appText("vacancies.details_requirements", requirementsText(vacancy)))
        buffer.put(" " + details, x: area.x, y: area.y, maxWidth: area.width, style: Style(.accent, .bold))
        let body = Rect(x: area.x, y: area.y + 1, width: area.width, height: area.height - 1)
        let parts = area.width >= 120 ? body.columns([.fill, .length(1), .length(46)]) : body.rows([.fill, .length(1), .length(8)])
        candidateTable.render(parts[0], into: &buffer)
        if candidates.isEmpty {
            buffer.put(appText("vacancies.no_candidates"), x: parts[0].x + 2, y: parts[0].y + 2, style: Style(.muted))
        }
        if area.width >= 120 {
            for y in parts[1].y..<parts[1].maxY { buffer.put(root.glyphs.separator, x: parts[1].x, y: y, style: Style(.border)) }
        } else {
            buffer.put(String(repeating: root.glyphs.isASCII ? "-" : "─", count: parts[1].width), x: parts[1].x, y: parts[1].y, style: Style(.border))
        }
        if let candidate = selectedCandidate { renderReasons(candidate, in: parts[2], into: &buffer) }
    }

    /// The selected candidate's reasons: for (+) then against (−).
    private func renderReasons(_ fit: VacancyFit, in area: Rect, into buffer: inout Buffer) {
        var lines: [(String, Style)] = [("\(fit.clientName) · \(fit.score)", Style(.accent, .bold))]
        lines.append((appText("vacancies.reasons_for"), Style(.text, .bold)))
        lines += fit.reasonsFor.map { ("+ " + $0, Style(.success)) }
        lines.append((appText("vacancies.reasons_against"), Style(.text, .bold)))
        lines += fit.reasonsAgainst.map { ((root.glyphs.isASCII ? "- " : "− ") + $0, Style(.warning)) }
        for (offset, line) in lines.prefix(area.height).enumerated() {
            buffer.put(DisplayWidth.truncate(line.0, to: area.width - 2, ellipsis: root.glyphs.ellipsis),
                       x: area.x + 1, y: area.y + offset, style: line.1)
        }
    }
}

private extension String {
    func leftPadded(to width: Int) -> String {
        count >= width ? self : String(repeating: "0", count: width - count) + self
    }
}
