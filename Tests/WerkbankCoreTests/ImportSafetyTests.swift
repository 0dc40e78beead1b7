import XCTest
@testable import WerkbankCore

/// Control characters, problem order, rejected rows and what an import would remove.
final class ImportSafetyTests: XCTestCase {
    override func setUp() { Language.current = .nl }

    private typealias T = ImportTests

    private func importing(_ files: [ExchangeFile: String], into existing: Dataset = Dataset(), rejecting: Bool = false) throws -> ImportResult {
        try CSVImport.read(files: files.mapValues { Array($0.utf8) }, into: existing, rejecting: rejecting)
    }

    private func failure(_ files: [ExchangeFile: String]) -> ImportFailure? {
        do { _ = try importing(files); return nil } catch { return error as? ImportFailure }
    }

    func testControlCharactersAreRefusedAtTheirCell() throws {
        let rows = T.clientHeader
            + "K1;;Jan\u{1B}c;;Vries;;;;\"\u{1B}]52;c;aGFjaw==\u{07}\";;;\n"
            + "K2;\u{9B}6n;;;;;;;;;;\n"
            + "K3;;;;\u{202E}sirV;;;;;;;\n"
            + "K4;;Tab\tmag;;;;;;;;;\n"
        let problems = try XCTUnwrap(failure([.clients: rows])).problems
        XCTAssertEqual(problems.map { "\($0.file.name):\($0.line ?? 0):\($0.column ?? "")" },
                       ["klanten.csv:2:voornaam", "klanten.csv:2:coach", "klanten.csv:3:bsn", "klanten.csv:4:achternaam"])
        XCTAssertTrue(problems[0].message.hasPrefix("bevat stuurteken U+001B"), problems[0].message)
        XCTAssertTrue(problems[2].message.hasPrefix("bevat stuurteken U+009B"), "the bsn cell is not checked a second time")
        XCTAssertNil(problems.map(\.text).joined().unicodeScalars.first(where: VisibleText.isRefused))
    }

    func testProblemsAreOrderedByFileAndLine() throws {
        let files: [ExchangeFile: String] = [
            .clients: T.validClients + "K1;;;;;;;;;;;\n",
            .benefits: T.benefitHeader + "K2;01-01-2014;;\nK2;01-06-2014;;\nK1;01-01-2014;31-12-2013;werk\nK9;01-01-2014;;\n",
            .meldingen: T.meldingHeader + "M1;;xx;;;\n",
        ]
        let problems = try XCTUnwrap(failure(files)).problems
        XCTAssertEqual(problems.map { "\($0.file.name):\($0.line ?? 0)" },
                       ["klanten.csv:4", "uitkeringen.csv:3", "uitkeringen.csv:4", "uitkeringen.csv:5", "meldingen.csv:2"])
    }

    static let messyClients = T.clientHeader
        + "K1;111222333;Jan;de;Vries;01-02-1980;7511ab;Centrum;anna;;;\n"
        + "K2;123456789;Fout;;BSN;;;;bert;;;\n"
        + "K3;;Zoë;;Çelik;;;;bert;;;\n"
        + "K1;;Dubbel;;;;;;anna;;;\n"
    static let messyBenefits = T.benefitHeader
        + "K1;01-01-2014;31-12-2014;werk\n"
        + "K2;01-01-2015;;\n"
        + "K1;01-06-2014;;\n"
        + "K3;01-01-2016;;\n"
        + "K1;01-01-2016;;\n"
    static let messyLadder = T.ladderHeader + "K1;01-01-2016;start;2\nK2;01-01-2016;start;1\nK3;01-01-2016;actueel;9\nK3;01-02-2016;start;3\n"
    static let messyMeldingen = T.meldingHeader + "M1;K2;02-01-2017;;;\nM2;K3;03-01-2017;;;\nM2;;04-01-2017;;;\n"

    func testRejectingKeepsTheGoodRowsAndNamesTheOthers() throws {
        let files: [ExchangeFile: String] = [.clients: Self.messyClients, .benefits: Self.messyBenefits,
                                             .ladder: Self.messyLadder, .meldingen: Self.messyMeldingen]
        XCTAssertNotNil(failure(files), "all or nothing stays the default")
        let result = try importing(files, rejecting: true)
        XCTAssertEqual(result.rejected.map { "\($0.file.name):\($0.line):\($0.column)" }, [
            "klanten.csv:3:bsn", "klanten.csv:5:klant_id",
            "uitkeringen.csv:3:klant_id", "uitkeringen.csv:4:start",
            "treden.csv:3:klant_id", "treden.csv:4:trede",
            "meldingen.csv:2:klant_id", "meldingen.csv:4:melding_id",
        ])
        XCTAssertEqual(result.rejected[0].text, "K2;123456789;Fout;;BSN;;;;bert;;;")
        XCTAssertEqual(result.rejected[2].reason, "klant 'K2' is afgewezen (klanten.csv regel 3)")
        XCTAssertEqual(result.rejected[3].reason, "overlapt met de uitkering vanaf 01-01-2014 (tot 31-12-2014)")
        XCTAssertEqual(result.summary.rejectedRows, 8)
        XCTAssertTrue(result.summary.text.hasSuffix(", 8 regels afgewezen"), result.summary.text)

        // The same as importing only the kept rows.
        let kept = try importing([
            .clients: T.clientHeader + "K1;111222333;Jan;de;Vries;01-02-1980;7511ab;Centrum;anna;;;\nK3;;Zoë;;Çelik;;;;bert;;;\n",
            .benefits: T.benefitHeader + "K1;01-01-2014;31-12-2014;werk\nK3;01-01-2016;;\nK1;01-01-2016;;\n",
            .ladder: T.ladderHeader + "K1;01-01-2016;start;2\nK3;01-02-2016;start;3\n",
            .meldingen: T.meldingHeader + "M2;K3;03-01-2017;;;\n",
        ])
        XCTAssertEqual(result.dataset, kept.dataset)
        XCTAssertEqual(kept.rejected, [])
    }

    func testRowsSpanningLinesAreRejectedWhole() throws {
        let result = try importing([.clients: T.clientHeader + "K1;;\"Jan\r\nJanssen\";;;;;;;;;\r\nK2;;;;\r\n"], rejecting: true)
        XCTAssertEqual(result.rejected.map(\.text), ["K1;;\"Jan\r\nJanssen\";;;;;;;;;", "K2;;;;"])
        XCTAssertEqual(result.rejected.map(\.column), ["voornaam", ""])
        let file = RejectedRow.file(result.rejected)
        XCTAssertEqual(Array(file.prefix(3)), [0xEF, 0xBB, 0xBF])
        let records = try CSVReader.records(in: file)
        XCTAssertEqual(records.map(\.fields.count), [5, 5, 5])
        XCTAssertEqual(records[0].fields, RejectedRow.header)
        XCTAssertEqual(records[1].fields[4], "K1;;\"Jan\r\nJanssen\";;;;;;;;;")
    }

    func testWholeFileProblemsStillStopARejectingImport() {
        XCTAssertThrowsError(try importing([.clients: "klant_id\nK1\n"], rejecting: true))
    }

    // MARK: What an import would remove

    private func existing() throws -> Dataset {
        let ladder = T.ladderHeader + (1...10).map { "K1;0\($0 % 9 + 1)-01-2016;actueel;\($0 % 6)\n" }.joined()
        return try importing([.clients: T.validClients, .ladder: ladder,
                              .benefits: T.benefitHeader + "K1;01-01-2014;31-12-2014;werk\nK1;01-01-2016;;\nK2;01-01-2016;;\n",
                              .meldingen: T.meldingHeader + "M1;K2;02-01-2017;;;\n"]).dataset
    }

    func testHeaderOnlyFileWouldEmptyACollection() throws {
        let before = try existing()
        let after = try importing([.clients: T.validClients, .benefits: T.benefitHeader], into: before).dataset
        let changes = ImportChanges(from: before, to: after)
        XCTAssertEqual(changes.collections.map(\.text), [
            "klanten +0 −0, 0 gewijzigd (2 → 2)", "uitkeringen +0 −3, 0 gewijzigd (3 → 0)",
            "treden +0 −0, 0 gewijzigd (10 → 10)", "meldingen +0 −0, 0 gewijzigd (1 → 1)",
        ])
        XCTAssertEqual(changes.refusals, ["uitkeringen: alle 3 zouden verdwijnen"])
    }

    func testRemovingMoreThanATenthIsRefusedAndSmallChangesAreNot() throws {
        let before = try existing()
        let kept = T.ladderHeader + (1...9).map { "K1;0\($0 % 9 + 1)-01-2016;actueel;\($0 % 6)\n" }.joined()
        let nine = ImportChanges(from: before, to: try importing([.clients: T.validClients, .ladder: kept], into: before).dataset)
        XCTAssertEqual(nine.refusals, [], "one of ten is not more than 10%")
        let half = T.ladderHeader + (1...5).map { "K1;0\($0 % 9 + 1)-01-2016;actueel;\($0 % 6)\n" }.joined()
        let halved = ImportChanges(from: before, to: try importing([.clients: T.validClients, .ladder: half], into: before).dataset)
        XCTAssertEqual(halved.refusals, ["treden: 5 van de 10 zouden verdwijnen (meer dan 10%)"])
        let ended = T.benefitHeader + "K1;01-01-2014;31-12-2014;werk\nK1;01-01-2016;31-12-2016;werk\nK2;01-01-2010;31-12-2010;werk\nK2;01-01-2016;;\n"
        let renamed = T.validClients.replacingOccurrences(of: "Jan;", with: "Johan;")
        let grown = ImportChanges(from: before, to: try importing([.clients: renamed, .benefits: ended], into: before).dataset)
        XCTAssertEqual(grown.collections[0].text, "klanten +0 −0, 1 gewijzigd (2 → 2)")
        XCTAssertEqual(grown.collections[1].text, "uitkeringen +1 −0, 1 gewijzigd (3 → 4)")
        XCTAssertEqual(grown.refusals, [])
    }
}
