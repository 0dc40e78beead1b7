import XCTest
@testable import WerkbankCore

final class CaseloadFacetTests: XCTestCase {
    private let index = CaseloadFixture.index()

    private func ids(_ values: [FacetValue], text: String = "") -> [String] {
        var query = CaseloadQuery(text: text)
        for value in values { query.toggle(value) }
        return index.query(query).clientIds
    }

    private func counts(_ result: CaseloadResult, _ facet: CaseloadFacet) -> [String: Int] {
        Dictionary(uniqueKeysWithValues: (result.facetCounts[facet] ?? []).map { ($0.value.key, $0.count) })
    }

    func testOrWithinAFacetAndAcrossFacets() {
        XCTAssertEqual(ids([.rung(.socialContacts)]), ["k4", "k2"])
        XCTAssertEqual(ids([.rung(.socialContacts), .rung(.organisedActivities)]), ["k4", "k2", "k1"])
        XCTAssertEqual(ids([.rung(.socialContacts), .coach("mvdberg")]), ["k2"])
        XCTAssertEqual(ids([.rung(nil)]), ["k5"], "no ladder position at all")
        XCTAssertEqual(ids([.expectedRung(nil)]), ["k5", "k2", "k6"])
        XCTAssertEqual(ids([.barrier(.language), .barrier(.transport)]), ["k4", "k2", "k1"])
        XCTAssertEqual(ids([.targetGroup(.parent)]), ["k5", "k1"])
        XCTAssertEqual(ids([.overdue(true)]), ["k5", "k1"])
        XCTAssertEqual(ids([.outOfView(true)]), ["k4", "k2", "k6"])
        XCTAssertEqual(ids([.instrument("jobcoaching")]), ["k1"])
        XCTAssertEqual(ids([.coach("")]), ["k6"], "clients without a coach")
        XCTAssertEqual(ids([.outOfView(true), .barrier(.language)], text: "emi"), ["k4"])
        XCTAssertEqual(ids([.instrument("onbekend")]), [])
    }

    func testToggleTwiceRemovesTheFilter() {
        var query = CaseloadQuery()
        query.toggle(.rung(.paidWork))
        XCTAssertTrue(query.isSelected(.rung(.paidWork)))
        query.toggle(.rung(.paidWork))
        XCTAssertEqual(query.filters, [:])
        XCTAssertEqual(index.query(query).count, 6)
    }

    func testCountsApplyTheOtherFacetsAndTheSearch() {
        var query = CaseloadQuery()
        query.toggle(.rung(.socialContacts))
        let result = index.query(query)
        XCTAssertEqual(counts(result, .rung), ["0": 1, "1": 0, "2": 2, "3": 1, "4": 0, "5": 1, "6": 0, "geen": 1],
                       "a facet's own selection does not narrow its counts")
        XCTAssertEqual(counts(result, .coach), ["geen": 0, "mvdberg": 1, "pdejong": 1])
        XCTAssertEqual(counts(result, .outOfView), ["ja": 2, "nee": 0])
        XCTAssertEqual(result.facetCounts[.rung]?.first { $0.value.key == "2" }?.selected, true)

        let searched = index.query(CaseloadQuery(text: "berg"))
        XCTAssertEqual(counts(searched, .rung).filter { $0.value > 0 }, ["5": 1, "geen": 1])
        XCTAssertEqual(counts(searched, .targetGroup).filter { $0.value > 0 }, ["50plus": 1, "ouder": 1, "banenafspraak": 1])
    }

    func testFacetValuesAreListedInDisplayOrderWithLabels() {
        let result = index.query(CaseloadQuery())
        XCTAssertEqual(result.facetCounts[.rung]?.map(\.value.key), ["0", "1", "2", "3", "4", "5", "6", "geen"])
        XCTAssertEqual(result.facetCounts[.coach]?.map(\.label), ["geen coach", "M. van den Berg", "P. de Jong"])
        XCTAssertEqual(result.facetCounts[.rung]?[2].label, "trede 2")
        XCTAssertEqual(result.facetCounts[.instrument]?.map(\.label),
                       ["Beschut werk", "Jobcoaching", "Leren en werken", "Loonkostensubsidie", "Proefplaatsing", "Taalcursus NT2"],
                       "the whole catalogue, by name")
        XCTAssertEqual(result.facetCounts[.instrument]?.map(\.count), [0, 1, 0, 0, 0, 0])
    }

    func testFacetLabelsAreInTheLanguageOfTheQuery() {
        Language.current = .nl
        defer { Language.current = .nl }   // the other tests read Dutch
        let index = CaseloadFixture.index()
        let dutch = index.query(CaseloadQuery()).facetCounts[.status]?.map(\.label)
        XCTAssertEqual(dutch, [coreText("caseload.value.active"), coreText("caseload.value.former")])
        Language.current = .en
        let english = index.query(CaseloadQuery()).facetCounts[.status]?.map(\.label)
        XCTAssertEqual(english, [coreText("caseload.value.active"), coreText("caseload.value.former")])
        XCTAssertNotEqual(english, dutch)
    }
}
