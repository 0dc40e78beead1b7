import XCTest
@testable import WerkbankCore

/// The employer desk's commands: who may run them (a role table as in EditPolicyTests), what
/// they write, and conflicts with what someone else saved meanwhile.
final class EmployerDeskCommandTests: CommandTestCase {
    private func user(_ role: UserRole) -> User { [anna, ivo, sara, ada].first { $0.role == role }! }

    func testRoleTable() throws {
        // role → may save an employer, a vacancy, propose, record an answer
        let table: [UserRole: [Bool]] = [.coach: [false, true, true, true], .intaker: [false, false, false, false],
                                         .supervisor: [false, false, false, false], .admin: [true, true, true, true]]
        for role in UserRole.allCases {
            let user = user(role)
            var edited = store.data.employers["W1"]!
            edited.sector = "Voeding \(role.rawValue)"
            let vacancy = Vacancy(id: "", employerId: "W1", title: "Inpakker \(role.rawValue)", opened: today)
            let proposal = Proposal(id: "VS-\(role.rawValue)", clientId: "K1000000", vacancyId: "V1", employerId: "W1",
                                    proposedBy: "ada", date: today)
            try store.commit([.putProposal(proposal)], summary: "", subject: nil)
            let commands: [any EditCommand] = [SaveEmployer(basis: store.data.employers["W1"], edited), SaveVacancy(basis: nil, vacancy),
                                               ProposeCandidate(client: "K1000001", vacancy: "V-\(role.rawValue)"),
                                               RecordAnswer(proposal, .invited, on: today)]
            for (command, allowed) in zip(commands, table[role]!) {
                let before = store.seq
                do {
                    try store.run(command, context(user))
                    XCTAssertTrue(allowed, "\(command) by \(role)")
                    XCTAssertEqual(store.seq, before + 1)
                } catch let error as WerkbankError {
                    XCTAssertFalse(allowed, "\(command) by \(role): \(error.message)")
                    XCTAssertEqual(store.seq, before)
                    XCTAssertTrue(error.message.contains("mag dit niet"), error.message)
                }
            }
        }
    }

    func testAVacancyWithTasksIsSavedAndItsRulesNameTheField() throws {
        let tasks = [VacancyTask(name: "Inpakken", skills: ["inpakken"], hoursPerWeek: 12), VacancyTask(name: "Schoonmaken", hoursPerWeek: 8)]
        let vacancy = Vacancy(id: "", employerId: "W1", title: "Productiemedewerker", tasks: tasks, hoursPerWeek: 20, certificates: ["VCA"],
                              opened: today)
        let edit = try store.run(SaveVacancy(basis: nil, vacancy), context(anna))
        guard case .putVacancy(let saved) = edit.changes.first else { return XCTFail("\(edit.changes)") }
        XCTAssertTrue(saved.id.hasPrefix("V"))
        XCTAssertEqual(store.data.vacancies[saved.id]?.tasks, tasks)
        var bad = saved
        bad.tasks[1].hoursPerWeek = 30
        XCTAssertThrowsError(try store.run(SaveVacancy(basis: saved, bad), context(anna))) { error in
            XCTAssertEqual((error as? WerkbankError)?.message, "taak 'Schoonmaken': uren tussen 0 en de 20 uur van de vacature")
        }
        bad = saved
        bad.employerId = "W9"
        XCTAssertThrowsError(try store.run(SaveVacancy(basis: saved, bad), context(anna)))
    }

    func testANewEmployerGetsAnIdAndAnExistingIdIsRefused() throws {
        let edit = try store.run(SaveEmployer(basis: nil, Employer(id: "", name: "Bakkerij Brood", city: "Zwolle")), context(ada))
        guard case .putEmployer(let saved) = edit.changes.first else { return XCTFail("\(edit.changes)") }
        XCTAssertEqual(store.data.employers[saved.id]?.name, "Bakkerij Brood")
        XCTAssertThrowsError(try store.run(SaveEmployer(basis: nil, Employer(id: "W1", name: "Ander")), context(ada)))
        XCTAssertThrowsError(try store.run(SaveEmployer(basis: nil, Employer(id: "", name: " ")), context(ada))) { error in
            XCTAssertEqual((error as? WerkbankError)?.message, "naam: vul de naam van de werkgever in")
        }
    }

    func testAnEmployerEditedMeanwhileIsAConflict() throws {
        let opened = store.data.employers["W1"]!
        var theirs = opened
        theirs.accountManager = "bert"
        try store.run(SaveEmployer(basis: opened, theirs), context(ada))
        var mine = opened
        mine.socialReturn = SocialReturn(places: 3, since: today, deadline: today.adding(months: 12))
        XCTAssertThrowsError(try store.run(SaveEmployer(basis: opened, mine), context(ada))) { error in
            XCTAssertTrue(error is EditConflict, "\(error)")
        }
        XCTAssertEqual(store.data.employers["W1"]?.accountManager, "bert")
        XCTAssertNil(store.data.employers["W1"]?.socialReturn)
        var late = theirs
        late.socialReturn = SocialReturn(places: 2, since: today, deadline: today.adding(days: -1))
        XCTAssertThrowsError(try store.run(SaveEmployer(basis: theirs, late), context(ada))) { error in
            XCTAssertTrue((error as? WerkbankError)?.message.hasPrefix("social return: einddatum") ?? false, "\(error)")
        }
    }

    func testAnotherCoachsClientIsProposedThroughTheirCoachAndOnlyOnce() throws {
        let edit = try store.run(ProposeCandidate(client: "K1000001", vacancy: "V1"), context(anna))
        guard case .putProposal(let proposal) = edit.changes.first else { return XCTFail("\(edit.changes)") }
        XCTAssertEqual(proposal.throughCoach, "bert")
        XCTAssertEqual(proposal.proposedBy, "anna")
        XCTAssertEqual(store.data.vacancies["V1"]?.status, .proposed)
        let own = try store.run(ProposeCandidate(client: "K1000000", vacancy: "V1"), context(anna))
        guard case .putProposal(let ownProposal) = own.changes.first else { return XCTFail("\(own.changes)") }
        XCTAssertNil(ownProposal.throughCoach)
        XCTAssertThrowsError(try store.run(ProposeCandidate(client: "K1000001", vacancy: "V1"), context(ada))) { error in
            XCTAssertTrue((error as? WerkbankError)?.message.contains("al voorgesteld") ?? false, "\(error)")
        }
    }

    func testARejectionNeedsAReasonAndAHireStartsAPlacementWithAftercare() throws {
        try store.run(ProposeCandidate(client: "K1000000", vacancy: "V1"), context(anna))
        try store.run(ProposeCandidate(client: "K1000001", vacancy: "V1"), context(anna))
        let proposals = store.data.proposals.values.sorted { $0.clientId < $1.clientId }
        XCTAssertThrowsError(try store.run(RecordAnswer(proposals[1], .rejected, reason: " ", on: today), context(anna))) { error in
            XCTAssertEqual((error as? WerkbankError)?.message, "afgewezen: geef de reden van de werkgever op")
        }
        try store.run(RecordAnswer(proposals[1], .rejected, reason: "Geen rijbewijs", on: today), context(anna))
        XCTAssertEqual(store.data.proposals[proposals[1].id]?.answerReason, "Geen rijbewijs")
        // Answering the same proposal as the form saw it again: a conflict.
        XCTAssertThrowsError(try store.run(RecordAnswer(proposals[1], .invited, on: today), context(anna))) { error in
            XCTAssertTrue(error is EditConflict, "\(error)")
        }
        // Bert's client proposed by anna elsewhere: a hire is case work, only bert or an admin.
        try store.run(ProposeCandidate(client: "K1000001", vacancy: "V-" + UserRole.coach.rawValue), context(anna))
        let bertsProposal = try XCTUnwrap(store.data.proposals.values.first { $0.vacancyId == "V-" + UserRole.coach.rawValue })
        XCTAssertThrowsError(try store.run(RecordAnswer(bertsProposal, .hired, on: today), context(anna))) { error in
            XCTAssertTrue((error as? WerkbankError)?.message.contains("bert") ?? false, "\(error)")
        }
        try store.run(RecordAnswer(proposals[0], .invited, on: today), context(anna))
        let actionsBefore = client.actions.count
        try store.run(RecordAnswer(store.data.proposals[proposals[0].id]!, .hired, on: today), context(anna))
        let placement = try XCTUnwrap(store.data.placements.values.first { $0.clientId == "K1000000" && $0.vacancyId == "V1" })
        XCTAssertEqual(placement.stage, .trial)
        XCTAssertEqual(placement.trialStart, today)
        XCTAssertEqual(client.actions.count, actionsBefore + Aftercare.months.count)
        XCTAssertEqual(Set(client.actions.suffix(4).map(\.due)), Set(Aftercare.months.map { today.adding(months: $0) }))
        XCTAssertEqual(store.data.vacancies["V1"]?.status, .filled)
        // Through proefplaatsing to vast contract with the existing placement commands.
        try store.run(ChangePlacement(placement, .advance, on: today), context(anna))
        try store.run(ChangePlacement(store.data.placements[placement.id]!, .advance, on: today), context(anna))
        XCTAssertEqual(store.data.placements[placement.id]?.stage, .permanent)
    }

    func testTheHistorySaysWhereAClientWasProposedAndWhatTheEmployerAnswered() throws {
        let vacancy = try XCTUnwrap(store.data.vacancies["V1"])
        let employer = store.data.employers[vacancy.employerId]?.name ?? vacancy.employerId
        let proposed = try store.run(ProposeCandidate(client: "K1000000", vacancy: "V1"), context(anna))
        XCTAssertEqual(proposed.changes.map { ChangeText.describe($0, data: store.data) },
                       ["voorgesteld voor \(vacancy.title) bij \(employer)", "vacature \(vacancy.title) (open → voorgesteld)"])
        let proposal = try XCTUnwrap(store.data.proposals.values.first)
        let hired = try store.run(RecordAnswer(proposal, .hired, on: today), context(anna))
        let lines = hired.changes.map { ChangeText.describe($0, data: store.data) }
        XCTAssertEqual(lines.first, "voorgesteld voor \(vacancy.title) bij \(employer): aangenomen")
        XCTAssertTrue(lines.contains("plaatsing bij \(employer): proefplaatsing"), "\(lines)")
    }

    func testConfirmingAvailabilityMakesTheProfileCertainAgain() throws {
        XCTAssertFalse(client.hasConfirmedProfile(on: today))
        XCTAssertThrowsError(try store.run(ConfirmAvailability(client: "K1000000"), context(bert)))
        let edit = try store.run(ConfirmAvailability(client: "K1000000"), context(anna))
        XCTAssertEqual(edit.changes, [.setField(client: "K1000000", field: .profileConfirmed, old: nil, new: .text(today.iso))])
        XCTAssertEqual(client.profileConfirmed, today)
        XCTAssertTrue(client.hasConfirmedProfile(on: today))
        XCTAssertThrowsError(try store.run(ConfirmAvailability(client: "K1000000"), context(anna)))
    }
}
