import XCTest
@testable import WerkbankCore

final class RowSetTests: XCTestCase {
    private func members(_ set: RowSet) -> [Int] {
        var rows: [Int] = []
        set.forEach { rows.append($0) }
        return rows
    }

    func testFilterKeepsTheMembersThatPassAndAddsNone() {
        var set = RowSet(count: 200)
        for row in [0, 3, 63, 64, 65, 127, 150, 199] { set.insert(row) }
        var asked: [Int] = []
        let odd = set.filter { asked.append($0); return $0 % 2 == 1 }
        XCTAssertEqual(members(odd), [3, 63, 65, 127, 199])
        XCTAssertEqual(asked, [0, 3, 63, 64, 65, 127, 150, 199], "only members are asked, in order")
        XCTAssertEqual(odd.count, 200)
        XCTAssertEqual(members(set.filter { _ in true }), members(set))
        XCTAssertEqual(set.filter { _ in false }.memberCount, 0)
    }
}
