import TerminalUI
import WerkbankCore
import XCTest
@testable import WerkbankApp

/// The typed command table (`AppCommands.scopes`): every command has its texts in both
/// languages, a name that leads back to it, and a screen that runs it through the root view.
final class CommandTableTests: XCTestCase {
    /// The Dutch and English text of an app string key.
    private func texts(_ key: String) -> (nl: String, en: String)? {
        appStrings.entries[key]
    }

    private func assertBothLanguages(_ key: String, _ what: String, file: StaticString = #filePath, line: UInt = #line) {
        guard let texts = texts(key) else { return XCTFail("no text \(key) for \(what)", file: file, line: line) }
        XCTAssertFalse(texts.nl.isEmpty || texts.en.isEmpty, "\(key) lacks Dutch or English", file: file, line: line)
    }

    func testEveryListedCommandHasHelpTextAndItsBarLabelInDutchAndEnglish() {
        var labels = 0
        for scope in AppCommands.scopes {
            for command in scope.commands {
                assertBothLanguages(command.helpKey, command.name)
                if let label = command.labelKey {
                    assertBothLanguages(label, command.name)
                    labels += 1
                }
            }
            if !scope.commands.isEmpty && scope.scope != GlobalCommand.scope {
                assertBothLanguages(RootView.titleKey(scope.scope), "help section of \(scope.scope)")
            }
        }
        XCTAssertEqual(labels, 10, "F1…F10 have a label")
        XCTAssertEqual(texts("cmd.global.quit.label")?.nl, "stop")
    }

    func testNamesAreUniqueAndLeadBackToTheirCommand() {
        func check<C: ScreenCommand>(_ type: C.Type) -> [String] {
            for command in C.allCases {
                XCTAssertEqual(C(name: command.name), command, command.name)
                XCTAssertTrue(command.name.hasPrefix(C.scope + "."), command.name)
            }
            XCTAssertNil(C(name: C.scope + ".nonsense"))
            return C.allCases.map(\.name)
        }
        let names = AppCommands.scopes.flatMap { check($0) }
        XCTAssertEqual(Set(names).count, names.count, "a name is used twice")
        XCTAssertEqual(Set(AppCommands.scopes.map { $0.scope }).count, AppCommands.scopes.count, "a scope is listed twice")
        XCTAssertEqual(AppCommands.all.map(\.name), AppCommands.scopes.flatMap { $0.commands.map(\.name) })
    }

    func testTheTableKeepsTheKeysPeopleKnow() {
        let map = KeyMap(commands: AppCommands.all)
        XCTAssertEqual(map.command(for: .char("C"), in: "caseload")?.name, "caseload.scope")
        XCTAssertEqual(map.command(for: .char("3"), in: "dashboard")?.name, "dashboard.pane3")
        XCTAssertEqual(map.command(for: .char("7"), in: "dossier")?.name, "dossier.tab7")
        XCTAssertEqual(map.command(for: .enter, in: "dossier-plan")?.name, "dossier-plan.edit")
        XCTAssertEqual(map.command(for: .function(7), in: "dossier")?.name, "global.vacancies")
        XCTAssertNil(map.command(named: "dossier-plan.new"), "commands only other commands reach have no key-map entry")
        XCTAssertEqual(DossierCommand.allCases.filter { if case .tab = $0 { true } else { false } }.count, DossierTabs.count)
        XCTAssertEqual(DashboardCommand(name: "dashboard.pane\(ReportKind.allCases.count)"), .pane(ReportKind.allCases.last!))
    }

    /// Each command, run by name through the root view with a screen of its scope on top, is
    /// carried out by that screen or the shell: none falls through as unknown.
    func testEveryCommandIsHandledThroughTheRootView() throws {
        let app = try AppHarness(user: "mvdberg")
        let root = app.root
        let client = try app.ownClient { _ in true }
        let vacancy = try XCTUnwrap(app.model.data.vacancies.values.min { $0.id < $1.id })
        let screens: [String: () -> Void] = [
            GlobalCommand.scope: { root.show(CaseloadScreen(root: root)) },
            PickerCommand.scope: {
                root.show(UserPickerScreen(root: root, choices: [app.model.user], login: "x", problem: nil))
            },
            CaseloadCommand.scope: { root.show(CaseloadScreen(root: root)) },
            LadderCommand.scope: { root.show(LadderScreen(root: root)) },
            InstrumentsCommand.scope: { root.show(InstrumentCaseScreen(root: root)) },
            TodayCommand.scope: { root.show(TodayScreen(root: root)) },
            VacancyListCommand.scope: { root.show(VacanciesScreen(root: root)) },
            DashboardCommand.scope: { root.show(DashboardScreen(root: root)) },
            DrilldownCommand.scope: {
                root.show(DrilldownScreen(root: root, heading: "x", entries: [], peildatum: AppHarness.today))
            },
            IntakeHomeCommand.scope: { root.show(IntakeHomeScreen(root: root)) },
            IntakeFormCommand.scope: {
                root.show(IntakeFormScreen(root: root, form: IntakeHomeScreen.newMelding(today: AppHarness.today)))
            },
            EmployersCommand.scope: { root.show(EmployersScreen(root: root)) },
            DeskCommand.scope: { root.show(DeskScreen(root: root, vacancy: vacancy)) },
        ]
        func dossier(tab: String) -> () -> Void {
            { root.show(CaseloadScreen(root: root)); root.openDossier(client.id, tabScope: tab) }
        }
        func check<C: ScreenCommand>(_ type: C.Type) {
            let show = screens[C.scope] ?? dossier(tab: C.scope == DossierCommand.scope ? "dossier-overzicht" : C.scope)
            for command in C.allCases {
                show()
                root.dismissOverlay()
                XCTAssertTrue(root.top?.scopes.contains(C.scope) == true || C.scope == GlobalCommand.scope,
                              "\(command.name): the screen for it has scopes \(root.top?.scopes ?? [])")
                XCTAssertTrue(root.run(command.name), "\(command.name) fell through")
            }
        }
        for scope in AppCommands.scopes { check(scope) }
        root.show(CaseloadScreen(root: root))
        XCTAssertFalse(root.run("caseload.nonsense"))
        XCTAssertFalse(root.run("global.nonsense"))
    }
}
