/// Rules for a client's benefit periods (uitkeringen).
public enum BenefitRules {
    /// Problems of one period on its own, each with the exchange-format column it concerns:
    /// an end before the start, an end without a reason or a reason without an end.
    public static func problems(of period: BenefitPeriod) -> [(field: String, problem: FieldProblem)] {
        var problems: [(field: String, problem: FieldProblem)] = []
        do { try Validate.period(start: period.start, end: period.end) } catch { problems.append(("einde", error)) }
        if period.end != nil, period.endReason == nil {
            problems.append(("reden_einde", FieldProblem(coreText("validation.end_without_reason"))))
        }
        if period.end == nil, let reason = period.endReason {
            problems.append(("reden_einde", FieldProblem(coreText("validation.reason_without_end", reason.code))))
        }
        return problems
    }

    /// For each pair of periods that share a day: the index of the later one (in `periods`'
    /// order) and a message naming the other. A running period reaches to the end of time.
    public static func overlaps(in periods: [BenefitPeriod]) -> [(index: Int, problem: FieldProblem)] {
        let order = periods.indices.sorted { (periods[$0].start, $0) < (periods[$1].start, $1) }
        var result: [(index: Int, problem: FieldProblem)] = []
        var latest: (index: Int, end: Day?)?
        for index in order {
            let period = periods[index]
            if let previous = latest, previous.end == nil || previous.end! >= period.start {
                let other = periods[previous.index]
                let reported = max(index, previous.index)
                let named = reported == index ? other : period
                result.append((reported, FieldProblem(coreText("validation.benefit_overlap",
                    named.start.dutch, named.end?.dutch ?? coreText("validation.running")))))
            }
            if latest == nil || (latest!.end != nil && (period.end == nil || period.end! > latest!.end!)) {
                latest = (index, period.end)
            }
        }
        return result.sorted { $0.index < $1.index }
    }
}
