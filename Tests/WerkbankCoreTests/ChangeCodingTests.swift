import XCTest
@testable import WerkbankCore

/// The journal's change kinds (docs/data-format.md): the record updates of employers, vacancies
/// and proposals, and the whole-record puts older journals used for them.
final class ChangeCodingTests: CommandTestCase {
    private var proposal: Proposal {
        Proposal(id: "VS1", clientId: "K1000000", vacancyId: "V1", employerId: "W1", proposedBy: "anna", throughCoach: nil, date: today)
    }

    func testRecordUpdatesAreJournaledWithOldAndNewAndReadBack() throws {
        var answered = proposal
        answered.answer = .invited
        answered.answerDate = today
        let vacancy = store.data.vacancies["V1"]!
        var proposed = vacancy
        proposed.status = .proposed
        let employer = store.data.employers["W1"]!
        var renamed = employer
        renamed.name += " B.V."
        let changes: [Change] = [.updateProposal(old: proposal, new: answered), .updateVacancy(old: vacancy, new: proposed),
                                 .updateEmployer(old: employer, new: renamed)]
        let json = try JSONSerialization.jsonObject(with: JSONEncoder().encode(changes)) as? [[String: Any]]
        XCTAssertEqual(json?.map { "\($0["op"]!) \($0["kind"]!)" }, ["update proposal", "update vacancy", "update employer"])
        XCTAssertEqual((json?[0]["old"] as? [String: Any])?["id"] as? String, "VS1")
        XCTAssertNil(json?[0]["record"])
        XCTAssertEqual(try JSONDecoder().decode([Change].self, from: JSONEncoder().encode(changes)), changes)
    }

    func testAnOlderJournalsPutOverAnExistingRecordStillReplays() throws {
        try store.commit([.putProposal(proposal)], summary: "voorgesteld")
        var answered = proposal
        answered.answer = .rejected
        answered.answerReason = "vol"
        var filled = store.data.vacancies["V1"]!
        filled.status = .filled
        // What RecordAnswer journaled before the update kinds: whole records put over the old ones.
        try store.commit([.putProposal(answered), .putVacancy(filled)], summary: "afgewezen")
        let reopened = try Store.open(directory, user: "check", readOnly: true).data
        XCTAssertEqual(reopened.proposals["VS1"], answered)
        XCTAssertEqual(reopened.vacancies["V1"]?.status, .filled)
    }

    func testAnUpdateOfARecordSomeoneElseChangedIsAConflict() throws {
        try store.commit([.putProposal(proposal)], summary: "")
        var theirs = proposal
        theirs.answer = .hired
        try store.commit([.putProposal(theirs)], summary: "")
        var mine = proposal
        mine.answer = .invited
        XCTAssertThrowsError(try Change.updateProposal(old: proposal, new: mine).verify(against: store.data)) { error in
            let conflict = error as? EditConflict
            XCTAssertEqual(conflict?.subject, "K1000000")
            XCTAssertEqual(conflict?.theirs.hasPrefix("aangenomen"), true, conflict?.theirs ?? "")
        }
    }
}
