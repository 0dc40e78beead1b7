import XCTest
@testable import TerminalUI

final class WidgetTextFieldTests: XCTestCase {
    private func type(_ text: String, into field: TextField) {
        for character in text { _ = field.handle(.key(.char(character))) }
    }

    private func press(_ keys: Key..., in field: TextField) {
        for key in keys { XCTAssertTrue(field.handle(.key(key)), "\(key)") }
    }

    func testCtrlArrowsJumpWordsLikeAltBAndAltF() {
        let field = TextField()
        type("Jan de Vries", into: field)
        press(.ctrlLeft, in: field)
        XCTAssertEqual(field.cursor, 7)
        press(.ctrlLeft, .ctrlLeft, in: field)
        XCTAssertEqual(field.cursor, 0)
        press(.ctrlRight, in: field)
        XCTAssertEqual(field.cursor, 3)
        XCTAssertEqual(Key(name: "Ctrl-Left"), .ctrlLeft)
        XCTAssertEqual(Key.ctrlRight.displayName, "Ctrl-Right")
    }

    func testEditingKeysAndWordJumps() {
        let field = TextField()
        type("Jan de Vries", into: field)
        XCTAssertEqual(field.text, "Jan de Vries")
        press(.alt("b"), in: field)
        XCTAssertEqual(field.cursor, 7)
        press(.ctrl("w"), in: field)
        XCTAssertEqual(field.text, "Jan Vries")
        XCTAssertEqual(field.cursor, 4)
        press(.alt("b"), .alt("f"), .alt("f"), in: field)
        XCTAssertEqual(field.cursor, 9)
        press(.home, .delete, in: field)
        type("D", into: field)
        XCTAssertEqual(field.text, "Dan Vries")
        press(.right, .right, .ctrl("k"), in: field)
        XCTAssertEqual(field.text, "Dan")
        press(.left, .backspace, in: field)
        XCTAssertEqual(field.text, "Dn")
        press(.ctrl("u"), in: field)
        XCTAssertEqual(field.text, "n")
        XCTAssertEqual(field.cursor, 0)
        press(.end, in: field)
        type("ş İ", into: field)
        XCTAssertEqual(field.text, "nş İ")
        XCTAssertTrue(field.isDirty)
    }

    func testLongTextScrollsSidewaysToKeepTheCursorVisible() {
        let field = TextField(text: "Wilhelminastraat 12")
        field.isFocused = true
        assertScreen(renderText(field, width: 8, height: 1), "raat 12")
        XCTAssertEqual(field.cursorPosition?.x, 7)
        XCTAssertTrue(field.handle(.key(.home)))
        assertScreen(renderText(field, width: 8, height: 1), "Wilhelmi")
        XCTAssertEqual(field.cursorPosition?.x, 0)

        let wide = TextField(text: "東京都千代田区")   // 14 columns
        wide.isFocused = true
        assertScreen(renderText(wide, width: 7, height: 1), "代田区")  // columns 8…13 visible, cursor cell after
        XCTAssertEqual(wide.cursorPosition?.x, 6)
        field.isFocused = false
        XCTAssertNil(field.cursorPosition)
    }

    func testDateMaskInsertsSeparatorsAndRejectsOtherCharacters() {
        let field = TextField(mask: .date)
        field.isFocused = true
        type("31", into: field)
        assertScreen(renderText(field, width: 12, height: 1), "31-mm-jjjj")
        XCTAssertEqual(field.cursorPosition?.x, 3)
        XCTAssertEqual(field.text, "31")
        type("x", into: field)
        XCTAssertTrue(field.lastInputRejected)
        type("-", into: field)
        XCTAssertFalse(field.lastInputRejected, "typing the separator yourself is fine")
        type("122024", into: field)
        XCTAssertEqual(field.text, "31-12-2024")
        type("5", into: field)
        XCTAssertTrue(field.lastInputRejected, "the mask is full")
        XCTAssertEqual(field.text, "31-12-2024")
        XCTAssertTrue(field.handle(.key(.backspace)))
        XCTAssertEqual(field.text, "31-12-202")
        XCTAssertEqual(field.validate(), "onvolledig (dd-mm-jjjj)")
        assertScreen(renderText(field, width: 24, height: 2), """
        31-12-202j
        onvolledig (dd-mm-jjjj)
        """)
        type("5", into: field)
        XCTAssertNil(field.error, "fixing the value clears the message")
        XCTAssertEqual(field.cursorPosition?.x, 10)
    }

    func testValidatorMessageAppearsBelowTheField() {
        let field = TextField(mask: .date)
        field.validator = { value in
            let day = Int(value.prefix(2)) ?? 0
            return (1...31).contains(day) ? nil : "geen geldige dag"
        }
        type("32012024", into: field)
        XCTAssertEqual(field.validate(), "geen geldige dag")
        let buffer = renderBuffer(field, width: 20, height: 2)
        assertScreen(buffer.text, """
        32-01-2024
        geen geldige dag
        """)
        XCTAssertEqual(roles(buffer, y: 1, to: 16), [.error])
        XCTAssertTrue(field.handle(.key(.home)))
        XCTAssertTrue(field.handle(.key(.delete)))   // slots shift left: 20120 24…
        XCTAssertTrue(field.handle(.key(.home)))
        type("1", into: field)
        XCTAssertEqual(field.text, "12-01-2024")
        XCTAssertNil(field.error)
        assertScreen(renderText(field, width: 20, height: 2), "12-01-2024")
    }

    func testPostcodeAndBSNMasks() {
        let postcode = TextField(mask: .postcode)
        type("a", into: postcode)
        XCTAssertTrue(postcode.lastInputRejected)
        type("1234ab", into: postcode)
        XCTAssertEqual(postcode.text, "1234 AB")
        type("c", into: postcode)
        XCTAssertTrue(postcode.lastInputRejected)

        let bsn = TextField(mask: .bsn)
        type("12345678a", into: bsn)
        XCTAssertEqual(bsn.text, "12345678")
        type("90", into: bsn)
        XCTAssertEqual(bsn.text, "123456789")
        XCTAssertNil(bsn.validate())

        let pasted = TextField(text: "1234-ab", mask: .postcode)
        XCTAssertEqual(pasted.text, "1234 AB", "setting text keeps only what fits the slots")
    }

    func testClickPlacesTheCursor() {
        let field = TextField(text: "Zoë Aydın")
        field.isFocused = true
        var buffer = Buffer(size: Size(width: 20, height: 3))
        field.render(Rect(x: 5, y: 1, width: 12, height: 1), into: &buffer)
        XCTAssertTrue(field.handle(.mouse(MouseEvent(x: 9, y: 1, button: .left))))
        XCTAssertEqual(field.cursor, 4)
        XCTAssertEqual(field.cursorPosition?.x, 9)
        XCTAssertFalse(field.handle(.mouse(MouseEvent(x: 9, y: 2, button: .left))))
    }
}
