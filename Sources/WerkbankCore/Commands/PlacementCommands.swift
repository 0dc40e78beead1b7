import Foundation

/// The steps of a placement: proposing a client for a vacancy, moving a running placement to
/// its next stage, ending it (the werkcoach of the client, or an admin).

/// Records a placement in stage "voorgesteld" unless the client is already proposed there.
public struct ProposePlacement: EditCommand {
    public let clientId: String, vacancyId: String
    public var subject: String? { clientId }
    public var action: EditPolicy.Action { .caseWork }

    public init(client: String, vacancy: String) {
        clientId = client; vacancyId = vacancy
    }

    public func check(_ data: Dataset, _ context: CommandContext) throws {
        let client = try data.existingClient(clientId)
        try EditPolicy.check(action, user: context.user, client: client)
        guard data.vacancies[vacancyId] != nil else { throw WerkbankError(coreText("command.no_vacancy", vacancyId)) }
        if data.placements.values.contains(where: { $0.clientId == clientId && $0.vacancyId == vacancyId && $0.end == nil }) {
            throw WerkbankError(coreText("command.already_proposed", client.listName))
        }
    }

    public func changes(_ data: Dataset, _ context: CommandContext) throws -> [Change] {
        let vacancy = data.vacancies[vacancyId]!
        return [.putPlacement(Placement(id: RecordID.make("P"), clientId: clientId, employerId: vacancy.employerId, vacancyId: vacancyId,
                                        stage: .proposed, proposed: context.today, by: context.user.name))]
    }
}

/// Moves a running placement (`basis`, as the person saw it) to its next stage on `date`, or
/// ends it on `date` with a reason.
public struct ChangePlacement: EditCommand {
    public enum Step: Sendable {
        case advance
        case end(reason: String)
    }

    public let basis: Placement, step: Step, date: Day
    public var subject: String? { basis.clientId }
    public var action: EditPolicy.Action { .caseWork }

    public init(_ basis: Placement, _ step: Step, on date: Day) {
        self.basis = basis; self.step = step; self.date = date
    }

    public func check(_ data: Dataset, _ context: CommandContext) throws {
        try EditPolicy.check(action, user: context.user, client: try data.existingClient(basis.clientId))
        if let end = basis.end { throw WerkbankError(coreText("command.placement_ended", end.dutch)) }
        if case .advance = step, PlacementRules.nextStage(after: basis.stage) == nil {
            throw WerkbankError(coreText("command.placement_last_stage", basis.stage.label))
        }
        if case .end(let reason) = step, reason.trimmingCharacters(in: .whitespaces).isEmpty {
            throw WerkbankError(coreText("command.reason_required"))
        }
        if let problem = PlacementRules.problem(leavingStageOf: basis, on: date) { throw WerkbankError(problem) }
    }

    public func changes(_ data: Dataset, _ context: CommandContext) throws -> [Change] {
        var new = basis
        switch step {
        case .advance: new = PlacementRules.advanced(basis, to: PlacementRules.nextStage(after: basis.stage)!, on: date)
        case .end(let reason):
            new.end = date
            new.endReason = reason
        }
        return [.updatePlacement(old: basis, new: new)]
    }
}
