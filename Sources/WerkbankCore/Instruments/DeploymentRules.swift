/// The field of the deploy form a problem belongs to.
public enum DeploymentField: String, Sendable, CaseIterable {
    case instrument, start, end, hours, amount, employer
}

/// A rule the deploy form breaks, with the field to put the cursor on.
public struct DeploymentIssue: Equatable, Sendable {
    public var field: DeploymentField
    public var message: String
}

/// Checks a deployment typed into the deploy form: dates, the instrument's maximum duration
/// (proefplaatsing 3 months, leren en werken 6 months, from the catalogue), an employer where
/// the instrument needs one, no negative hours or amounts, and the instrument's eligibility on the start date.
public enum DeploymentRules {
    public static func validate(_ deployment: InstrumentDeployment, instrument: Instrument, client: Client) -> [DeploymentIssue] {
        var issues: [DeploymentIssue] = []
        var others = client
        others.deployments.removeAll { $0.id == deployment.id }
        for reason in InstrumentEligibility.evaluate(instrument, for: others, on: deployment.start).reasons {
            issues.append(DeploymentIssue(field: .instrument, message: reason.message))
        }
        if let end = deployment.end, end < deployment.start {
            issues.append(DeploymentIssue(field: .end, message: coreText("deployment.end.before.start")))
        } else if let maxMonths = instrument.maxMonths, let lastDay = instrument.legalLastDay(startingOn: deployment.start) {
            if deployment.end == nil {
                issues.append(DeploymentIssue(field: .end, message: coreText("deployment.end.required", instrument.name, maxMonths)))
            } else if let end = deployment.end, end > lastDay {
                issues.append(DeploymentIssue(field: .end, message: coreText("deployment.too.long", instrument.name, maxMonths, lastDay.dutch)))
            }
        }
        if instrument.prerequisites.contains(.employer), (deployment.employerId ?? "").isEmpty {
            issues.append(DeploymentIssue(field: .employer, message: coreText("deployment.employer.required", instrument.name)))
        }
        if let hours = deployment.hoursPerMonth, hours < 0 {
            issues.append(DeploymentIssue(field: .hours, message: coreText("deployment.hours.negative")))
        }
        if let amount = deployment.amount, amount < 0 {
            issues.append(DeploymentIssue(field: .amount, message: coreText("deployment.amount.negative")))
        }
        return issues
    }
}
