import XCTest
@testable import WerkbankCore

final class CaseloadUpdateTests: XCTestCase {
    /// After updates the index must answer exactly like one built from scratch on the same data.
    private func assertSameAsFreshIndex(_ updated: CaseloadIndex, dataset: Dataset, file: StaticString = #filePath, line: UInt = #line) {
        let fresh = CaseloadIndex(dataset: dataset, today: CaseloadFixture.today)
        XCTAssertEqual(updated.count, fresh.count, file: file, line: line)
        for column in CaseloadSortColumn.allCases {
            for ascending in [true, false] {
                for text in ["", "a", "jan"] {
                    var query = CaseloadQuery(text: text, sort: column, ascending: ascending)
                    query.toggle(.outOfView(false))
                    XCTAssertEqual(updated.query(query).clientIds, fresh.query(query).clientIds,
                                   "\(column) \(ascending) '\(text)'", file: file, line: line)
                    XCTAssertEqual(updated.query(query).facetCounts.mapValues { $0.map(\.count) },
                                   fresh.query(query).facetCounts.mapValues { $0.map(\.count) }, file: file, line: line)
                }
            }
        }
    }

    func testRenameMovesTheClientInSortAndSearch() {
        var dataset = CaseloadFixture.dataset
        var index = CaseloadIndex(dataset: dataset, today: CaseloadFixture.today)
        var renamed = CaseloadFixture.client("k2")
        renamed.lastName = "Aalders"
        dataset.clients["k2"] = renamed
        index.update(renamed)
        XCTAssertEqual(index.query(CaseloadQuery()).clientIds, ["k2", "k3", "k5", "k4", "k6", "k1"])
        XCTAssertEqual(index.query(CaseloadQuery(text: "jansen")).clientIds, [])
        XCTAssertEqual(index.query(CaseloadQuery(text: "aald")).clientIds, ["k2"])
        XCTAssertEqual(index.query(CaseloadQuery(sort: .rung)).clientIds, ["k6", "k2", "k4", "k1", "k3", "k5"])
        assertSameAsFreshIndex(index, dataset: dataset)
    }

    func testRungMoveAndContactChangeFacetsAndOrder() {
        var dataset = CaseloadFixture.dataset
        var index = CaseloadIndex(dataset: dataset, today: CaseloadFixture.today)
        var celik = CaseloadFixture.client("k4")
        celik.ladder.append(LadderObservation(id: "a2", date: CaseloadFixture.day("20-11-2026"), kind: .actual, rung: .paidWork,
                                              by: "pdejong", reason: "werk gevonden"))
        celik.notes.append(NoteRef(CaseloadFixture.note("22-11-2026")))
        celik.actions.append(PlanAction(id: "a9", title: "contract tekenen", due: CaseloadFixture.day("01-12-2026")))
        dataset.clients["k4"] = celik
        index.update(celik)
        var paidWork = CaseloadQuery()
        paidWork.toggle(.rung(.paidWork))
        XCTAssertEqual(index.query(paidWork).clientIds, ["k4"])
        XCTAssertEqual(index.query(CaseloadQuery(sort: .rung)).clientIds, ["k6", "k2", "k1", "k3", "k4", "k5"])
        XCTAssertEqual(index.row(clientId: "k4")?.outOfView, false)
        assertSameAsFreshIndex(index, dataset: dataset)
    }

    func testNewClientWithANewCoachAndRemoval() {
        var dataset = CaseloadFixture.dataset
        var index = CaseloadIndex(dataset: dataset, today: CaseloadFixture.today)
        let newcomer = Client(id: "k7", firstName: "Bram", lastName: "Aa", coach: "nieuw",
                              ladder: CaseloadFixture.ladder(current: .unpaidWork))
        dataset.clients["k7"] = newcomer
        index.update(newcomer)
        XCTAssertEqual(index.query(CaseloadQuery(scope: .coach("nieuw"))).clientIds, ["k7"])
        XCTAssertEqual(index.query(CaseloadQuery()).first?.id, "k7")
        XCTAssertEqual(index.query(CaseloadQuery(sort: .coach)).clientIds, ["k5", "k2", "k1", "k7", "k3", "k4", "k6"],
                       "a coach who is not a known user sorts on the user name")

        dataset.clients["k1"] = nil
        index.apply(.remove(.client, id: "k1"))
        XCTAssertEqual(index.count, 6)
        XCTAssertNil(index.row(clientId: "k1"))
        XCTAssertEqual(index.query(CaseloadQuery(text: "vries")).clientIds, [])
        assertSameAsFreshIndex(index, dataset: dataset)

        let back = CaseloadFixture.client("k1")
        dataset.clients["k1"] = back
        index.apply(.putClient(back))
        XCTAssertEqual(index.query(CaseloadQuery(text: "vries")).clientIds, ["k1"])
        assertSameAsFreshIndex(index, dataset: dataset)
    }

    /// The index keeps only the meldingen with a beslistermijn running; an aanvraag filed, then
    /// decided, then filed again and removed moves the client's deadline each time.
    func testTheBeslistermijnFollowsTheClientsMeldingen() {
        var dataset = CaseloadFixture.dataset
        var index = CaseloadIndex(dataset: dataset, today: CaseloadFixture.today)
        let applied = CaseloadFixture.day("02-11-2026")
        let melding = Melding(id: "m1", clientId: "k3", date: CaseloadFixture.day("01-10-2026"), applicationDate: applied)
        for added in [Melding(id: "m0", clientId: "k3", date: applied), melding] {   // m0: no aanvraag
            dataset.meldingen[added.id] = added
            index.apply(.putMelding(added))
        }
        XCTAssertEqual(index.row(clientId: "k3")?.worklists.decisionDeadline, Worklists.decisionDeadline(applied: applied))
        assertSameAsFreshIndex(index, dataset: dataset)
        var decided = melding
        decided.decision = .granted
        decided.decisionDate = CaseloadFixture.day("20-11-2026")
        index.apply(.putMelding(decided))
        dataset.meldingen["m1"] = decided
        XCTAssertNil(index.row(clientId: "k3")?.worklists.decisionDeadline)
        index.apply(.putMelding(melding))
        XCTAssertNotNil(index.row(clientId: "k3")?.worklists.decisionDeadline)
        index.apply(.remove(.melding, id: "m1"))
        dataset.meldingen["m1"] = nil
        XCTAssertNil(index.row(clientId: "k3")?.worklists.decisionDeadline)
        assertSameAsFreshIndex(index, dataset: dataset)
    }

    func testAnOldResultIsNotChangedByAnUpdate() {
        var index = CaseloadFixture.index()
        let before = index.query(CaseloadQuery(text: "jan"))
        var renamed = CaseloadFixture.client("k2")
        renamed.lastName = "Aalders"
        index.update(renamed)
        XCTAssertEqual(before.map(\.lastName), ["Jansen", "Vries"])
    }
}
