import XCTest
@testable import WerkbankCore

/// Employers, vacancies and proposals: older JSON still reads, the new kinds journal and snapshot.
final class EmployerModelTests: StoreTestCase {
    func testOldEmployerJSONReadsItsContactAsOneContactPerson() throws {
        let old = #"{"accountManager":"awerk","city":"Hengelo","contactEmail":"jan@korenaar.nl","contactName":"Jan","contactPhone":"074-1234567","hartwerk":true,"id":"W1","name":"Korenaar","sector":"voeding"}"#
        let employer = try FastJSONDecoder().decode(Employer.self, from: Data(old.utf8))
        XCTAssertEqual(employer.contacts, [ContactPerson(name: "Jan", phone: "074-1234567", email: "jan@korenaar.nl")])
        XCTAssertTrue(employer.hartwerk)
        XCTAssertNil(employer.socialReturn)
        XCTAssertEqual(employer.jobAgreementJobs, 0)
        let bare = try FastJSONDecoder().decode(Employer.self, from: Data(#"{"id":"W2","name":"Leeg"}"#.utf8))
        XCTAssertEqual(bare.contacts, [])
    }

    func testOldVacancyJSONMapsStatusAndRequirements() throws {
        let old = #"{"district":"Centrum","drivingLicence":false,"employerId":"W1","hoursPerWeek":24,"id":"V1","opened":"2024-02-29","positions":2,"requirements":["HACCP"],"status":"gesloten","title":"Broodbakker"}"#
        let vacancy = try FastJSONDecoder().decode(Vacancy.self, from: Data(old.utf8))
        XCTAssertEqual(vacancy.status, .withdrawn)
        XCTAssertEqual(vacancy.requiredSkills, ["HACCP"])
        XCTAssertEqual(vacancy.function, "Broodbakker")
        XCTAssertEqual(vacancy.candidatesWanted, 2)
        XCTAssertEqual(vacancy.tasks, [])
        let encoded = String(decoding: try FastJSONEncoder().encode(vacancy), as: UTF8.self)
        XCTAssertTrue(encoded.contains(#""requirements":["HACCP"]"#) && encoded.contains(#""status":"ingetrokken""#), encoded)
        XCTAssertThrowsError(try FastJSONDecoder().decode(Vacancy.self, from: Data(old.replacingOccurrences(of: "gesloten", with: "dicht").utf8)))
    }

    func testProposalsAndProfileConfirmationSurviveJournalAndSnapshot() throws {
        var dataset = sampleDataset()
        let day = Day(year: 2026, month: 11, day: 23)!
        dataset.vacancies["V1"] = Vacancy(id: "V1", employerId: "W1", title: "Bakker",
                                          tasks: [VacancyTask(name: "deeg", skills: ["bakken"], hoursPerWeek: 8)],
                                          certificates: ["BHV"], physicalLoad: .heavy, place: "Hengelo", opened: day, status: .proposed)
        let store = try Store.create(directory, dataset: dataset, user: "test")
        let clientId = try XCTUnwrap(dataset.clients.keys.sorted().first)
        let proposal = Proposal(id: "VS1", clientId: clientId, vacancyId: "V1", employerId: "W1", proposedBy: "awerk",
                                throughCoach: "anna", date: day, answer: .rejected, answerReason: "te ver", answerDate: day)
        var client = try XCTUnwrap(dataset.clients[clientId])
        client.profileConfirmed = day
        _ = try store.commit([.putProposal(proposal), .putClient(client)], summary: "voorstel")
        store.close()
        let reopened = try Store.open(directory, user: "test")
        XCTAssertEqual(reopened.data.proposals["VS1"], proposal)
        XCTAssertEqual(reopened.data.clients[clientId]?.profileConfirmed, day)
        try reopened.compact()
        reopened.close()
        let again = try Store.open(directory, user: "test", readOnly: true)
        defer { again.close() }
        XCTAssertEqual(again.data.proposals["VS1"], proposal)
        XCTAssertEqual(again.data.vacancies["V1"], dataset.vacancies["V1"])
    }

    func testSocialReturnPlacesFilledComeFromPlacements() {
        var data = Dataset()
        let since = Day(year: 2026, month: 1, day: 1)!, deadline = Day(year: 2026, month: 12, day: 31)!
        data.employers["W1"] = Employer(id: "W1", name: "Bouw BV", socialReturn: SocialReturn(places: 4, since: since, deadline: deadline))
        for (id, start) in [("p1", Day(year: 2026, month: 3, day: 1)!), ("p2", Day(year: 2025, month: 12, day: 1)!), ("p3", Day(year: 2026, month: 6, day: 1)!)] {
            data.placements[id] = Placement(id: id, clientId: id, employerId: "W1", stage: .temporary, temporaryStart: start)
        }
        data.placements["p4"] = Placement(id: "p4", clientId: "x", employerId: "W1", stage: .proposed, proposed: since)
        XCTAssertEqual(data.socialReturnFilled(employerId: "W1"), 2, "work started within the agreement; a proposal is no place")
    }
}
