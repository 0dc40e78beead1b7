import TerminalUI
import WerkbankCore
import XCTest
@testable import WerkbankApp

/// Screen texts whose key is built at run time ("intake.field.\(field.rawValue)"): through the
/// real code where it can be called, else every key the site can build, in Dutch and English.
final class AppTextKeyTests: XCTestCase {
    override func tearDown() { Language.current = .nl }

    /// A key the screens can build: in the table with a Dutch and an English text.
    private func assertKeys(_ what: String, _ keys: [String], file: StaticString = #filePath, line: UInt = #line) {
        XCTAssertFalse(keys.isEmpty, what, file: file, line: line)
        for key in keys {
            let texts = appStrings.entries[key]
            XCTAssertFalse(texts?.nl.isEmpty ?? true, "\(what): no Dutch text for \(key)", file: file, line: line)
            XCTAssertFalse(texts?.en.isEmpty ?? true, "\(what): no English text for \(key)", file: file, line: line)
        }
    }

    /// Texts made by the real code in both languages; a missing key comes back as the key.
    private func assertFound(_ what: String, file: StaticString = #filePath, line: UInt = #line, _ texts: () -> [String]) {
        for language in Language.allCases {
            Language.current = language
            for text in texts() {
                XCTAssertFalse(text.isEmpty || text.range(of: #"^[a-z_]+(\.[A-Za-z0-9_\-]+)+$"#, options: .regularExpression) != nil,
                               "\(what) (\(language)): missing text \(text)", file: file, line: line)
            }
        }
    }

    func testTextsMadeByTheScreensThemselves() throws {
        let model = try AppHarness(user: "mvdberg").model
        let week = (0..<7).map { Day(year: 2026, month: 11, day: 23)!.adding(days: $0) }
        assertFound("agenda days") { week.map(TodayScreen.dayText) }
        assertFound("overview sections and fields") { OverviewSection.allCases.map(\.title) + DossierField.allCases.map(\.label) }
        assertFound("koffer") {
            InstrumentSide.allCases.map(InstrumentText.side) + Prerequisite.allCases.map(InstrumentText.prerequisite)
                + InstrumentText.State.allCases.map(\.label)
        }
        assertFound("team overview columns") { TeamOverviewPane.columns.map(TeamOverviewPane.header) }
        assertFound("intake fields") {
            IntakeField.allCases.compactMap { IntakeControls.make($0, model: model, glyphs: .unicode) }
                .flatMap { [$0.label] + ([$0.control as? Checkbox].compactMap { $0?.label }) }
        }
    }

    func testKeysBuiltFromEveryValue() {
        let week = (0..<7).map { Day(year: 2026, month: 11, day: 23)!.adding(days: $0) }
        assertKeys("header day", week.map { "shell.weekday.\($0.weekday)" })
        assertKeys("intake form kinds", IntakeFormKind.allCases.flatMap { ["intake.title.\($0.rawValue)", "intake.kind.\($0.rawValue)"] })
        assertKeys("intake steps", IntakeStep.allCases.map { "intake.step.\($0.rawValue)" })
        assertKeys("intake fields with a problem", IntakeField.allCases.map { "intake.field.\($0.rawValue)" })
        assertKeys("intake statuses", IntakeItem.Status.allCases.map { "intake.status.\($0.rawValue)" })
        assertKeys("client groups", ClientGroup.allCases.map { "caseload.group.\($0.rawValue)" })
        assertKeys("dashboard tabs", ReportKind.allCases.flatMap { ["dashboard.pane.\($0.rawValue)", "dashboard.pane_short.\($0.rawValue)"] })
    }

    func testEveryScreenTextIsInExactlyOneAreaTable() {
        let keys = AppStrings.areas.flatMap(\.keys)
        let twice = Dictionary(grouping: keys, by: { $0 }).filter { $0.value.count > 1 }.keys.sorted()
        XCTAssertEqual(twice, [], "keys in more than one area table")
        XCTAssertEqual(appStrings.entries.count, keys.count)
        XCTAssertEqual(appText("caseload.count", 1), "1 klant")
    }
}
