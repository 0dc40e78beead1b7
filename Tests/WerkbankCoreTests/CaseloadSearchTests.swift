import XCTest
@testable import WerkbankCore

final class CaseloadSearchTests: XCTestCase {
    private let index = CaseloadFixture.index()

    private func ids(_ text: String, scope: CaseloadScope = .all) -> [String] {
        index.query(CaseloadQuery(scope: scope, text: text)).clientIds
    }

    func testDutchNameSortIgnoresInfixCaseAndDiacritics() {
        XCTAssertEqual(ids(""), ["k3", "k5", "k4", "k2", "k6", "k1"],
                       "van den Berg under B before Bergen, Çelik under C, de Vries under V")
    }

    func testNamePartsMatchAtWordStarts() {
        XCTAssertEqual(ids("jan"), ["k2", "k1"], "Jansen and Jan de Vries, not Dejan")
        XCTAssertEqual(ids("JÁN"), ["k2", "k1"])
        XCTAssertEqual(ids("jan vr"), ["k1"], "every word must match")
        XCTAssertEqual(ids("de vries"), ["k1"])
        XCTAssertEqual(ids("van den berg"), ["k3"])
        XCTAssertEqual(ids("berg"), ["k3", "k5"])
        XCTAssertEqual(ids("celik"), ["k4"])
        XCTAssertEqual(ids("emile"), ["k4"])
        XCTAssertEqual(ids("jovanovic"), ["k6"])
        XCTAssertEqual(ids("ansen"), [], "not inside a word")
        XCTAssertEqual(ids("jan xyz"), [])
    }

    func testSearchNarrowsLetterByLetter() {
        let counts = ["j", "ja", "jan", "jans"].map { ids($0).count }
        XCTAssertEqual(counts, [3, 2, 2, 1])
    }

    func testBSNWholeOrFragmentOfFourDigits() {
        XCTAssertEqual(ids("111222333"), ["k1"])
        XCTAssertEqual(ids("1222"), ["k1"])
        XCTAssertEqual(ids("2223"), ["k2", "k1"])
        XCTAssertEqual(ids("122"), [], "three digits are not enough for a BSN fragment")
        XCTAssertEqual(index.query(CaseloadQuery(text: "1222")).matchedFields(at: 0), .bsn)
    }

    func testPostcodeWithOrWithoutSpace() {
        XCTAssertEqual(ids("7551 AB"), ["k1"])
        XCTAssertEqual(ids("7551ab"), ["k1"])
        XCTAssertEqual(ids("7551"), ["k5", "k1"])
        XCTAssertEqual(ids("7551 a"), ["k5", "k1"])
        XCTAssertEqual(ids("jan 7551"), ["k1"])
        XCTAssertEqual(index.query(CaseloadQuery(text: "7551 ab")).matchedFields(at: 0), .postcode)
    }

    func testClientId() {
        XCTAssertEqual(ids("k3"), ["k3"])
        XCTAssertEqual(ids("K4"), ["k4"])
        XCTAssertEqual(index.query(CaseloadQuery(text: "k4")).matchedFields(at: 0), .clientId)
    }

    func testScopeLimitsToOneCoach() {
        XCTAssertEqual(ids("", scope: .coach("mvdberg")), ["k5", "k2", "k1"])
        XCTAssertEqual(ids("jan", scope: .coach("pdejong")), [])
        XCTAssertEqual(index.query(CaseloadQuery(scope: .coach("pdejong"), text: "xyz")).inScope, 2)
    }

    func testMatchedRangesPointIntoTheListName() throws {
        func ranges(_ text: String, _ id: String) throws -> [Range<Int>] {
            let result = index.query(CaseloadQuery(text: text))
            let position = try XCTUnwrap(result.position(of: id))
            return result.matchedRanges(at: position)
        }
        XCTAssertEqual(try ranges("vr", "k1"), [0..<2])
        XCTAssertEqual(try ranges("jan", "k1"), [7..<8], "a first-name match lights up the initial")
        XCTAssertEqual(try ranges("jan", "k2"), [0..<3])
        XCTAssertEqual(try ranges("de vr", "k1"), [0..<2, 10..<12])
        XCTAssertEqual(try ranges("cel", "k4"), [0..<3], "folded Ç counts as one character")
        XCTAssertEqual(try ranges("van den", "k3"), [9..<12, 13..<16])
        XCTAssertEqual(try ranges("1222", "k1"), [], "a BSN match has nothing to light up in the name")
        XCTAssertEqual(index.query(CaseloadQuery()).matchedRanges(at: 0), [])
    }
}
