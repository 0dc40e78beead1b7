import TerminalUI
import WerkbankCore
import XCTest
@testable import WerkbankApp

/// A form's message line at 80×24: a validation or refusal message wider than the box wraps onto
/// more lines (the box grows) instead of ending in "…".
final class FormMessageWrapTests: XCTestCase {
    private static let long = "deze inzet kan niet worden opgeslagen: Jobcoaching duurt maximaal 36 maanden, "
        + "dus uiterlijk t/m 28-02-2027, en de klant staat op trede 4 terwijl minimaal trede 5 nodig is"

    private func screen(of form: EditForm) -> (text: String, box: Rect) {
        let area = Rect(x: 0, y: 0, width: 80, height: 24)
        var buffer = Buffer(size: Size(width: 80, height: 24))
        form.render(area, into: &buffer)
        return ((0..<24).map { buffer.line($0) }.joined(separator: "\n"), form.frame(in: area))
    }

    /// Words in the order shown, the box's borders taken off.
    private func words(_ text: String) -> [String] {
        text.split(whereSeparator: { $0.isWhitespace || "│╭╮╰╯─".contains($0) }).map(String.init)
    }

    func testALongRefusalMessageShowsAllItsWords() {
        let form = EditForm(title: "Instrument inzetten", glyphs: .unicode)
        form.add("Toelichting", TextInput("", glyphs: .unicode))
        let short = screen(of: form).box
        form.message = StatusMessage(Self.long, severity: .error)
        let (text, box) = screen(of: form)
        XCTAssertFalse(text.contains("…"), text)
        XCTAssertEqual(words(text).suffix(words(Self.long).count), words(Self.long)[...], text)
        XCTAssertGreaterThan(box.height, short.height, "the box grows by the message's extra lines")
    }

    /// Under its field the message is shortened; while the field has focus the footer shows it whole.
    func testALongFieldMessageInTheFooterShowsAllItsWords() {
        let form = EditForm(title: "Instrument inzetten", glyphs: .unicode)
        let input = form.add("Einddatum", TextInput("", glyphs: .unicode, validator: { _ in Self.long }), required: true)
        input.field.text = "31-12-2027"
        form.save()
        let text = screen(of: form).text
        XCTAssertTrue(words(text).joined(separator: " ").contains(words(Self.long).joined(separator: " ")), text)
    }
}
