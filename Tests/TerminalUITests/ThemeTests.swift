import XCTest
@testable import TerminalUI

final class ThemeTests: XCTestCase {
    private var directory: URL!

    override func setUpWithError() throws {
        directory = FileManager.default.temporaryDirectory.appendingPathComponent("themes-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
    }

    override func tearDownWithError() throws {
        try? FileManager.default.removeItem(at: directory)
    }

    private func write(_ name: String, _ json: String) throws {
        try json.write(to: directory.appendingPathComponent("\(name).json"), atomically: true, encoding: .utf8)
    }

    private func problem(_ json: String) -> ThemeError.Problem? {
        do {
            _ = try ThemeFile.parse(Data(json.utf8), file: "themes/x.json")
            return nil
        } catch { return error.problem }
    }

    func testParsesColoursNamesAndAttributes() throws {
        let theme = try ThemeFile.parse(Data("""
        {"description": "test", "roles": {
          "selection": {"fg": 231, "bg": "blue", "attributes": ["bold", "Reverse"]},
          "warning": {"fg": "bright-yellow"},
          "text": {"fg": "default", "bg": 0}
        }}
        """.utf8), file: "/tmp/mijn-thema.json")
        XCTAssertEqual(theme.name, "mijn-thema")
        XCTAssertEqual(theme[.selection], RoleStyle(foreground: .indexed(231), background: .indexed(4), attributes: [.bold, .reverse]))
        XCTAssertEqual(theme[.warning].foreground, .indexed(11))
        XCTAssertEqual(theme[.header], theme[.text], "roles left out look like text")
        XCTAssertEqual(theme.resolve(Style(.warning, .underline)).attributes, .underline)
    }

    func testBadThemeFilesNameWhatIsWrong() {
        XCTAssertEqual(problem(#"{"roles": {"selection": {"fg": 300}}}"#), .badColor(role: "selection", field: "fg", value: "300"))
        XCTAssertEqual(problem(#"{"roles": {"selection": {"bg": "purple"}}}"#), .badColor(role: "selection", field: "bg", value: "purple"))
        XCTAssertEqual(problem(#"{"roles": {"text": {"fg": true}}}"#), .badColor(role: "text", field: "fg", value: "1"))
        XCTAssertEqual(problem(#"{"roles": {"selction": {}}}"#), .unknownRole("selction"))
        XCTAssertEqual(problem(#"{"roles": {"text": {"attributes": ["blink"]}}}"#), .badAttribute(role: "text", value: "blink"))
        XCTAssertEqual(problem(#"{"roles": {"text": "red"}}"#), .malformedRole(role: "text"))
        XCTAssertEqual(problem(#"{"rolse": {}}"#), .missingRoles)
        XCTAssertEqual(problem(#"{"roles": {}, "colour": 1}"#), .unknownField("colour"))
        guard case .invalidJSON = problem("{\"roles\": {") else { return XCTFail("expected invalid JSON") }
        let error = ThemeError(file: "/home/a/.config/werkbank/themes/x.json", problem: .unknownRole("selction"))
        XCTAssertEqual(error.description, "/home/a/.config/werkbank/themes/x.json: unknown role 'selction'")
    }

    func testShippedThemeFilesMatchBuiltinsAndAllLoad() throws {
        let shipped = try XCTUnwrap(ThemeLibrary.packagedThemesDirectory(), "themes/ directory not found")
        let library = ThemeLibrary(directories: [shipped])
        XCTAssertEqual(try library.load("standaard"), Theme.standaard)
        XCTAssertEqual(try library.load("zwart-wit"), Theme.zwartWit)
        for name in ["licht", "hoog-contrast"] {
            let theme = try library.load(name)
            XCTAssertEqual(Set(theme.styles.keys), Set(Role.allCases), name)
        }
        XCTAssertEqual(Set(Theme.standaard.styles.keys), Set(Role.allCases))
        XCTAssertEqual(Set(Theme.zwartWit.styles.keys), Set(Role.allCases))
        XCTAssertFalse(Theme.zwartWit.usesColor)
    }

    func testMonochromeDistinguishesKeyRolesByAttributes() {
        let looks = [Role.text, .selection, .selectionUnfocused, .header, .error, .muted].map { Theme.zwartWit[$0] }
        XCTAssertEqual(Set(looks).count, looks.count)
    }

    func testBadThemeFallsBackToStandaardWithProblem() throws {
        try write("kapot", #"{"roles": {"text": {"fg": "rood"}}}"#)
        let library = ThemeLibrary(directories: [directory])
        let (theme, problems) = library.select("kapot", colorSupport: .indexed256, environment: [:])
        XCTAssertEqual(theme, Theme.standaard)
        XCTAssertEqual(problems.map(\.problem), [.badColor(role: "text", field: "fg", value: "rood")])
        XCTAssertTrue(problems[0].file.hasSuffix("kapot.json"))

        let (missing, missingProblems) = library.select("bestaat-niet", colorSupport: .indexed256, environment: [:])
        XCTAssertEqual(missing, Theme.standaard)
        XCTAssertEqual(missingProblems.map(\.problem), [.notFound(name: "bestaat-niet")])
    }

    func testUserThemeOverridesAndNoColorForcesMonochrome() throws {
        try write("standaard", #"{"roles": {"text": {"fg": 1}}}"#)
        let library = ThemeLibrary(directories: [directory])
        XCTAssertEqual(library.select(nil, colorSupport: .indexed256, environment: [:]).theme[.text].foreground, .indexed(1))
        XCTAssertEqual(library.select("standaard", colorSupport: .indexed256, environment: ["NO_COLOR": "1"]).theme, .zwartWit)
        XCTAssertEqual(library.select("standaard", colorSupport: .monochrome, environment: [:]).theme, .zwartWit)
        XCTAssertNotEqual(library.select(nil, colorSupport: .basic8, environment: ["NO_COLOR": ""]).theme, .zwartWit)
        XCTAssertTrue(library.availableNames().contains("zwart-wit"))
    }

    func testStandardSearchPathStartsWithXDGConfig() {
        let library = ThemeLibrary.standard(environment: ["XDG_CONFIG_HOME": "/cfg", "HOME": "/home/a"])
        XCTAssertEqual(library.directories.first?.path, "/cfg/werkbank/themes")
        let fallback = ThemeLibrary.standard(environment: ["HOME": "/home/a"])
        XCTAssertEqual(fallback.directories.first?.path, "/home/a/.config/werkbank/themes")
    }

    func testColoursDowngradeForSmallerTerminals() {
        XCTAssertEqual(ThemeColor.indexed(9).downgraded(to: .basic8), .indexed(1))      // bright red → red
        XCTAssertEqual(ThemeColor.indexed(196).downgraded(to: .basic8), .indexed(1))    // red
        XCTAssertEqual(ThemeColor.indexed(25).downgraded(to: .basic8), .indexed(4))     // blue
        XCTAssertEqual(ThemeColor.indexed(114).downgraded(to: .basic8), .indexed(2))    // light green
        XCTAssertEqual(ThemeColor.indexed(214).downgraded(to: .basic8), .indexed(3))    // orange → yellow
        XCTAssertEqual(ThemeColor.indexed(236).downgraded(to: .basic8), .indexed(0))    // dark grey → black
        XCTAssertEqual(ThemeColor.indexed(252).downgraded(to: .basic8), .indexed(7))    // light grey → white
        XCTAssertEqual(ThemeColor.indexed(252).downgraded(to: .monochrome), .terminalDefault)
        XCTAssertEqual(ThemeColor.indexed(252).downgraded(to: .indexed256), .indexed(252))
    }
}
