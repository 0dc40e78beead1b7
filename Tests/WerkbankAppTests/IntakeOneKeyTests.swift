import TerminalUI
import WerkbankCore
import XCTest
@testable import WerkbankApp

/// Issue 14.2 headless: in the intake a list takes its option's number or first letter, a
/// checkbox `j`/`n`, Enter moves on (also from a checkbox), and a step opens on its first
/// empty required field.
final class IntakeOneKeyTests: XCTestCase {
    private func press(_ view: IntakeFormView, _ keys: Key...) {
        for key in keys { _ = view.handle(.key(key)) }
    }

    func testOneKeyPerChoiceAndEnterMovesOn() throws {
        typealias C = IntakeFieldControl
        let household = C.select(.household, C.choices(Household.self), glyphs: .unicode)
        let licence = C.checkbox(.drivingLicence)
        let barriers = C.multi(.barriers, C.choices(Barrier.self), glyphs: .unicode)
        let decision = C.select(.decision, C.choices(Decision.self, optional: true), glyphs: .unicode)
        let view = IntakeFormView(glyphs: .unicode)
        view.show([licence, household, barriers, decision])
        view.required = [.household]
        view.focusFirstEmpty()
        XCTAssertEqual(view.focusedField, .household, "the first empty required field")

        press(view, .char("2"))
        XCTAssertEqual(household.value, Household.allCases[1].code, "a number picks that option")
        XCTAssertEqual(view.focusedField, .barriers, "and moves on")
        view.focus(field: .household)
        let initial = Character(Household.allCases[2].label.prefix(1).lowercased())
        press(view, .char(initial))
        let labels = Household.allCases.map(\.label)
        let expected = try XCTUnwrap(TypeToJump.first(startingWith: String(initial), count: labels.count, from: 1) { labels[$0] })
        XCTAssertEqual(household.value, Household.allCases[expected].code, "a letter picks the option starting with it")

        view.focus(field: .drivingLicence)
        press(view, .char("j"))
        XCTAssertEqual(licence.value, IntakeForm.yes)
        XCTAssertEqual(view.focusedField, .household, "j settles the checkbox and moves on")
        view.focus(field: .drivingLicence)
        press(view, .enter)
        XCTAssertEqual(licence.value, IntakeForm.yes, "Enter does not untick")
        XCTAssertEqual(view.focusedField, .household, "Enter moves on")
        view.focus(field: .drivingLicence)
        press(view, .char("n"))
        XCTAssertEqual(licence.value, "")

        view.focus(field: .barriers)
        press(view, .char("1"), .char("3"))
        XCTAssertEqual(barriers.value, [Barrier.allCases[0].code, Barrier.allCases[2].code].joined(separator: ","))
        press(view, .char("1"))
        XCTAssertEqual(barriers.value, Barrier.allCases[2].code, "the same number unticks")

        press(view, .enter)
        XCTAssertEqual(view.focusedField, .decision)
        press(view, .char("1"))
        XCTAssertEqual(decision.value, Decision.allCases[0].code, "1 is the first option after '—'")
    }
}
