import XCTest
@testable import TerminalUI

final class KeymapTests: XCTestCase {
    private let commands = [
        Command("global.quit", helpKey: "help.quit", labelKey: "label.quit", defaultKeys: [.function(10), .char("q")]),
        Command("global.help", helpKey: "help.help", labelKey: "label.help", defaultKeys: [.function(1), .char("?")]),
        Command("caseload.search", helpKey: "help.search", labelKey: "label.search", defaultKeys: [.function(3), .char("/")]),
        Command("caseload.open", helpKey: "help.open", defaultKeys: [.enter]),
        Command("caseload.down", helpKey: "help.down", defaultKeys: [.down, .char("j")]),
        Command("intake.save", helpKey: "help.save", defaultKeys: [.ctrl("s"), .function(2)]),
    ]

    func testKeyNamesParseAndRoundTrip() {
        XCTAssertEqual(Key(name: "F3"), .function(3))
        XCTAssertEqual(Key(name: "Ctrl-P"), .ctrl("p"))
        XCTAssertEqual(Key(name: "ctrl-p"), .ctrl("p"))
        XCTAssertEqual(Key(name: "^X"), .ctrl("x"))
        XCTAssertEqual(Key(name: "/"), .char("/"))
        XCTAssertEqual(Key(name: "j"), .char("j"))
        XCTAssertEqual(Key(name: "PgDn"), .pageDown)
        XCTAssertEqual(Key(name: "PageUp"), .pageUp)
        XCTAssertEqual(Key(name: "Shift-Tab"), .backTab)
        XCTAssertEqual(Key(name: "Alt-x"), .alt("x"))
        XCTAssertEqual(Key(name: "Space"), .char(" "))
        XCTAssertEqual(Key(name: "ë"), .char("ë"))
        XCTAssertNil(Key(name: "F99"))
        XCTAssertNil(Key(name: "Ctrl-"))
        XCTAssertNil(Key(name: "Hyper-x"))
        let keys: [Key] = [.char("a"), .char(" "), .ctrl("p"), .alt("X"), .up, .down, .left, .right, .home, .end,
                           .pageUp, .pageDown, .insert, .delete, .backspace, .enter, .tab, .backTab, .escape,
                           .function(1), .function(12)]
        for key in keys { XCTAssertEqual(Key(name: key.displayName), key, key.displayName) }
        XCTAssertEqual(Key.ctrl("p").displayName, "Ctrl-P")
        XCTAssertEqual(Key.pageDown.displayName, "PgDn")
    }

    func testScopeBindingThenGlobalFallback() {
        let map = KeyMap(commands: commands)
        XCTAssertEqual(map.command(for: .function(3), in: "caseload")?.name, "caseload.search")
        XCTAssertEqual(map.command(for: .char("q"), in: "caseload")?.name, "global.quit")
        XCTAssertNil(map.command(for: .function(3), in: "intake"))
        XCTAssertEqual(map.command(for: .function(2), in: "intake")?.name, "intake.save")
        XCTAssertEqual(Command("caseload.search", helpKey: "", defaultKeys: []).scope, "caseload")
    }

    func testBindingsListInDeclarationOrder() {
        let map = KeyMap(commands: commands)
        let own = map.bindings(for: "caseload")
        XCTAssertEqual(own.map(\.key), [.function(3), .char("/"), .enter, .down, .char("j")])
        XCTAssertEqual(own.map(\.command.name), ["caseload.search", "caseload.search", "caseload.open", "caseload.down", "caseload.down"])
        let all = map.bindings(for: "caseload", includingGlobal: true)
        XCTAssertEqual(all.suffix(4).map(\.command.name), ["global.quit", "global.quit", "global.help", "global.help"])
        XCTAssertEqual(map.keys(for: "global.help", in: "caseload"), [.function(1), .char("?")])
    }

    func testKeysFileRebindsUnbindsAndShadowsGlobal() throws {
        var map = KeyMap(commands: commands)
        try map.apply(keysFile: """
        # vim-achtige toetsen
        caseload  Ctrl-F  caseload.search

        caseload  /       none
        caseload  q       caseload.open
        global    F9      global.quit
        """, path: "keys.conf")
        XCTAssertEqual(map.command(for: .ctrl("f"), in: "caseload")?.name, "caseload.search")
        XCTAssertNil(map.command(for: .char("/"), in: "caseload"))
        XCTAssertEqual(map.command(for: .char("q"), in: "caseload")?.name, "caseload.open")
        XCTAssertEqual(map.command(for: .char("q"), in: "intake")?.name, "global.quit")
        XCTAssertEqual(map.command(for: .function(9), in: "intake")?.name, "global.quit")
        XCTAssertFalse(map.bindings(for: "caseload", includingGlobal: true).contains { $0.key == .char("q") && $0.command.name == "global.quit" })
    }

    func testKeysFileErrorsNameFileAndLine() {
        func error(_ text: String) -> KeyMapError? {
            var map = KeyMap(commands: commands)
            do { try map.apply(keysFile: text, path: "/cfg/werkbank/keys.conf"); return nil } catch { return error }
        }
        XCTAssertEqual(error("caseload F3"), KeyMapError(file: "/cfg/werkbank/keys.conf", line: 1, problem: .malformedLine("caseload F3")))
        XCTAssertEqual(error("# comment\n\nkaseload F3 caseload.search")?.line, 3)
        XCTAssertEqual(error("# c\nkaseload F3 caseload.search")?.problem, .unknownScope("kaseload"))
        XCTAssertEqual(error("caseload Hyper-x caseload.search")?.problem, .unknownKey("Hyper-x"))
        XCTAssertEqual(error("caseload F3 caseload.zoek")?.problem, .unknownCommand("caseload.zoek"))
        XCTAssertEqual(error("intake F3 caseload.search")?.problem, .commandNotInScope(command: "caseload.search", scope: "intake"))
        XCTAssertEqual(error("caseload x caseload.open\ncaseload F3 zoek")?.description,
                       "/cfg/werkbank/keys.conf:2: unknown command 'zoek'")
    }

    func testFailedKeysFileChangesNothing() {
        var map = KeyMap(commands: commands)
        XCTAssertThrowsError(try map.apply(keysFile: "caseload x caseload.open\ncaseload F3 zoek", path: "k"))
        XCTAssertNil(map.command(for: .char("x"), in: "caseload"))
    }

    func testUserKeysFileFromXDGConfigHome() throws {
        let config = FileManager.default.temporaryDirectory.appendingPathComponent("cfg-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: config) }
        let environment = ["XDG_CONFIG_HOME": config.path]
        XCTAssertEqual(KeyMap.userKeysFile(environment: environment).path, config.path + "/werkbank/keys.conf")
        var map = KeyMap(commands: commands)
        try map.applyUserKeys(environment: environment)     // no file: nothing changes, no error
        XCTAssertEqual(map.command(for: .function(3), in: "caseload")?.name, "caseload.search")
        try FileManager.default.createDirectory(at: config.appendingPathComponent("werkbank"), withIntermediateDirectories: true)
        try "intake F5 intake.save\n".write(to: KeyMap.userKeysFile(environment: environment), atomically: true, encoding: .utf8)
        try map.applyUserKeys(environment: environment)
        XCTAssertEqual(map.command(for: .function(5), in: "intake")?.name, "intake.save")
    }

    func testDecodingTerminalCodes() {
        XCTAssertEqual(KeyDecoder.key(forCode: 1), .ctrl("a"))
        XCTAssertEqual(KeyDecoder.key(forCode: 26), .ctrl("z"))
        XCTAssertEqual(KeyDecoder.key(forCode: 8), .backspace)
        XCTAssertEqual(KeyDecoder.key(forCode: 127), .backspace)
        XCTAssertEqual(KeyDecoder.key(forCode: 9), .tab)
        XCTAssertEqual(KeyDecoder.key(forCode: 13), .enter)
        XCTAssertEqual(KeyDecoder.key(forCode: 27), .escape)
        XCTAssertEqual(KeyDecoder.key(forCode: 235), .char("ë"))
        XCTAssertEqual(KeyDecoder.key(forCode: 0x15F), .char("ş"))
        XCTAssertNil(KeyDecoder.key(forCode: 0x85))
        XCTAssertEqual(KeyDecoder.alt(.char("x")), .alt("x"))
        XCTAssertNil(KeyDecoder.alt(.up))
    }
}
