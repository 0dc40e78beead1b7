/// Proposals (voorstellen) and the employer's answer, and "beschikbaarheid bevestigen".

/// Proposes a client for an open vacancy. A client of another coach is proposed through their
/// coach (`Proposal.throughCoach`). An open vacancy becomes "voorgesteld".
public struct ProposeCandidate: EditCommand {
    public let clientId: String, vacancyId: String
    public var subject: String? { clientId }
    public var action: EditPolicy.Action { .proposals }

    public init(client: String, vacancy: String) {
        clientId = client; vacancyId = vacancy
    }

    public func check(_ data: Dataset, _ context: CommandContext) throws {
        let client = try data.existingClient(clientId)
        try EditPolicy.check(action, user: context.user)
        guard let vacancy = data.vacancies[vacancyId] else { throw WerkbankError(coreText("command.no_vacancy", vacancyId)) }
        guard vacancy.isOpen(on: context.today) else { throw WerkbankError(coreText("desk.vacancy_not_open", vacancy.title, vacancy.status.label)) }
        if data.proposals.values.contains(where: { $0.clientId == clientId && $0.vacancyId == vacancyId && $0.isPending }) {
            throw WerkbankError(coreText("command.already_proposed", client.listName))
        }
    }

    public func changes(_ data: Dataset, _ context: CommandContext) throws -> [Change] {
        let client = try data.existingClient(clientId)
        let vacancy = data.vacancies[vacancyId]!
        let through = client.coach == context.user.name || client.coach.isEmpty ? nil : client.coach
        var changes: [Change] = [.putProposal(Proposal(id: RecordID.make("VS"), clientId: clientId, vacancyId: vacancyId,
                                                       employerId: vacancy.employerId, proposedBy: context.user.name,
                                                       throughCoach: through, date: context.today))]
        if vacancy.status == .open {
            var proposed = vacancy
            proposed.status = .proposed
            changes.append(.updateVacancy(old: vacancy, new: proposed))
        }
        return changes
    }
}

/// Records the employer's answer to a proposal (`basis`, as the person saw it) on `date`:
/// uitgenodigd, afgewezen (a reason is required) or aangenomen. A hire starts a placement in
/// proefplaatsing on `date` (the running "voorgesteld" placement there moves on, else a new
/// one), plans the nazorg actions (`Aftercare.steps`) and marks the vacancy vervuld once all
/// its places are taken; being an edit of the client's record, a hire is recorded by the
/// client's own coach or an admin.
public struct RecordAnswer: EditCommand {
    public let basis: Proposal, answer: ProposalAnswer, reason: String, date: Day
    public var subject: String? { basis.clientId }
    public var action: EditPolicy.Action { .proposals }

    public init(_ basis: Proposal, _ answer: ProposalAnswer, reason: String = "", on date: Day) {
        self.basis = basis; self.answer = answer; self.reason = reason.trimmingCharacters(in: .whitespaces); self.date = date
    }

    public func check(_ data: Dataset, _ context: CommandContext) throws {
        let client = try data.existingClient(basis.clientId)
        try EditPolicy.check(action, user: context.user)
        if answer == .hired { try EditPolicy.check(.caseWork, user: context.user, client: client) }
        let current = data.proposals[basis.id]
        guard current == basis else {
            throw EditConflict(subject: basis.clientId, what: coreText("desk.proposal", client.listName),
                               theirs: current.map(Self.state) ?? coreText("change.gone"), yours: answer.label, by: nil)
        }
        guard basis.isPending, basis.answer != answer else {
            throw WerkbankError(coreText("desk.already_answered", client.listName, Self.state(basis)))
        }
        if answer == .rejected, reason.isEmpty { throw WerkbankError(coreText("desk.reject_reason_required")) }
        if date > context.today { throw WerkbankError(coreText("command.date_in_future", date.dutch)) }
        if date < basis.date { throw WerkbankError(coreText("desk.answer_before_proposal", date.dutch, basis.date.dutch)) }
    }

    public func changes(_ data: Dataset, _ context: CommandContext) throws -> [Change] {
        var answered = basis
        answered.answer = answer
        answered.answerReason = reason
        answered.answerDate = date
        var changes: [Change] = [.updateProposal(old: basis, new: answered)]
        guard answer == .hired else { return changes }
        let running = data.placements.values.filter {
            $0.clientId == basis.clientId && $0.vacancyId == basis.vacancyId && $0.end == nil && $0.stage == .proposed
        }.min { $0.id < $1.id }
        if let running {
            changes.append(.updatePlacement(old: running, new: PlacementRules.advanced(running, to: .trial, on: date)))
        } else {
            changes.append(.putPlacement(Placement(id: RecordID.make("P"), clientId: basis.clientId, employerId: basis.employerId,
                                                   vacancyId: basis.vacancyId, stage: .trial, proposed: basis.date, trialStart: date,
                                                   by: context.user.name)))
        }
        let employerName = data.employers[basis.employerId]?.name ?? basis.employerId
        for step in Aftercare.steps(startingOn: date, employerName: employerName) {
            changes.append(.addItem(client: basis.clientId, .action(PlanAction(id: RecordID.make(basis.clientId + "-a"), title: step.title,
                                                                               due: step.due, by: context.user.name))))
        }
        if let vacancy = data.vacancies[basis.vacancyId] {
            let hires = data.proposals.values.filter { $0.vacancyId == vacancy.id && $0.answer == .hired && $0.id != basis.id }.count + 1
            if hires >= vacancy.positions, vacancy.status != .filled {
                var filled = vacancy
                filled.status = .filled
                changes.append(.updateVacancy(old: vacancy, new: filled))
            }
        }
        return changes
    }

    /// "afgewezen (12-11-2026)", "nog geen antwoord".
    static func state(_ proposal: Proposal) -> String {
        guard let answer = proposal.answer else { return coreText("desk.no_answer") }
        return "\(answer.label) (\(proposal.answerDate?.dutch ?? "—"))"
    }
}

/// "Beschikbaarheid bevestigen": the client's profile (skills, hours, wishes, availability) was
/// checked with them today (`Client.profileConfirmed`), which makes their matches certain again.
public struct ConfirmAvailability: EditCommand {
    public let clientId: String
    public var subject: String? { clientId }
    public var action: EditPolicy.Action { .caseWork }

    public init(client: String) { clientId = client }

    public func check(_ data: Dataset, _ context: CommandContext) throws {
        try EditPolicy.check(action, user: context.user, client: try data.existingClient(clientId))
    }

    public func changes(_ data: Dataset, _ context: CommandContext) throws -> [Change] {
        let client = try data.existingClient(clientId)
        guard client.profileConfirmed != context.today else { return [] }
        return [.setField(client: clientId, field: .profileConfirmed, old: ClientField.profileConfirmed.value(in: client),
                          new: .text(context.today.iso))]
    }
}
