import XCTest
@testable import TerminalUI

final class WidgetChoiceTests: XCTestCase {
    private let places = ["Almere", "Amersfoort", "Arnhem", "Breda", "Ede", "Édam", "İzmir", "Zwolle"]

    func testSelectTypeAheadJumpsByPrefixAndCyclesOnRepeatedLetters() {
        var now = 0.0
        let select = Select(options: places)
        select.clock = { now }
        var changes: [Int] = []
        select.onChange = { changes.append($0) }
        assertScreen(renderText(select, width: 14, height: 1), "(kies)       ▾")

        XCTAssertTrue(select.handle(.key(.char("a"))))
        XCTAssertEqual(select.selectedOption, "Almere")
        XCTAssertTrue(select.handle(.key(.char("r"))))
        XCTAssertEqual(select.selectedOption, "Arnhem", "\"ar\" is a prefix of Arnhem")
        now = 5   // the typed prefix has expired
        XCTAssertTrue(select.handle(.key(.char("e"))))
        XCTAssertEqual(select.selectedOption, "Ede")
        now = 5.2
        XCTAssertTrue(select.handle(.key(.char("e"))))
        XCTAssertEqual(select.selectedOption, "Édam", "a repeated letter cycles, accents ignored")
        now = 9
        XCTAssertTrue(select.handle(.key(.char("i"))))
        XCTAssertEqual(select.selectedOption, "İzmir")
        now = 12
        XCTAssertTrue(select.handle(.key(.char("q"))))
        XCTAssertEqual(select.selectedOption, "İzmir", "no match leaves the choice alone")
        XCTAssertTrue(select.handle(.key(.down)))
        XCTAssertEqual(select.selectedOption, "Zwolle")
        XCTAssertEqual(changes, [0, 2, 4, 5, 6, 7])
        assertScreen(renderText(select, width: 14, height: 1), "Zwolle       ▾")
        XCTAssertTrue(select.isDirty)
    }

    func testSelectShowsTheOptionListWhenTall() {
        let select = Select(options: places, selectedIndex: 3)
        select.isFocused = true
        let buffer = renderBuffer(select, width: 12, height: 3)
        assertScreen(buffer.text, """
        Amersfoort █
        Arnhem     │
        Breda      │
        """)
        XCTAssertEqual(roles(buffer, y: 2, to: 11), [.selection])
        XCTAssertTrue(select.handle(.key(.char("z"))))
        let scrolled = renderBuffer(select, width: 12, height: 3)
        assertScreen(scrolled.text, """
        Édam       │
        İzmir      │
        Zwolle     █
        """)
        XCTAssertEqual(roles(scrolled, y: 2, to: 11), [.selection])
    }

    func testMultiSelectTogglesWithSpaceAndClick() {
        let multi = MultiSelect(options: ["Taal", "Schulden", "Gezondheid", "Vervoer"])
        multi.isFocused = true
        XCTAssertTrue(multi.handle(.key(.char(" "))))
        XCTAssertTrue(multi.handle(.key(.char("j"))))
        XCTAssertTrue(multi.handle(.key(.char("j"))))
        XCTAssertTrue(multi.handle(.key(.char(" "))))
        let buffer = renderBuffer(multi, width: 18, height: 4)
        assertScreen(buffer.text, """
        [x] Taal
        [ ] Schulden
        [x] Gezondheid
        [ ] Vervoer
        """)
        XCTAssertEqual(roles(buffer, y: 2), [.selection])
        XCTAssertTrue(multi.handle(.key(.char(" "))))
        XCTAssertTrue(multi.handle(.mouse(MouseEvent(x: 2, y: 3, button: .left))))
        XCTAssertEqual(multi.checkedIndexes, [0, 3])
        XCTAssertFalse(multi.isEmpty)
    }

    func testCheckboxToggles() {
        let box = Checkbox("Akkoord met plan")
        XCTAssertEqual(renderText(box, width: 24, height: 1), "[ ] Akkoord met plan")
        XCTAssertTrue(box.isEmpty)
        XCTAssertTrue(box.handle(.key(.char(" "))))
        XCTAssertEqual(renderText(box, width: 24, height: 1), "[x] Akkoord met plan")
        XCTAssertTrue(box.handle(.mouse(MouseEvent(x: 3, y: 0, button: .left))))
        XCTAssertFalse(box.isChecked)
        XCTAssertFalse(box.handle(.key(.char("x"))))
    }

    func testListViewSelectsAndActivates() {
        let list = ListView(items: (1...20).map { "Regel \($0)" })
        var activated: [Int] = []
        list.onActivate = { activated.append($0) }
        _ = renderText(list, width: 12, height: 4)
        XCTAssertTrue(list.handle(.key(.pageDown)))
        XCTAssertTrue(list.handle(.key(.enter)))
        XCTAssertEqual(activated, [4])
        let buffer = renderBuffer(list, width: 12, height: 4)
        assertScreen(buffer.text, """
        Regel 2    █
        Regel 3    │
        Regel 4    │
        Regel 5    │
        """)
        XCTAssertEqual(roles(buffer, y: 3, to: 11), [.selection])
    }
}
