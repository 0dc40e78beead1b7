import XCTest
@testable import WerkbankCore

final class CaseloadRowTests: XCTestCase {
    private func row(_ id: String, outOfViewWeeks: Int = 13) throws -> CaseloadRow {
        try XCTUnwrap(CaseloadFixture.index(outOfViewWeeks: outOfViewWeeks).row(clientId: id))
    }

    func testListNameAndMaskedBSN() throws {
        let vries = try row("k1")
        XCTAssertEqual(vries.listName, "Vries, J. de")
        XCTAssertEqual(vries.fullName, "Jan de Vries")
        XCTAssertEqual(vries.maskedBSN, "●●●●●●333")
        XCTAssertEqual(vries.bsn, "111222333")
        XCTAssertEqual(try row("k3").listName, "Berg, P. van den")
        XCTAssertEqual(try row("k4").maskedBSN, "")
    }

    func testLadderGroupAndFlags() throws {
        let vries = try row("k1")
        XCTAssertEqual(vries.startRung, .socialContacts)
        XCTAssertEqual(vries.currentRung, .organisedActivities)
        XCTAssertEqual(vries.expectedRung, .unpaidWork)
        XCTAssertEqual(vries.expectedTargetDate, CaseloadFixture.day("01-06-2027"))
        XCTAssertEqual(vries.group, .vulnerableMiddle)
        XCTAssertEqual(try row("k5").group, .unknown)
        XCTAssertEqual(try row("k5").targetGroupFlags, "O BA")
        XCTAssertEqual(vries.barriers, [.language, .careTasks])
        XCTAssertEqual(vries.coachName, "M. van den Berg")
        XCTAssertEqual(try row("k6").coachName, "")
    }

    func testContactActionsInstrumentsAndAge() throws {
        let vries = try row("k1")
        XCTAssertEqual(vries.lastContact, CaseloadFixture.day("12-11-2026"))
        XCTAssertEqual(vries.daysSinceContact, 11)
        XCTAssertFalse(vries.outOfView)
        XCTAssertEqual(vries.nextAction?.id, "a1", "the earliest open action, done actions skipped")
        XCTAssertTrue(vries.overdue)
        XCTAssertEqual(vries.activeInstruments, [ActiveInstrument(instrumentId: "jobcoaching", name: "Jobcoaching",
                                                                  end: CaseloadFixture.day("10-12-2026"))])
        XCTAssertEqual(vries.age, 36)
        XCTAssertEqual(vries.district, "Berflo Es")
        let jansen = try row("k2")
        XCTAssertFalse(jansen.overdue, "due today is not overdue")
        XCTAssertNil(jansen.daysSinceContact)
        XCTAssertTrue(jansen.outOfView, "never contacted since the start of the trajectory in January")
        XCTAssertEqual(jansen.age, 24, "birthday on 1 December is still to come")
    }

    func testOutOfViewThresholdIsConfigurable() throws {
        XCTAssertEqual(try row("k4").daysSinceContact, 114)
        XCTAssertTrue(try row("k4").outOfView, "114 days is more than 13 weeks")
        XCTAssertTrue(try row("k4", outOfViewWeeks: 20).outOfView, "114 days is less than 20 weeks, but there never was a plan action")
        var celik = CaseloadFixture.client("k4")
        celik.actions = [PlanAction(id: "x", title: "cv", due: CaseloadFixture.day("01-12-2026"))]
        func outOfView(weeks: Int) -> Bool {
            let settings = CaseloadSettings(today: CaseloadFixture.today, team: TeamSettings(outOfViewWeeks: weeks))
            return CaseloadRow(client: celik, settings: settings, users: [:], instruments: [:]).outOfView
        }
        XCTAssertFalse(outOfView(weeks: 20), "an open action and contact 114 days ago: in view at 20 weeks")
        XCTAssertTrue(outOfView(weeks: 16), "114 days is more than 16 weeks")
    }

    func testRungDistributionCountsStartCurrentAndExpected() {
        let distribution = RungDistribution(rows: CaseloadFixture.index().query(CaseloadQuery()))
        XCTAssertEqual(distribution.total, 6)
        XCTAssertEqual(distribution.start[.socialContacts], 2)
        XCTAssertEqual(distribution.start[.isolated], 1)
        XCTAssertEqual(distribution.start.notSet, 2)
        XCTAssertEqual(distribution.current[.socialContacts], 2)
        XCTAssertEqual(distribution.current[.research], 1)
        XCTAssertEqual(distribution.current[.paidWorkWithSupport], 1)
        XCTAssertEqual(distribution.current.notSet, 1)
        XCTAssertEqual(distribution.counts(.expected)[.paidWork], 1)
        XCTAssertEqual(distribution.expected.notSet, 3)
        XCTAssertEqual(distribution.current.maximum, 2)
    }

    func testRungDistributionFollowsTheFilteredList() {
        var query = CaseloadQuery(scope: .coach("mvdberg"))
        query.toggle(.overdue(true))
        let distribution = RungDistribution(rows: CaseloadFixture.index().query(query))
        XCTAssertEqual(distribution.total, 2)
        XCTAssertEqual(distribution.current[.organisedActivities], 1)
        XCTAssertEqual(distribution.current.notSet, 1)
    }
}
