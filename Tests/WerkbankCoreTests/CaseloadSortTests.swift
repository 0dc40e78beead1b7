import XCTest
@testable import WerkbankCore

final class CaseloadSortTests: XCTestCase {
    private let index = CaseloadFixture.index()

    private func ids(_ column: CaseloadSortColumn, ascending: Bool = true) -> [String] {
        index.query(CaseloadQuery(sort: column, ascending: ascending)).clientIds
    }

    func testEveryColumnAscendingWithNameAsTiebreakAndEmptyLast() {
        XCTAssertEqual(ids(.name), ["k3", "k5", "k4", "k2", "k6", "k1"])
        XCTAssertEqual(ids(.bsn), ["k1", "k2", "k3", "k5", "k4", "k6"])
        XCTAssertEqual(ids(.rung), ["k6", "k4", "k2", "k1", "k3", "k5"])
        XCTAssertEqual(ids(.expectedRung), ["k4", "k1", "k3", "k5", "k2", "k6"])
        XCTAssertEqual(ids(.group), ["k4", "k2", "k1", "k3", "k5", "k6"])
        XCTAssertEqual(ids(.lastContact), ["k4", "k3", "k1", "k5", "k2", "k6"])
        XCTAssertEqual(ids(.nextActionDue), ["k5", "k1", "k2", "k3", "k4", "k6"])
        XCTAssertEqual(ids(.age), ["k2", "k1", "k4", "k3", "k5", "k6"])
        XCTAssertEqual(ids(.coach), ["k5", "k2", "k1", "k3", "k4", "k6"])
    }

    func testDescendingKeepsNameOrderWithinEqualValuesAndEmptyLast() {
        XCTAssertEqual(ids(.name, ascending: false), ["k1", "k6", "k2", "k4", "k5", "k3"])
        XCTAssertEqual(ids(.rung, ascending: false), ["k3", "k1", "k4", "k2", "k6", "k5"])
        XCTAssertEqual(ids(.bsn, ascending: false), ["k5", "k3", "k2", "k1", "k4", "k6"])
        XCTAssertEqual(ids(.lastContact, ascending: false), ["k5", "k1", "k3", "k4", "k2", "k6"])
        XCTAssertEqual(ids(.coach, ascending: false), ["k3", "k4", "k5", "k2", "k1", "k6"])
    }

    func testSortAppliesToTheFilteredSet() {
        var query = CaseloadQuery(scope: .coach("mvdberg"), sort: .nextActionDue, ascending: false)
        query.text = "7551"
        XCTAssertEqual(index.query(query).clientIds, ["k1", "k5"])
    }
}
