import XCTest
@testable import WerkbankCore

/// Texts whose string-table key is built at run time ("rung.\(rawValue)"): each is produced
/// through the real code for every value it can take, in Dutch and in English. A missing key
/// comes back as the key itself ("rung.7"), which no text looks like.
final class TextKeyTests: XCTestCase {
    override func tearDown() { Language.current = .nl }

    /// True for a string shaped like a table key: lower-case words joined by dots.
    static func looksLikeKey(_ text: String) -> Bool {
        text.range(of: #"^[a-z_]+(\.[A-Za-z0-9_\-]+)+$"#, options: .regularExpression) != nil
    }

    /// Runs `texts` in both languages; every text must be found and differ between nothing and a key.
    static func assertFound(_ what: String, file: StaticString = #filePath, line: UInt = #line, _ texts: () -> [String]) {
        for language in Language.allCases {
            Language.current = language
            let shown = texts()
            XCTAssertFalse(shown.isEmpty, "\(what): nothing to check", file: file, line: line)
            for text in shown {
                XCTAssertFalse(text.isEmpty || looksLikeKey(text), "\(what) (\(language)): missing text \(text)", file: file, line: line)
            }
        }
    }

    func testALookupThatMissesIsSeen() {
        XCTAssertTrue(Self.looksLikeKey(coreText("rung.99")))
        XCTAssertTrue(Self.looksLikeKey(coreText("check.subject.nobody", "x")))
        XCTAssertFalse(Self.looksLikeKey(coreText("rung.3")))
    }

    func testLabelsOfTheCodeListsAndStates() {
        func labels<T: CodeList>(_ type: T.Type) -> [String] { T.allCases.map(\.label) }
        Self.assertFound("code lists") {
            labels(TargetGroup.self) + labels(Barrier.self) + labels(WorkObligation.self) + labels(EndReason.self)
                + labels(Decision.self) + labels(NoApplicationReason.self) + labels(Route.self) + labels(Household.self)
                + labels(EducationLevel.self) + labels(LanguageLevel.self) + labels(ContactChannel.self) + labels(UserRole.self)
        }
        Self.assertFound("ladder") {
            Rung.allCases.map(\.label) + ClientGroup.allCases.map(\.label) + LadderKind.allCases.map(\.label)
        }
        Self.assertFound("statuses") {
            PlacementStage.allCases.map(\.label) + ActionStatus.allCases.map(\.label) + VacancyStatus.allCases.map(\.label)
                + PhysicalLoad.allCases.map(\.label) + ProposalAnswer.allCases.map(\.label) + AccessReason.allCases.map(\.label)
        }
        Self.assertFound("caseload") {
            CaseloadFacet.allCases.map(\.label) + CaseloadSortColumn.allCases.map(\.label) + TargetGroup.allCases.map(\.shortCode)
                + ClientField.allCases.map(\.label)
        }
        Self.assertFound("worklists and agenda") {
            WorklistKind.allCases.map(\.label) + [WorklistState.overdue, .soon].map(\.label) + Agenda.Kind.allCases.map(\.label)
        }
        Self.assertFound("reports") { ReportKind.allCases.map(\.label) + KPIReport.Indicator.allCases.map(\.label) }
    }

    func testReportColumnsOfEveryReport() {
        let today = Day(year: 2026, month: 11, day: 23)!
        let demo = DemoGenerator(seed: DemoGenerator.defaultSeed, clients: 60, today: today).generate()
        Self.assertFound("report columns") {
            ReportKind.allCases.flatMap { $0.compute(demo, options: ReportOptions(peildatum: today)).tables.flatMap(\.columns) }
        }
    }

    func testCheckLinesCountsRefusalsAndMatchReasons() {
        Self.assertFound("check") {
            DatasetCheck.counts(of: Dataset()).map(\.label)
                + DatasetCheck.Subject.allCases.map { DatasetCheck.line($0, "X1", "veld", "fout").components(separatedBy: ":")[0] }
        }
        Self.assertFound("refusals") { EditPolicy.Action.allCases.map { coreText("policy.action.\($0.rawValue)") } }
        Self.assertFound("undo and redo") { Edit.Revert.allCases.map { coreText("change.revert.\($0.rawValue)", "x") } }
        let client = Client(id: "K1", firstName: "Eva", lastName: "Eigen")
        Self.assertFound("match reasons") { MatchInstruments.placementInstruments.map { MatchInstruments.reason($0, client) } }
        Self.assertFound("prerequisites") {
            Prerequisite.allCases.map { coreText("validation.prerequisite.\($0.rawValue)", "x") }
        }
    }
}
