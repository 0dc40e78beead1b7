import XCTest
@testable import WerkbankCore

/// The signature pre-filter of the search: it may let through rows that the byte compare then
/// rejects, but it must never hold back a row that matches, and where it decides alone (one
/// letter or digit) it must decide exactly.
final class SearchSignatureTests: XCTestCase {
    private let today = CaseloadFixture.today

    private func index(_ clients: [Client]) -> CaseloadIndex {
        var dataset = Dataset()
        for client in clients { dataset.clients[client.id] = client }
        return CaseloadIndex(dataset: dataset, today: today)
    }

    private func ids(_ index: CaseloadIndex, _ text: String) -> [String] {
        index.query(CaseloadQuery(text: text)).clientIds.sorted()
    }

    private let clients = [
        Client(id: "K000123", bsn: "112233445", firstName: "Łukasz", lastName: "O'Neill", postcode: "7551 AB"),
        Client(id: "K004560", bsn: "987654321", firstName: "Émile", infix: "van der", lastName: "Jansen-de Wit", postcode: "7511JK"),
        Client(id: "K777777", bsn: nil, firstName: "Ayşe", lastName: "Yılmaz", postcode: ""),
        Client(id: "K000999", bsn: "123456789", firstName: "Wilhelmina", lastName: "Vanderbijlstraten", postcode: "7500 AA"),
    ]

    func testNameWordsMatchAtEveryWordStartOnly() {
        let index = index(clients)
        XCTAssertEqual(ids(index, "neill"), ["K000123"], "a word starts after an apostrophe")
        XCTAssertEqual(ids(index, "o ne"), ["K000123"])
        XCTAssertEqual(ids(index, "wit"), ["K004560"], "and after a hyphen")
        XCTAssertEqual(ids(index, "de"), ["K004560"])
        XCTAssertEqual(ids(index, "der jan"), ["K004560"])
        XCTAssertEqual(ids(index, "eill"), [], "not inside a word")
        XCTAssertEqual(ids(index, "it"), [])
        XCTAssertEqual(ids(index, "w"), ["K000999", "K004560"], "one letter: the signature alone decides")
        XCTAssertEqual(ids(index, "q"), [])
        XCTAssertEqual(ids(index, "k"), ["K000123", "K000999", "K004560", "K777777"], "every id starts with k")
        XCTAssertEqual(ids(index, "vanderbijls"), ["K000999"], "more than 8 bytes: the rest compared byte by byte")
        XCTAssertEqual(ids(index, "vanderbijlx"), [], "the first 8 bytes alike, the 11th not")
        XCTAssertEqual(ids(index, "wilhelmina"), ["K000999"])
        XCTAssertEqual(ids(index, "wilhelminax"), [], "longer than the word")
    }

    func testDiacriticsFoldedOrKept() {
        let index = index(clients)
        XCTAssertEqual(ids(index, "emile"), ["K004560"])
        XCTAssertEqual(ids(index, "ÉM"), ["K004560"])
        XCTAssertEqual(ids(index, "ayse"), ["K777777"])
        XCTAssertEqual(ids(index, "łuk"), ["K000123"], "a letter that does not fold starts the word with a non-ASCII byte")
        XCTAssertEqual(ids(index, "ł"), ["K000123"])
        XCTAssertEqual(ids(index, "łx"), [])
        XCTAssertEqual(ids(index, "yıl"), ["K777777"])
        XCTAssertEqual(ids(index, "ılmaz"), [], "the byte before ı is part of the word")
    }

    func testPostcodeWithAndWithoutSpace() {
        let index = index(clients)
        XCTAssertEqual(ids(index, "7551 ab"), ["K000123"])
        XCTAssertEqual(ids(index, "7551AB"), ["K000123"])
        XCTAssertEqual(ids(index, "7511 jk"), ["K004560"])
        XCTAssertEqual(ids(index, "75"), ["K000123", "K000999", "K004560"])
        XCTAssertEqual(ids(index, "7"), ["K000123", "K000999", "K004560"], "an empty postcode starts with nothing")
        XCTAssertEqual(ids(index, "7500aab"), [], "longer than the postcode")
        XCTAssertEqual(ids(index, "551"), [], "three digits only match at the start")
    }

    func testNumberFragmentsOfFourDigitsInsideBSNOrId() {
        let index = index(clients)
        XCTAssertEqual(ids(index, "2233"), ["K000123"])
        XCTAssertEqual(ids(index, "1233"), [], "its digit pairs 12, 23, 33 all occur in 112233445, the four digits do not")
        XCTAssertEqual(ids(index, "0456"), ["K004560"], "inside the id")
        XCTAssertEqual(ids(index, "7777"), ["K777777"])
        XCTAssertEqual(ids(index, "6543"), ["K004560"])
        XCTAssertEqual(ids(index, "3456"), ["K000999"])
        XCTAssertEqual(ids(index, "0009"), ["K000999"], "inside the id")
        XCTAssertEqual(ids(index, "7551 ab 2233"), ["K000123"], "a postcode and a fragment")
        XCTAssertEqual(ids(index, "233"), [], "three digits are no fragment")
        XCTAssertEqual(ids(index, "k0001"), ["K000123"], "the id from its start")
    }

    func testSignaturesHoldBackNoRowThatTheBytesMatch() {
        let dataset = DemoGenerator(seed: 5, clients: 300, today: today).generate()
        let rows = dataset.clients.values.sorted { $0.id < $1.id }
            .map { CaseloadRow(client: $0, meldingen: [], settings: CaseloadSettings(today: today, team: dataset.settings),
                               users: dataset.users, instruments: dataset.instruments) }
        let column = SearchColumn(rows: rows)
        // Every start of every word, id, postcode and digit run of the rows, 1 to 12 bytes long.
        var words = Set<String>()
        for row in rows {
            let text = "\(row.lastName) \(row.infix) \(row.firstName) \(row.id) \(row.postcode) \(row.bsn ?? "")"
            for part in String(decoding: SearchFolding.fold(text), as: UTF8.self).split(whereSeparator: { !$0.isLetter && !$0.isNumber }) {
                for start in part.indices {
                    for length in [1, 2, 3, 4, 5, 8, 9, 12] { words.insert(String(part[start...].prefix(length))) }
                }
            }
        }
        var checked = 0
        let everyRow = RowSet(count: rows.count, full: true)
        for text in words.sorted() {
            let search = SearchText(text)
            let expected = rows.indices.filter { !column.matchedFields(row: $0, text: search).isEmpty }
            var found: [Int] = []
            column.matchingRows(search, among: everyRow).forEach { found.append($0) }
            XCTAssertEqual(found, expected, "'\(text)'")
            checked += expected.count
        }
        XCTAssertGreaterThan(checked, 10_000)
    }
}
