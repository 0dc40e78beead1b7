import XCTest
@testable import TerminalUI

final class WidgetFormTests: XCTestCase {
    private func makeForm() -> (Form, TextField, TextField, Select, Checkbox) {
        let name = TextField()
        let birth = TextField(mask: .date)
        let district = Select(options: ["Noord", "Oost", "Zuid", "West"])
        let consent = Checkbox("toestemming")
        let form = Form(fields: [
            FormField("Naam", name, required: true),
            FormField("Geboren", birth),
            FormField("Wijk", district, required: true),
            FormField("AVG", consent),
        ])
        return (form, name, birth, district, consent)
    }

    func testTabOrderWrapsAndShiftTabGoesBack() {
        let (form, name, birth, district, consent) = makeForm()
        XCTAssertTrue(name.isFocused)
        var order: [Int] = []
        for _ in 0..<4 {
            XCTAssertTrue(form.handle(.key(.tab)))
            order.append(form.focusedIndex)
        }
        XCTAssertEqual(order, [1, 2, 3, 0])
        XCTAssertTrue(form.handle(.key(.backTab)))
        XCTAssertEqual(form.focusedIndex, 3)
        XCTAssertTrue(consent.isFocused)
        XCTAssertFalse(name.isFocused || birth.isFocused || district.isFocused)
        XCTAssertTrue(form.handle(.key(.char(" "))))
        XCTAssertTrue(consent.isChecked, "keys go to the focused control")
    }

    func testRequiredAndInvalidFieldsShowMessagesAndValidateReturnsTheFirst() {
        let (form, name, birth, _, _) = makeForm()
        form.focus(1)
        for character in "0102" { _ = form.handle(.key(.char(character))) }
        XCTAssertTrue(form.isDirty)
        XCTAssertEqual(form.validate(), 0)
        XCTAssertTrue(name.isFocused)
        let buffer = renderBuffer(form, width: 34, height: 8)
        assertScreen(buffer.text, """
        Naam *
                 verplicht veld
        Geboren  01-02-jjjj
                 onvolledig (dd-mm-jjjj)
        Wijk *   (kies)                  ▾
                 verplicht veld
        AVG      [ ] toestemming
        """)
        XCTAssertEqual(roles(buffer, y: 1, from: 9, to: 23), [.error])
        XCTAssertEqual(roles(buffer, y: 0, from: 5, to: 6), [.warning], "required marker")

        for character in "Aydın" { _ = form.handle(.key(.char(character))) }
        XCTAssertNil(form.errors[0], "the message clears while typing")
        XCTAssertTrue(form.handle(.key(.enter)), "Enter moves on")
        XCTAssertEqual(form.focusedIndex, 1)
        for character in "1990" { _ = form.handle(.key(.char(character))) }
        XCTAssertEqual(birth.text, "01-02-1990")
        XCTAssertEqual(form.validate(), 2)
        XCTAssertTrue(form.handle(.key(.char("z"))))
        XCTAssertNil(form.validate())
        assertScreen(renderText(form, width: 34, height: 5), """
        Naam *   Aydın
        Geboren  01-02-1990
        Wijk *   Zuid                    ▾
        AVG      [ ] toestemming
        """)
        form.markClean()
        XCTAssertFalse(form.isDirty)
    }

    func testLeavingAnEditedFieldShowsItsMistakeAndCorrectingClearsIt() {
        let (form, _, birth, _, _) = makeForm()
        birth.validator = { $0.hasPrefix("31-02") ? "datum bestaat niet" : nil }
        form.focus(1)
        for character in "3102" { _ = form.handle(.key(.char(character))) }
        XCTAssertNil(form.errors[1], "no message while still typing")
        _ = form.handle(.key(.tab))
        XCTAssertEqual(form.errors[1], "onvolledig (dd-mm-jjjj)")
        XCTAssertNil(form.errors[0], "an untouched field is not judged on the way past")
        _ = form.handle(.key(.backTab))
        for character in "2020" { _ = form.handle(.key(.char(character))) }
        XCTAssertEqual(form.errors[1], "datum bestaat niet", "re-checked as it is corrected")
        for _ in 0..<8 { _ = form.handle(.key(.backspace)) }
        for character in "01022020" { _ = form.handle(.key(.char(character))) }
        XCTAssertNil(form.errors[1])
    }

    func testFormScrollsToKeepTheFocusedFieldVisible() {
        let (form, _, _, _, _) = makeForm()
        form.focus(3)
        assertScreen(renderText(form, width: 34, height: 2), """
        Wijk *   (kies)                  ▾
        AVG      [ ] toestemming
        """)
        XCTAssertTrue(form.handle(.key(.tab)))
        XCTAssertTrue(renderText(form, width: 34, height: 2).hasPrefix("Naam *"))
    }

    func testCursorFollowsTheFocusedFieldAndClicksFocus() {
        let (form, _, _, _, consent) = makeForm()
        _ = renderText(form, width: 34, height: 6)
        XCTAssertEqual(form.cursorPosition?.x, 9)
        XCTAssertEqual(form.cursorPosition?.y, 0)
        XCTAssertTrue(form.handle(.mouse(MouseEvent(x: 10, y: 3, button: .left))))
        XCTAssertEqual(form.focusedIndex, 3)
        XCTAssertTrue(consent.isChecked)
        XCTAssertNil(form.cursorPosition)
    }

    func testTabsSwitchByArrowsNumbersAndClicks() {
        let tabs = Tabs(titles: ["Overzicht", "Ladder", "Historie"])
        var changes: [Int] = []
        tabs.onChange = { changes.append($0) }
        let buffer = renderBuffer(tabs, width: 40, height: 1)
        assertScreen(buffer.text, " Overzicht │ Ladder │ Historie")
        XCTAssertEqual(roles(buffer, y: 0, from: 0, to: 11), [.accent])
        XCTAssertEqual(roles(buffer, y: 0, from: 12, to: 20), [.muted])
        XCTAssertTrue(tabs.handle(.key(.right)))
        XCTAssertTrue(tabs.handle(.key(.char("3"))))
        XCTAssertFalse(tabs.handle(.key(.char("4"))))
        XCTAssertTrue(tabs.handle(.key(.right)))
        XCTAssertTrue(tabs.handle(.mouse(MouseEvent(x: 3, y: 0, button: .left))))
        XCTAssertEqual(changes, [1, 2, 0])
        XCTAssertEqual(tabs.activeIndex, 0)
    }

    func testTabsDropTheirPaddingAndThenShareTheWidthWhenNarrow() {
        let tabs = Tabs(titles: ["Overzicht", "Ladder", "Instrumenten", "Plan & acties", "Notities", "Plaatsingen", "Historie"])
        var buffer = Buffer(size: Size(width: 100, height: 1))
        tabs.render(buffer.area, into: &buffer)
        XCTAssertEqual(buffer.line(0), " Overzicht │ Ladder │ Instrumenten │ Plan & acties │ Notities │ Plaatsingen │ Historie")
        buffer = Buffer(size: Size(width: 80, height: 1))
        tabs.render(buffer.area, into: &buffer)
        XCTAssertEqual(buffer.line(0), "Overzicht│Ladder│Instrumenten│Plan & acties│Notities│Plaatsingen│Historie")
        buffer = Buffer(size: Size(width: 48, height: 1))
        tabs.render(buffer.area, into: &buffer)
        XCTAssertEqual(buffer.line(0), "Overz…│Ladder│Instr…│Plan…│Notit…│Plaat…│Histo…")
        _ = tabs.handle(.mouse(MouseEvent(x: 42, y: 0, button: .left)))
        XCTAssertEqual(tabs.activeIndex, 6, "clicks follow the compact layout")
    }

    func testConfirmDialogRendersCentredAndAnswers() {
        let dialog = Dialog(title: "Opslaan?", message: "Wijzigingen in het dossier van Zoë opslaan?",
                            buttons: ["Ja", "Nee"], defaultButton: 1)
        var answers: [Int?] = []
        dialog.onAnswer = { answers.append($0) }
        let buffer = renderBuffer(dialog, width: 40, height: 9)
        assertScreen(buffer.text, """

         ╭─ Opslaan? ─────────────────────────╮
         │ Wijzigingen in het dossier van Zoë │
         │ opslaan?                           │
         │                                    │
         │            [J]a / [N]ee            │
         ╰────────────────────────────────────╯
        """)
        XCTAssertEqual(roles(buffer, y: 5, from: 21, to: 26), [.selection], "the default button is focused")
        XCTAssertEqual(roles(buffer, y: 5, from: 14, to: 18), [.text])
        XCTAssertTrue(dialog.handle(.key(.enter)))
        XCTAssertTrue(dialog.handle(.key(.left)))
        XCTAssertTrue(dialog.handle(.key(.enter)))
        XCTAssertTrue(dialog.handle(.key(.char("N"))))
        XCTAssertTrue(dialog.handle(.key(.escape)))
        XCTAssertTrue(dialog.handle(.mouse(MouseEvent(x: 15, y: 5, button: .left))))
        XCTAssertEqual(answers, [1, 0, 1, nil, 0])

        dialog.glyphs = .ascii
        XCTAssertEqual(renderBuffer(dialog, width: 40, height: 9).line(1), " +- Opslaan? -------------------------+")
    }
}
