import XCTest
@testable import WerkbankCore

/// The worklist rules with hand-made dates, edge days included (docs/reports.md, Werklijsten).
final class WorklistTests: XCTestCase {
    private func day(_ text: String) -> Day { Day(parsing: text)! }
    private let today = Day(parsing: "23-11-2026")!   // a Monday

    func testDecisionDeadlineIsEightWeeksAfterTheApplicationUntilDecided() {
        let open = Melding(id: "m", date: day("01-09-2026"), applicationDate: day("05-10-2026"))
        XCTAssertEqual(Worklists.decisionDeadline(open), day("30-11-2026"))
        var decided = open
        decided.decision = .granted
        XCTAssertNil(Worklists.decisionDeadline(decided))
        XCTAssertNil(Worklists.decisionDeadline(Melding(id: "n", date: day("01-09-2026"))), "no aanvraag, no termijn")
    }

    func testStatesAroundTheWarningWindow() {
        XCTAssertEqual(Worklists.state(due: day("22-11-2026"), today: today, warningDays: 14), .overdue, "yesterday")
        XCTAssertEqual(Worklists.state(due: today, today: today, warningDays: 14), .soon, "the last day is not yet overdue")
        XCTAssertEqual(Worklists.state(due: day("07-12-2026"), today: today, warningDays: 14), .soon, "exactly 14 days ahead")
        XCTAssertNil(Worklists.state(due: day("08-12-2026"), today: today, warningDays: 14), "15 days ahead")
    }

    func testDecisionStateOfAClientTakesTheEarliestOpenAanvraag() {
        let client = Client(id: "k", notes: [ContactNote(id: "n", date: today, by: "x", channel: .meeting, text: "")],
                            actions: [PlanAction(id: "a", title: "cv", due: day("01-12-2026"))])
        let late = Melding(id: "1", clientId: "k", date: day("01-08-2026"), applicationDate: day("28-09-2026"))   // 23-11: due today
        let later = Melding(id: "2", clientId: "k", date: day("01-09-2026"), applicationDate: day("12-10-2026"))
        let lists = ClientWorklists(client: client, meldingen: [later, late], today: today, settings: TeamSettings())
        XCTAssertEqual(lists.decisionDeadline, today)
        XCTAssertEqual(lists.state(.decision), .soon)
        let tomorrow = ClientWorklists(client: client, meldingen: [late], today: today.adding(days: 1), settings: TeamSettings())
        XCTAssertEqual(tomorrow.state(.decision), .overdue)
    }

    func testReassessmentIsDueTwelveMonthsAfterTheLatestAssessment() {
        var client = Client(id: "k", ladder: [LadderObservation(id: "s", date: day("01-03-2024"), kind: .start, rung: .isolated),
                                              LadderObservation(id: "a", date: day("22-11-2025"), kind: .actual, rung: .socialContacts)])
        XCTAssertEqual(Worklists.reassessmentDue(client), day("22-11-2026"))
        XCTAssertEqual(Worklists.state(due: day("22-11-2026"), today: today, warningDays: Worklists.reassessmentWarningDays), .overdue)
        client.ladder.removeLast()
        XCTAssertEqual(Worklists.reassessmentDue(client), day("01-03-2025"), "only a start: a year after the start")
        client.ladder = []
        XCTAssertNil(Worklists.reassessmentDue(client))
    }

    func testExemptionEndCountsOnlyWithAnExemption() {
        var client = Client(id: "k", workObligation: .partialExemption, exemptionEnd: day("23-12-2026"))
        XCTAssertEqual(Worklists.exemptionEnd(client), day("23-12-2026"))
        let lists = ClientWorklists(client: client, meldingen: [], today: today, settings: TeamSettings())
        XCTAssertEqual(lists.state(.exemption), .soon, "exactly 30 days ahead")
        XCTAssertNil(ClientWorklists(client: client, meldingen: [], today: day("22-11-2026"), settings: TeamSettings()).state(.exemption),
                     "31 days ahead")
        client.workObligation = .imposed
        XCTAssertNil(Worklists.exemptionEnd(client), "an end date without exemption is no worklist item")
    }

    func testOutOfViewByContactOrByPlan() {
        let weeks = 8
        let start = [BenefitPeriod(id: "u", start: day("01-01-2026"))]
        func note(_ date: String) -> ContactNote { ContactNote(id: date, date: day(date), by: "x", channel: .meeting, text: "") }
        // Contact exactly 8 weeks (56 days) ago, an open action: in view; one day more: out of view.
        var client = Client(id: "k", benefits: start, notes: [note("28-09-2026")],
                            actions: [PlanAction(id: "a", title: "cv", due: day("01-01-2027"))])
        XCTAssertFalse(Worklists.isOutOfView(client, on: today, weeks: weeks))
        XCTAssertEqual(Worklists.outOfViewFrom(client, on: today, weeks: weeks), day("24-11-2026"))
        XCTAssertTrue(Worklists.isOutOfView(client, on: day("24-11-2026"), weeks: weeks))
        // Recent contact but no open action for more than 8 weeks: out of view.
        client.notes = [NoteRef(note("20-11-2026"))]
        client.actions = [PlanAction(id: "a", title: "cv", due: day("01-09-2026"), status: .done, doneOn: day("27-09-2026"))]
        XCTAssertTrue(Worklists.isOutOfView(client, on: today, weeks: weeks), "57 days since the last action closed")
        client.actions[0].doneOn = day("28-09-2026")
        XCTAssertFalse(Worklists.isOutOfView(client, on: today, weeks: weeks), "exactly 56 days")
        // Nothing dated at all.
        XCTAssertTrue(Worklists.isOutOfView(Client(id: "x"), on: today, weeks: weeks))
    }

    func testAgendaShowsOverdueAndThisWeekAndNextByDateAndKind() {
        XCTAssertEqual(Agenda.horizon(today: today), day("06-12-2026"), "the Sunday of next week")
        XCTAssertEqual(Agenda.horizon(today: day("06-12-2026")), day("13-12-2026"), "on a Sunday: the next Sunday week")
        let client = Client(id: "k", firstName: "Jan", infix: "de", lastName: "Vries", workObligation: .fullExemption,
                            exemptionEnd: day("06-12-2026"), benefits: [BenefitPeriod(id: "u", start: day("01-01-2026"))],
                            ladder: [LadderObservation(id: "a", date: day("01-06-2026"), kind: .actual, rung: .unpaidWork)],
                            notes: [ContactNote(id: "n", date: day("20-11-2026"), by: "x", channel: .meeting, text: "")],
                            actions: [PlanAction(id: "a1", title: "cv maken", due: day("20-11-2026")),
                                      PlanAction(id: "a2", title: "bellen", due: day("06-12-2026")),
                                      PlanAction(id: "a3", title: "te ver", due: day("07-12-2026"))])
        let melding = Melding(id: "m", clientId: "k", date: day("01-09-2026"), applicationDate: day("05-10-2026"))
        let loose = Melding(id: "l", date: day("01-09-2026"), name: "Piet Puk", applicationDate: day("01-10-2026"))
        let items = Agenda.items(clients: [client], meldingen: [melding, loose], includeUnlinked: false, today: today, settings: TeamSettings())
        XCTAssertEqual(items.map(\.kind), [.action, .decision, .action, .exemption])
        XCTAssertEqual(items.map(\.due), [day("20-11-2026"), day("30-11-2026"), day("06-12-2026"), day("06-12-2026")],
                       "a3 (07-12) is after the horizon; the re-assessment (06-2027) and uit beeld (01-2027) are far off")
        XCTAssertEqual(items[0].daysLate, 3)
        XCTAssertEqual(items[0].clientName, "Vries, J. de")
        XCTAssertEqual(items[1].recordId, "m")
        let all = Agenda.items(clients: [client], meldingen: [melding, loose], includeUnlinked: true, today: today, settings: TeamSettings())
        XCTAssertEqual(all.filter { $0.clientId == nil }.map(\.clientName), ["Piet Puk"], "an aanvraag without a client shows for everyone")
    }

    func testTeamSettingsFileDefaultsAndErrorsNameFileAndField() throws {
        let directory = NSTemporaryDirectory() + "werkbank-settings-\(getpid())"
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: directory) }
        XCTAssertEqual(try TeamSettings.load(directory: directory), TeamSettings(outOfViewWeeks: 8, caseloadNorm: 120))
        let path = directory + "/instellingen.json"
        func write(_ text: String) throws { try text.write(toFile: path, atomically: true, encoding: .utf8) }
        try write("{\n  \"schema\": 1,\n  \"outOfViewWeeks\": 10\n}\n")
        XCTAssertEqual(try TeamSettings.load(directory: directory), TeamSettings(outOfViewWeeks: 10, caseloadNorm: 120))
        for (text, field) in [("{\"outOfViewWeeks\": 0}", "outOfViewWeeks"), ("{\"caseloadNorm\": \"veel\"}", "caseloadNorm"),
                              ("{\"uitBeeld\": 8}", "uitBeeld")] {
            try write(text)
            XCTAssertThrowsError(try TeamSettings.load(directory: directory)) { error in
                let message = (error as? WerkbankError)?.message ?? ""
                XCTAssertTrue(message.contains("instellingen.json") && message.contains(field), message)
            }
        }
    }

    func testCaseloadScreenAndReportUseTheSameN() {
        let today = self.today
        var data = Dataset()
        data.settings.outOfViewWeeks = 5
        data.users["c"] = User(name: "c", displayName: "C", role: .coach)
        for (id, contact) in [("a", "19-10-2026"), ("b", "18-10-2026"), ("d", "01-11-2026")] {
            data.clients[id] = Client(id: id, coach: "c", notes: [ContactNote(id: id, date: day(contact), by: "c", channel: .meeting, text: "")],
                                      actions: [PlanAction(id: id, title: "x", due: day("01-01-2027"))])
        }
        let index = CaseloadIndex(dataset: data, today: today)
        var query = CaseloadQuery.active(.coach("c"))
        query.toggle(.outOfView(true))
        let screen = index.query(query).clientIds.sorted()
        let report = CaseloadReport(data, peildatum: today)
        XCTAssertEqual(screen, ["b"], "35 days is not more than 5 weeks, 36 is")
        XCTAssertEqual(report.outOfViewWeeks, index.settings.team.outOfViewWeeks)
        XCTAssertEqual(report.coaches.first { $0.coach == "c" }?.outOfView, screen.count)
        XCTAssertEqual(report.coaches.first { $0.coach == "c" }?.clients, index.query(.active(.coach("c"))).count)
    }

    func testDecisionFacetFollowsAJournaledMelding() {
        var data = Dataset()
        data.clients["k"] = Client(id: "k", coach: "c")
        var index = CaseloadIndex(dataset: data, today: today)
        var query = CaseloadQuery()
        query.toggle(.worklist(.decision, .overdue))
        XCTAssertEqual(index.query(query).clientIds, [])
        var melding = Melding(id: "m", clientId: "k", date: day("01-09-2026"), applicationDate: day("01-09-2026"))
        index.apply(.putMelding(melding))
        XCTAssertEqual(index.query(query).clientIds, ["k"], "27-10 has passed")
        melding.decision = .granted
        index.apply(.putMelding(melding))
        XCTAssertEqual(index.query(query).clientIds, [])
        XCTAssertEqual(index.row(clientId: "k")?.worklists.state(.decision), nil)
    }
}
