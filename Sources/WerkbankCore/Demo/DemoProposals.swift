/// Proposals (voorstellen) of the demo: one for every placement made on a vacancy (answered
/// "aangenomen" once the placement got past voorgesteld, some pending ones "uitgenodigd"), and
/// rejections with a reason on open vacancies. Vacancies with a pending proposal are
/// "voorgesteld". Also dates the profile confirmations ("beschikbaarheid bevestigen") of the
/// clients. Draws from its own streams, so nothing else of the demo shifts.
enum DemoProposals {
    static let rejectionReasons = ["geen klik in het gesprek", "te weinig ervaring met het werk",
                                   "kandidaat koos voor een andere baan", "reistijd te lang", "werktijden passen niet"]

    static func add(to dataset: inout Dataset, context: DemoContext) {
        var random = SeededRandom(seed: context.seed, stream: 4)
        var proposals: [Proposal] = []
        func next(_ clientId: String, _ vacancy: Vacancy, by: String, on date: Day) -> Proposal {
            Proposal(id: demoID("VS", proposals.count + 1, width: 5), clientId: clientId, vacancyId: vacancy.id,
                     employerId: vacancy.employerId, proposedBy: by, date: date)
        }
        for placement in dataset.placements.values.sorted(by: { $0.id < $1.id }) {
            guard let vacancyId = placement.vacancyId, let vacancy = dataset.vacancies[vacancyId] else { continue }
            var proposal = next(placement.clientId, vacancy, by: placement.by, on: placement.proposed ?? vacancy.opened)
            if let hired = placement.trialStart ?? placement.temporaryStart ?? placement.permanentStart {
                proposal.answer = .hired
                proposal.answerDate = hired
            } else if placement.end == nil, random.chance(0.4) {
                proposal.answer = .invited
                proposal.answerDate = min(context.today, proposal.date.adding(days: random.int(2...10)))
            }
            proposals.append(proposal)
        }
        let candidates = dataset.clients.values.filter { ($0.ladderPosition.current ?? .research) >= .unpaidWork && $0.isActive(on: context.today) }
            .map(\.id).sorted()
        for vacancy in context.employers.openVacancies where !candidates.isEmpty && random.chance(0.5) {
            let clientId = random.pick(candidates)
            guard let coach = dataset.clients[clientId]?.coach else { continue }
            let date = min(context.today, vacancy.opened.adding(days: random.int(1...20)))
            var proposal = next(clientId, vacancy, by: context.staff.accountManagers[0].name, on: date)
            proposal.throughCoach = coach
            proposal.answer = .rejected
            proposal.answerReason = random.pick(rejectionReasons)
            proposal.answerDate = min(context.today, date.adding(days: random.int(3...14)))
            proposals.append(proposal)
        }
        for proposal in proposals {
            dataset.proposals[proposal.id] = proposal
            if proposal.answer == nil || proposal.answer == .invited, dataset.vacancies[proposal.vacancyId]?.status == .open {
                dataset.vacancies[proposal.vacancyId]?.status = .proposed
            }
        }
    }

    /// About two in three clients confirmed their profile at their last contact, some long ago.
    static func confirmProfiles(in dataset: inout Dataset, context: DemoContext) {
        var random = SeededRandom(seed: context.seed, stream: 5)
        for id in dataset.clients.keys.sorted() {
            guard let last = dataset.clients[id]?.lastContact else { continue }
            switch random.weighted([(0, 55.0), (1, 15.0), (2, 30.0)]) {
            case 0: dataset.clients[id]?.profileConfirmed = last
            case 1: dataset.clients[id]?.profileConfirmed = last.adding(days: -random.int(190...500))
            default: break
            }
        }
    }
}
