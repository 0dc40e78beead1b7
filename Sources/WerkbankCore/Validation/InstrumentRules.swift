/// Rules for deploying an instrument of the instrumentenkoffer: the legal or policy maximum
/// duration (proefplaatsing at most 3 months, leren en werken at most 6, …) and the
/// prerequisites the catalogue names.
public enum InstrumentRules {
    /// The last day a deployment starting on `start` may run when at most `months` months are
    /// allowed: three months from 15-01 runs up to and including 14-04.
    public static func lastAllowedDay(start: Day, months: Int) -> Day {
        start.adding(months: months).adding(days: -1)
    }

    /// Problems with the dates of `deployment`: an end before the start, and a duration over
    /// the instrument's `maxMonths`. An open-ended deployment breaks the maximum once `today`
    /// is past the last allowed day. Cancelled deployments are not held to the maximum.
    public static func durationProblems(_ deployment: InstrumentDeployment, instrument: Instrument, today: Day) -> [FieldProblem] {
        var problems: [FieldProblem] = []
        do { try Validate.period(start: deployment.start, end: deployment.end) } catch { problems.append(error) }
        guard !deployment.cancelled, let months = instrument.maxMonths else { return problems }
        let lastDay = lastAllowedDay(start: deployment.start, months: months)
        if let end = deployment.end {
            if end > lastDay {
                problems.append(FieldProblem(coreText("validation.instrument_too_long", instrument.name, months, end.dutch, lastDay.dutch)))
            }
        } else if today > lastDay {
            problems.append(FieldProblem(coreText("validation.instrument_open_too_long", instrument.name, months, lastDay.dutch)))
        }
        return problems
    }

    /// Prerequisites of `instrument` that `client` and `deployment` do not meet.
    public static func prerequisiteProblems(_ deployment: InstrumentDeployment, instrument: Instrument, client: Client) -> [FieldProblem] {
        instrument.prerequisites.compactMap { prerequisite in
            let met: Bool
            switch prerequisite {
            case .wageValueAssessment: met = client.wageValueAssessment.map { $0 <= deployment.start } ?? false
            case .targetRegister: met = client.targetGroups.contains(.jobAgreement)
            case .employer: met = !(deployment.employerId ?? "").isEmpty
            case .runningBenefit: met = client.runningBenefit(on: deployment.start) != nil
            }
            return met ? nil : FieldProblem(coreText("validation.prerequisite.\(prerequisite.rawValue)", instrument.name))
        }
    }
}
