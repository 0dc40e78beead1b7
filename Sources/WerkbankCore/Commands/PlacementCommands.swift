import Foundation

/// The steps of a placement after the hire (`RecordAnswer` starts it): moving a running
/// placement to its next stage, ending it (the werkcoach of the client, or an admin). A client
/// is proposed for a vacancy with `ProposeCandidate`.

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
