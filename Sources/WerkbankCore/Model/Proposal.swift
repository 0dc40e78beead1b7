/// The employer's answer to a proposed candidate.
public enum ProposalAnswer: String, Codable, CaseIterable, Sendable {
    case invited = "uitgenodigd"
    /// Needs a reason (`Proposal.answerReason`).
    case rejected = "afgewezen"
    case hired = "aangenomen"

    public var label: String { coreText("proposalanswer.\(rawValue)") }
}

/// A client proposed for a vacancy (voorstel): by whom, through which coach when the client is
/// not the proposer's own, and the employer's answer.
public struct Proposal: Codable, Hashable, Sendable, Identifiable {
    public var id: String
    public var clientId: String
    public var vacancyId: String
    public var employerId: String
    /// User name of who proposed.
    public var proposedBy: String
    /// The client's coach, when someone else proposed (nil: the coach proposed).
    public var throughCoach: String?
    public var date: Day
    public var answer: ProposalAnswer?
    public var answerReason: String
    public var answerDate: Day?

    public init(id: String, clientId: String, vacancyId: String, employerId: String, proposedBy: String,
                throughCoach: String? = nil, date: Day, answer: ProposalAnswer? = nil, answerReason: String = "",
                answerDate: Day? = nil) {
        self.id = id; self.clientId = clientId; self.vacancyId = vacancyId; self.employerId = employerId
        self.proposedBy = proposedBy; self.throughCoach = throughCoach; self.date = date; self.answer = answer
        self.answerReason = answerReason; self.answerDate = answerDate
    }

    /// Waiting for the employer, or invited: the candidate is still in play.
    public var isPending: Bool { answer == nil || answer == .invited }

    /// "voorgesteld" until the employer answers, then the answer ("afgewezen", …).
    public var stateLabel: String { answer?.label ?? coreText("proposal.pending") }
}

extension Dataset {
    /// The latest proposal of each client for `vacancyId` (by date, then id), keyed by client.
    public func latestProposals(for vacancyId: String) -> [String: Proposal] {
        var latest: [String: Proposal] = [:]
        for proposal in proposals.values where proposal.vacancyId == vacancyId {
            if let known = latest[proposal.clientId], (known.date, known.id) > (proposal.date, proposal.id) { continue }
            latest[proposal.clientId] = proposal
        }
        return latest
    }
}
