import TerminalUI
import WerkbankCore

/// The Plaatsingen tab's commands.
enum PlacementsTabCommand: String, ScreenCommand {
    case advance, end

    static let scope = "dossier-plaatsingen"

    var defaultKeys: [Key] {
        switch self {
        case .advance: [.char(">")]
        case .end: [.char("x")]
        }
    }
}

/// Plaatsingen: the client's placements (employer, vacancy, stage, dates, end), newest first,
/// with the selected one's details below. `>` moves a running placement to the next stage
/// (voorgesteld → proefplaatsing → tijdelijk → vast contract) on a date; `x` ends it with a
/// reason. A proefplaatsing may last at most `PlacementRules.maxTrialMonths` months. Below them
/// the client's proposals (voorstellen): vacancy, employer, date and the employer's answer with
/// the reason of a rejection, newest first.
final class PlacementsTab: CommandTab {
    let title = appText("dossier.tab.placements")
    private let context: DossierContext
    private(set) var placements: [Placement] = []
    private(set) var proposals: [Proposal] = []
    let table: Table

    init(context: DossierContext) {
        self.context = context
        table = Table(columns: [
            TableColumn(appText("dossier.placements.employer"), width: .flex(2), sortable: false),
            TableColumn(appText("dossier.placements.vacancy"), width: .flex(2), sortable: false),
            TableColumn(appText("dossier.placements.stage"), width: .fixed(18), sortable: false),
            TableColumn(appText("dossier.placements.since"), width: .fixed(10), sortable: false),
            TableColumn(appText("dossier.placements.end"), width: .fixed(10), sortable: false),
        ], count: 0, glyphs: context.glyphs) { _ in [] }
        table.cellStyle = { [unowned self] row, _ in
            let placement = self.placements[row]
            if PlacementRules.trialOverdue(placement, today: context.today) { return Style(.error, .bold) }
            return placement.end == nil ? nil : Style(.muted)
        }
        reload()
    }

    func reload() {
        placements = context.model.data.placements.values.filter { $0.clientId == context.clientId }
            .sorted { (PlacementRules.stageStart($0) ?? .firstOfYear(1), $0.id) > (PlacementRules.stageStart($1) ?? .firstOfYear(1), $1.id) }
        table.reload(count: placements.count) { [unowned self] row in self.cells(self.placements[row]) }
        proposals = context.model.data.proposals.values.filter { $0.clientId == context.clientId }
            .sorted { ($0.date, $0.id) > ($1.date, $1.id) }
    }

    private func employerName(_ placement: Placement) -> String {
        context.model.data.employers[placement.employerId]?.name ?? placement.employerId
    }

    private func vacancyTitle(_ placement: Placement) -> String {
        placement.vacancyId.flatMap { context.model.data.vacancies[$0]?.title } ?? "—"
    }

    private func cells(_ placement: Placement) -> [String] {
        [employerName(placement), vacancyTitle(placement), placement.stage.label,
         PlacementRules.stageStart(placement)?.dutch ?? "", placement.end?.dutch ?? ""]
    }

    var statusHint: String { appText("dossier.placements.count", placements.count) }
    private var selected: Placement? { table.selectedRow.map { placements[$0] } }

    func perform(_ command: PlacementsTabCommand) {
        switch command {
        case .advance: openAdvanceForm()
        case .end: openEndForm()
        }
    }

    /// The selected placement when it still runs; else a status message and nil.
    private func runningSelection() -> Placement? {
        guard let placement = selected else { return nil }
        guard placement.end == nil else {
            context.say(appText("dossier.placements.already_ended", placement.end?.dutch ?? ""))
            return nil
        }
        return placement
    }

    private func openAdvanceForm() {
        guard let placement = runningSelection() else { return }
        guard let next = PlacementRules.nextStage(after: placement.stage) else {
            context.say(appText("dossier.placements.last_stage", placement.stage.label))
            return
        }
        let glyphs = context.glyphs
        let form = EditForm(title: appText("dossier.placements.advance_title", placement.stage.label, next.label), glyphs: glyphs)
        form.origin = .dossier(client: placement.clientId, command: PlacementsTabCommand.advance, select: placement.id)
        let date = form.add(appText("dossier.placements.date"), DateInput(context.today, glyphs: glyphs), required: true)
        date.addRule { [unowned date] in
            date.day.flatMap { PlacementRules.problem(leavingStageOf: placement, on: $0) }
        }
        form.onSave = { [context] in
            guard let day = date.day else { return false }
            return context.run(ChangePlacement(placement, .advance, on: day)) != nil
        }
        context.present(form)
    }

    private func openEndForm() {
        guard let placement = runningSelection() else { return }
        let glyphs = context.glyphs
        let form = EditForm(title: appText("dossier.placements.end_title", employerName(placement)), glyphs: glyphs)
        form.origin = .dossier(client: placement.clientId, command: PlacementsTabCommand.end, select: placement.id)
        let date = form.add(appText("dossier.placements.end_date"), DateInput(context.today, glyphs: glyphs), required: true)
        let reason = form.add(appText("dossier.placements.reason"), TextInput("", maxLength: 120, glyphs: glyphs), required: true)
        date.addRule { [unowned date] in
            date.day.flatMap { PlacementRules.problem(leavingStageOf: placement, on: $0) }
        }
        form.onSave = { [context] in
            guard let day = date.day else { return false }
            return context.run(ChangePlacement(placement, .end(reason: reason.text), on: day)) != nil
        }
        context.present(form)
    }

    func handle(_ event: Event) -> Bool { table.handle(event) }

    // MARK: Drawing

    func render(_ area: Rect, into buffer: inout Buffer) {
        buffer.fill(area, with: Cell(" ", style: Style(.text)))
        let proposalHeight = proposals.isEmpty ? 0 : min(proposals.count + 2, max(0, area.height / 2))
        let sections = area.rows([.fill, .length(proposalHeight)])
        if proposalHeight > 0 { renderProposals(in: sections[1], into: &buffer) }
        let area = sections[0]
        guard !placements.isEmpty else {
            table.render(area.row(0), into: &buffer)
            buffer.put(" " + appText("dossier.placements.empty"), x: area.x, y: area.y + 2, maxWidth: area.width - 1, style: Style(.muted))
            return
        }
        let detailHeight = min(6, max(0, area.height - 4))
        let parts = area.rows([.fill, .length(detailHeight)])
        table.render(parts[0], into: &buffer)
        if let placement = selected, detailHeight > 0 { renderDetail(placement, in: parts[1], into: &buffer) }
    }

    /// "Voorstellen (2)" and one line per proposal: "12-11-2026 · afgewezen 20-11-2026 — reden · Orderpicker · Twence";
    /// the answer and its date come first so a narrow window cuts the names, not the date.
    private func renderProposals(in area: Rect, into buffer: inout Buffer) {
        let separator = String(repeating: context.glyphs.isASCII ? "-" : "─", count: area.width)
        buffer.put(separator, x: area.x, y: area.y, style: Style(.border))
        buffer.put(" " + appText("dossier.proposals.head", proposals.count), x: area.x, y: area.y + 1, maxWidth: area.width - 1,
                   style: Style(.text, .bold))
        let data = context.model.data
        for (row, proposal) in proposals.prefix(max(0, area.height - 2)).enumerated() {
            let state = proposal.answer.map { answer in
                [answer.label, proposal.answerDate?.dutch ?? ""].filter { !$0.isEmpty }.joined(separator: " ")
                    + (proposal.answerReason.isEmpty ? "" : " — " + proposal.answerReason)
            } ?? appText("desk.awaiting")
            let line = [proposal.date.dutch, state, data.vacancies[proposal.vacancyId]?.title ?? proposal.vacancyId,
                        data.employers[proposal.employerId]?.name ?? proposal.employerId].joined(separator: " · ")
            buffer.put(" " + DisplayWidth.truncate(line, to: area.width - 2, ellipsis: context.glyphs.ellipsis), x: area.x, y: area.y + 2 + row,
                       style: Style(proposal.answer == .rejected ? .muted : proposal.answer == .hired ? .success : .text))
        }
    }

    private func renderDetail(_ placement: Placement, in area: Rect, into buffer: inout Buffer) {
        let separator = String(repeating: context.glyphs.isASCII ? "-" : "─", count: area.width)
        buffer.put(separator, x: area.x, y: area.y, style: Style(.border))
        let stages: [(PlacementStage, Day?)] = [(.proposed, placement.proposed), (.trial, placement.trialStart),
                                                (.temporary, placement.temporaryStart), (.permanent, placement.permanentStart)]
        let path = stages.map { stage, day in stage.label + " " + (day?.dutch ?? "—") }.joined(separator: "  " + context.glyphs.pointer + " ")
        let heading = employerName(placement) + (placement.vacancyId == nil ? "" : " · " + vacancyTitle(placement))
        var lines: [(String, Style)] = TextWrap.lines(heading, width: max(1, area.width - 2)).map { ($0, Style(.text, .bold)) }
        lines += TextWrap.lines(path, width: max(1, area.width - 2)).map { ($0, Style(.text)) }
        if placement.stage == .trial, placement.end == nil, let start = placement.trialStart {
            let limit = PlacementRules.trialLimit(from: start)
            let overdue = PlacementRules.trialOverdue(placement, today: context.today)
            lines.append((appText(overdue ? "dossier.placements.trial_over" : "dossier.placements.trial_until", limit.dutch),
                          Style(overdue ? .error : .warning, .bold)))
        }
        if let end = placement.end {
            lines.append((appText("dossier.placements.ended", end.dutch, placement.endReason.orDash), Style(.muted)))
        }
        lines.append((appText("dossier.placements.by", context.displayName(of: placement.by)), Style(.muted)))
        for (row, line) in lines.prefix(area.height - 1).enumerated() {
            buffer.put(" " + line.0, x: area.x, y: area.y + 1 + row, maxWidth: area.width - 1, style: line.1)
        }
    }
}
