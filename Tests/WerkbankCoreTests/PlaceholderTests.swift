import XCTest
@testable import WerkbankCore

/// `{N}` and `{N|one|other}` are filled in one pass: what a person typed is never read again.
final class PlaceholderTests: XCTestCase {
    func testUserTextHoldingPlaceholdersIsNotRewritten() {
        XCTAssertEqual(Placeholders.fill("{0} schreef: {1}", ["{1}", "tekst"]), "{1} schreef: tekst")
        XCTAssertEqual(Placeholders.fill("notitie: {0}", ["zie {0} en {1|a|b}"]), "notitie: zie {0} en {1|a|b}")
        XCTAssertEqual(Placeholders.fill("{0} {0|klant|klanten} bij {1}", ["1", "{0}"]), "1 klant bij {0}")
    }

    func testPluralFormsAndUnknownPlaceholders() {
        XCTAssertEqual(Placeholders.fill("{0} {0|klant|klanten}", ["2"]), "2 klanten")
        XCTAssertEqual(Placeholders.fill("{0} en {3}", ["a"]), "a en {3}", "a placeholder without argument stays")
        let table = StringTable(["k": ("{0}: {1}", "{0}: {1}")])
        XCTAssertEqual(table.text("k", ["{1}", "x"], language: .en), "{1}: x")
    }
}
