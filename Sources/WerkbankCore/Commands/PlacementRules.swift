/// The rules of a placement's path: stages in order, their start dates, and the maximum length
/// of a proefplaatsing (3 months, DOMAIN.md; werken met behoud van uitkering).
public enum PlacementRules {
    public static let maxTrialMonths = 3

    public static func nextStage(after stage: PlacementStage) -> PlacementStage? {
        let all = PlacementStage.allCases
        guard let index = all.firstIndex(of: stage), index + 1 < all.count else { return nil }
        return all[index + 1]
    }

    public static func start(of stage: PlacementStage, in placement: Placement) -> Day? {
        switch stage {
        case .proposed: return placement.proposed
        case .trial: return placement.trialStart
        case .temporary: return placement.temporaryStart
        case .permanent: return placement.permanentStart
        }
    }

    /// The day the placement reached its current stage.
    public static func stageStart(_ placement: Placement) -> Day? { start(of: placement.stage, in: placement) }

    /// The last day a proefplaatsing starting on `start` may run.
    public static func trialLimit(from start: Day) -> Day { start.adding(months: maxTrialMonths) }

    /// A running proefplaatsing past its maximum length.
    public static func trialOverdue(_ placement: Placement, today: Day) -> Bool {
        guard placement.stage == .trial, placement.end == nil, let start = placement.trialStart else { return false }
        return today > trialLimit(from: start)
    }

    /// Why the current stage of `placement` cannot end on `day` (moving on to the next stage or
    /// ending the placement): not before the stage began, and a proefplaatsing not past its
    /// maximum length. Nil when it can.
    public static func problem(leavingStageOf placement: Placement, on day: Day) -> String? {
        if let previous = stageStart(placement), day < previous {
            return coreText("command.placement_before_stage", day.dutch, placement.stage.label, previous.dutch)
        }
        if placement.stage == .trial, let start = placement.trialStart, day > trialLimit(from: start) {
            return coreText("command.trial_too_long", maxTrialMonths, trialLimit(from: start).dutch)
        }
        return nil
    }

    /// `placement` in stage `next` from `day`.
    public static func advanced(_ placement: Placement, to next: PlacementStage, on day: Day) -> Placement {
        var updated = placement
        updated.stage = next
        switch next {
        case .proposed: updated.proposed = day
        case .trial: updated.trialStart = day
        case .temporary: updated.temporaryStart = day
        case .permanent: updated.permanentStart = day
        }
        return updated
    }
}
