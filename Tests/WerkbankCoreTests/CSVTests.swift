import XCTest
@testable import WerkbankCore

final class CSVTests: XCTestCase {
    override func setUp() { Language.current = .nl }

    private func records(_ text: String) throws -> [CSVRecord] {
        try CSVReader.records(in: Array(text.utf8))
    }

    private func syntaxError(_ bytes: [UInt8]) -> CSVSyntaxError? {
        do { _ = try CSVReader.records(in: bytes); return nil } catch { return error }
    }

    func testPlainFieldsWithBOMAndCRLF() throws {
        let parsed = try CSVReader.records(in: [0xEF, 0xBB, 0xBF] + Array("a;b;c\r\n1;;3\r\n".utf8))
        XCTAssertEqual(parsed.map(\.fields), [["a", "b", "c"], ["1", "", "3"]])
        XCTAssertEqual(parsed.map(\.line), [1, 2])
    }

    func testQuotedFieldsHoldSeparatorsQuotesAndLineBreaks() throws {
        let text = "naam;opmerking\n\"de Vries; Jan\";\"zei \"\"hoi\"\"\nen ging\"\nlaatste;\"\"\n"
        let parsed = try records(text)
        XCTAssertEqual(parsed.map(\.fields), [["naam", "opmerking"], ["de Vries; Jan", "zei \"hoi\"\nen ging"], ["laatste", ""]])
        XCTAssertEqual(parsed.map(\.line), [1, 2, 4])
    }

    func testFieldLinesFollowEmbeddedLineBreaks() throws {
        let parsed = try records("a;b;c\n\"x\ny\";z;\"p\r\nq\";w\n")
        XCTAssertEqual(parsed[1].fields, ["x\ny", "z", "p\r\nq", "w"])
        XCTAssertEqual((0..<4).map { parsed[1].line(ofField: $0) }, [2, 3, 3, 4])
    }

    func testEmptyLinesAreSkippedAndLastLineNeedsNoLineEnd() throws {
        let parsed = try records("a;b\n\n1;2\r\n\r\n3;4")
        XCTAssertEqual(parsed.map(\.fields), [["a", "b"], ["1", "2"], ["3", "4"]])
        XCTAssertEqual(parsed.map(\.line), [1, 3, 5])
    }

    func testDiacriticsSurvive() throws {
        XCTAssertEqual(try records("Çelik;Jürgen;Ölçü;Zoë\n")[0].fields, ["Çelik", "Jürgen", "Ölçü", "Zoë"])
    }

    func testSyntaxErrorsNameTheLine() {
        XCTAssertEqual(syntaxError(Array("a;b\n1;\"open\n\nstill".utf8)),
                       CSVSyntaxError(line: 2, message: "aanhalingsteken wordt niet gesloten"))
        XCTAssertEqual(syntaxError(Array("a;b\n1;2\n\"x\"y;2\n".utf8))?.line, 3)
        XCTAssertEqual(syntaxError(Array("a;b\n1;2\n3;".utf8) + [0xFF, 0x0A]),
                       CSVSyntaxError(line: 3, message: "geen geldige UTF-8-tekst"))
    }

    func testWriterQuotesOnlyWhenNeeded() {
        var writer = CSVWriter()
        writer.row(["plain", "", "met;puntkomma", "zei \"ja\"", "twee\nregels", "cr\rhier", " spatie "])
        XCTAssertEqual(String(decoding: writer.bytes, as: UTF8.self),
                       "plain;;\"met;puntkomma\";\"zei \"\"ja\"\"\";\"twee\nregels\";\"cr\rhier\"; spatie \n")
    }

    func testWriterOutputReadsBackIdentically() throws {
        let rows = [["id", "naam", "opmerking"], ["1", "\"", ";;"], ["2", "", "a\r\nb"], ["3", "Ĳsselmeer", "\"x\";\"y\""]]
        var writer = CSVWriter()
        rows.forEach { writer.row($0) }
        XCTAssertEqual(try CSVReader.records(in: writer.bytes).map(\.fields), rows)
    }
}
