import XCTest
@testable import TerminalUI

final class WidgetTableTests: XCTestCase {
    private let people: [[String]] = [
        ["Jansen", "Café 't Hoekje", "12"],
        ["Şahin İlknur", "İzmir", "7"],
        ["王小明", "東京都", "1234"],
        ["Zoe\u{0308} Kaya", "Gro\u{0308}ningen", "3"],
        ["Ali 😀", "Ede 👨‍👩‍👧", "45"],
    ]

    private func makeTable(_ rows: [[String]], width: ColumnWidth = .flex(1)) -> Table {
        Table(columns: [TableColumn("Naam", width: .fixed(8)), TableColumn("Plaats", width: width),
                        TableColumn("Aantal", width: .fixed(6), alignment: .right)],
              count: rows.count) { rows[$0] }
    }

    func testWideAndCombiningCharactersStayAligned() {
        let table = makeTable(people)
        table.positionIndicator = .none
        assertScreen(renderText(table, width: 30, height: 6), """
        Naam     Plaats         Aantal
        Jansen   Café 't Hoekje     12
        Şahin İ… İzmir               7
        王小明   東京都           1234
        Zoë Kaya Gröningen           3
        Ali 😀   Ede 👨‍👩‍👧             45
        """)
    }

    func testTruncationAddsEllipsisWithoutSplittingWideGlyphs() {
        let table = makeTable(people, width: .fixed(4))
        table.positionIndicator = .none
        assertScreen(renderText(table, width: 20, height: 4), """
        Naam     Pla… Aantal
        Jansen   Caf…     12
        Şahin İ… İzm…      7
        王小明   東…    1234
        """)
        table.glyphs = .ascii
        assertScreen(renderText(table, width: 20, height: 2), """
        Naam     Pla~ Aantal
        Jansen   Caf~     12
        """)
    }

    private func numberedTable(_ count: Int, calls: UnsafeMutablePointer<Int>? = nil) -> Table {
        Table(columns: [TableColumn("Nr", width: .fixed(6)), TableColumn("Naam")], count: count) { index in
            calls?.pointee += 1
            return [String(index), "Cliënt \(index)"]
        }
    }

    func testScrollingKeepsTheSelectionVisible() {
        let table = numberedTable(100)
        table.positionIndicator = .none
        _ = renderText(table, width: 20, height: 6)   // header + 5 data rows
        for _ in 0..<7 { XCTAssertTrue(table.handle(.key(.char("j")))) }
        let buffer = renderBuffer(table, width: 20, height: 6)
        assertScreen(buffer.text, """
        Nr     Naam
        3      Cliënt 3
        4      Cliënt 4
        5      Cliënt 5
        6      Cliënt 6
        7      Cliënt 7
        """)
        XCTAssertEqual(table.selectedRow, 7)
        XCTAssertEqual(roles(buffer, y: 5), [.selection])
        XCTAssertEqual(roles(buffer, y: 4), [.text])

        XCTAssertTrue(table.handle(.key(.pageDown)))
        XCTAssertEqual(table.selectedRow, 12)
        XCTAssertEqual(table.firstVisibleRow, 8)
        XCTAssertTrue(table.handle(.key(.end)))
        XCTAssertEqual(renderText(table, width: 20, height: 6).split(separator: "\n").last, "99     Cliënt 99")
        XCTAssertTrue(table.handle(.key(.up)))
        XCTAssertEqual(table.firstVisibleRow, 95, "moving up inside the page does not scroll")
        XCTAssertTrue(table.handle(.key(.home)))
        XCTAssertEqual(table.firstVisibleRow, 0)

        table.isFocused = false
        XCTAssertEqual(roles(renderBuffer(table, width: 20, height: 6), y: 1), [.selectionUnfocused])
    }

    func testOnlyVisibleRowsAreRequestedFromTheDataSource() {
        var calls = 0
        let table = numberedTable(100_000, calls: &calls)
        _ = renderText(table, width: 30, height: 21)
        XCTAssertEqual(calls, 20)
        calls = 0
        XCTAssertTrue(table.handle(.key(.end)))
        let screen = renderText(table, width: 30, height: 21)
        XCTAssertEqual(calls, 20)
        XCTAssertEqual(screen.split(separator: "\n").last, "99999  Cliënt 99999          █")
        XCTAssertEqual(table.selectedRow, 99_999)
    }

    func testSpaceTogglesMarksThatFollowTheRowKeyAcrossResorting() {
        var names = ["Bakker", "Claes", "Aydın"]
        let table = Table(columns: [TableColumn("Naam")], count: names.count) { [names] in [names[$0]] }
        table.showsMarks = true
        table.positionIndicator = .none
        table.rowKey = { [names] in names[$0] }
        XCTAssertTrue(table.handle(.key(.char(" "))))   // marks Bakker, moves to Claes
        XCTAssertTrue(table.handle(.key(.down)))
        XCTAssertTrue(table.handle(.key(.char(" "))))   // marks Aydın
        assertScreen(renderText(table, width: 12, height: 4), """
          Naam
        ● Bakker
          Claes
        ● Aydın
        """)
        names.sort()
        table.rowKey = { [names] in names[$0] }
        table.reload(count: names.count) { [names] in [names[$0]] }
        assertScreen(renderText(table, width: 12, height: 4), """
          Naam
        ● Aydın
        ● Bakker
          Claes
        """)
        XCTAssertTrue(table.handle(.key(.char(" "))))   // selection stayed on row 2 (Claes)
        XCTAssertEqual(table.markedKeys, ["Aydın", "Bakker", "Claes"])
    }

    func testSearchMatchesAreHighlightedIgnoringCaseAndDiacritics() {
        let rows = [["Zoë de Groot", "Groningen"], ["Gert Bos", "Den Haag"]]
        let table = Table(columns: [TableColumn("Naam", width: .fixed(12)), TableColumn("Plaats", width: .fixed(9))],
                          count: rows.count) { rows[$0] }
        table.searchText = "gro"
        table.select(1)
        let buffer = renderBuffer(table, width: 22, height: 3)
        assertScreen(roleMap(buffer, [.header: "H", .text: "t", .match: "M", .selection: "S"]), """
        HHHHHHHHHHHHHHHHHHHHHH
        tttttttMMMtttMMMtttttt
        SSSSSSSSSSSSSSSSSSSSSS
        """)
    }

    func testHeaderShowsSortIndicatorAndAClickAsksTheOwnerToSort() {
        let table = makeTable(people)
        table.positionIndicator = .none
        var requests: [String] = []
        table.onSort = { column, direction in requests.append("\(column) \(direction)") }
        table.sortColumn = 0
        table.sortDirection = .descending
        XCTAssertTrue(renderText(table, width: 30, height: 2).hasPrefix("Naam ▼   Plaats"))
        XCTAssertTrue(table.handle(.mouse(MouseEvent(x: 12, y: 0, button: .left))))
        XCTAssertTrue(table.handle(.mouse(MouseEvent(x: 12, y: 0, button: .left))))
        XCTAssertTrue(table.handle(.mouse(MouseEvent(x: 1, y: 0, button: .left))))
        XCTAssertEqual(requests, ["1 ascending", "1 descending", "0 ascending"])
        XCTAssertTrue(renderText(table, width: 30, height: 2).hasPrefix("Naam ▲   Plaats"))
    }

    func testCellStyleOverrideAppliesExceptOnTheSelectedRow() {
        let table = makeTable(people)
        table.positionIndicator = .none
        table.cellStyle = { row, column in column == 2 && row >= 1 ? Style(.warning, .bold) : nil }
        let buffer = renderBuffer(table, width: 30, height: 3)
        XCTAssertEqual(roles(buffer, y: 1), [.selection])
        XCTAssertEqual(roles(buffer, y: 2, from: 24, to: 30), [.warning])
        XCTAssertEqual(roles(buffer, y: 2, from: 0, to: 23), [.text])
    }

    func testPositionIndicators() {
        let table = numberedTable(345)
        table.positionIndicator = .counter
        table.select(11)
        XCTAssertEqual(renderText(table, width: 24, height: 4).split(separator: "\n").first, "Nr     Naam       12/345")

        table.positionIndicator = .scrollbar
        table.select(344)
        let buffer = renderBuffer(table, width: 24, height: 5)
        XCTAssertEqual((1..<5).map { buffer[23, $0].symbol }, ["│", "│", "│", "█"])
        XCTAssertEqual(buffer.line(4), "344    Cliënt 344      █")
    }

    func testMouseClickSelectsAndWheelScrolls() {
        let table = numberedTable(50)
        var activated: [Int] = []
        table.onActivate = { activated.append($0) }
        _ = renderText(table, width: 20, height: 11)
        XCTAssertTrue(table.handle(.mouse(MouseEvent(x: 3, y: 4, button: .left))))
        XCTAssertEqual(table.selectedRow, 3)
        XCTAssertTrue(table.handle(.mouse(MouseEvent(x: 3, y: 4, button: .wheelDown))))
        XCTAssertEqual(table.selectedRow, 3 + SelectionScroll.wheelStep)
        XCTAssertFalse(table.handle(.mouse(MouseEvent(x: 30, y: 4, button: .left))), "outside the table")
        XCTAssertTrue(table.handle(.key(.enter)))
        XCTAssertEqual(activated, [6])
    }
}
