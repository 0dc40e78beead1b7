import XCTest
@testable import WerkbankCore

final class ImportTests: XCTestCase {
    override func setUp() { Language.current = .nl }

    static let clientHeader = "klant_id;bsn;voornaam;tussenvoegsel;achternaam;geboortedatum;postcode;wijk;coach;doelgroepen;belemmeringen;arbeidsplicht\n"
    static let benefitHeader = "klant_id;start;einde;reden_einde\n"
    static let ladderHeader = "klant_id;datum;soort;trede\n"
    static let meldingHeader = "melding_id;klant_id;datum_melding;datum_aanvraag;besluit;datum_besluit\n"

    static let validClients = clientHeader
        + "K1;111222333;Jan;de;Vries;01-02-1980;7511ab;Centrum;anna;jongere,ouder;taal;opgelegd\n"
        + "K2;;Zoë;;Çelik;1990-12-31;;;bert;;;\n"

    private func bytes(_ files: [ExchangeFile: String]) -> [ExchangeFile: [UInt8]] {
        files.mapValues { Array($0.utf8) }
    }

    private func importing(_ files: [ExchangeFile: String], into existing: Dataset = Dataset()) throws -> ImportResult {
        try CSVImport.read(files: bytes(files), into: existing)
    }

    /// The problem lines of a failed import.
    private func problems(_ files: [ExchangeFile: String], into existing: Dataset = Dataset()) -> [String] {
        do {
            _ = try importing(files, into: existing)
            XCTFail("import should fail")
            return []
        } catch let failure as ImportFailure {
            return failure.problems.map(\.text)
        } catch {
            XCTFail("unexpected \(error)")
            return []
        }
    }

    func testReadsAllFourFiles() throws {
        let result = try importing([
            .clients: Self.validClients,
            .benefits: Self.benefitHeader + "K1;01-01-2014;31-12-2014;werk\nK1;2016-03-01;;\n",
            .ladder: "soort;klant_id;trede;datum\r\nstart;K1;2;01-01-2016\r\nverwacht;K1;4;01-01-2016\r\n",
            .meldingen: Self.meldingHeader + "M1;K2;02-01-2017;30-01-2017;toegekend;15-02-2017\nM2;;03-01-2017;;;\n",
        ])
        let data = result.dataset
        let jan = try XCTUnwrap(data.clients["K1"])
        XCTAssertEqual(jan.bsn, "111222333")
        XCTAssertEqual(jan.fullName, "Jan de Vries")
        XCTAssertEqual(jan.birthDate, Day(year: 1980, month: 2, day: 1))
        XCTAssertEqual(jan.postcode, "7511 AB")
        XCTAssertEqual(jan.targetGroups, [.youth, .parent])
        XCTAssertEqual(jan.barriers, [.language])
        XCTAssertEqual(jan.workObligation, .imposed)
        XCTAssertEqual(jan.benefits, [
            BenefitPeriod(id: "K1-u1", start: Day(year: 2014, month: 1, day: 1)!, end: Day(year: 2014, month: 12, day: 31), endReason: .work),
            BenefitPeriod(id: "K1-u2", start: Day(year: 2016, month: 3, day: 1)!),
        ])
        XCTAssertEqual(jan.ladder.map(\.id), ["K1-t1", "K1-t2"])
        XCTAssertEqual(jan.ladderPosition.steps, 2)
        let zoe = try XCTUnwrap(data.clients["K2"])
        XCTAssertNil(zoe.bsn)
        XCTAssertEqual(zoe.lastName, "Çelik")
        XCTAssertEqual(zoe.benefits, [])
        XCTAssertEqual(data.meldingen["M1"]?.decision, .granted)
        XCTAssertEqual(data.meldingen["M1"]?.clientId, "K2")
        XCTAssertNil(data.meldingen["M2"]?.clientId)
        XCTAssertEqual(Set(data.users.keys), ["anna", "bert"])
        XCTAssertEqual(data.users["anna"]?.role, .coach)
        XCTAssertEqual(result.summary.newClients, 2)
        XCTAssertEqual(result.summary.benefits, 2)
        XCTAssertEqual(result.summary.newCoaches, ["anna", "bert"])
        XCTAssertEqual(result.summary.text, "2 klanten (2 nieuw), 2 uitkeringen, 2 treden, 2 meldingen, 2 nieuwe werkcoaches")
    }

    func testMergeKeepsWhatTheCSVDoesNotCover() throws {
        var existing = Dataset()
        existing.users["anna"] = User(name: "anna", displayName: "Anna de Boer", role: .supervisor)
        let note = ContactNote(id: "n1", date: Day(year: 2017, month: 1, day: 5)!, by: "anna", channel: .phone, text: "gebeld")
        let observation = LadderObservation(id: "old-1", date: Day(year: 2016, month: 1, day: 1)!, kind: .start, rung: .socialContacts,
                                            by: "anna", reason: "intake")
        existing.clients["K1"] = Client(id: "K1", firstName: "Oud", phone: "06-1234", coach: "anna",
                                        benefits: [BenefitPeriod(id: "old-b", start: Day(year: 2016, month: 3, day: 1)!),
                                                   BenefitPeriod(id: "gone", start: Day(year: 2010, month: 1, day: 1)!)],
                                        ladder: [observation], notes: [note], version: 4)
        existing.clients["K9"] = Client(id: "K9", lastName: "Blijft")
        existing.meldingen["M1"] = Melding(id: "M1", date: Day(year: 2016, month: 1, day: 1)!, channel: "balie")
        let result = try importing([
            .clients: Self.validClients,
            .benefits: Self.benefitHeader + "K1;01-01-2014;31-12-2014;werk\nK1;01-03-2016;;\n",
            .ladder: Self.ladderHeader + "K1;01-01-2016;start;2\nK1;01-06-2016;actueel;3\n",
            .meldingen: Self.meldingHeader + "M1;K9;02-01-2017;;;\n",
        ], into: existing)
        let jan = try XCTUnwrap(result.dataset.clients["K1"])
        XCTAssertEqual(jan.firstName, "Jan")
        XCTAssertEqual(jan.phone, "06-1234")
        XCTAssertEqual(jan.notes, [NoteRef(note)])
        XCTAssertEqual(jan.version, 5)
        XCTAssertEqual(jan.benefits.map(\.id), ["K1-u1", "old-b"])
        XCTAssertEqual(jan.ladder.first, observation)
        XCTAssertEqual(jan.ladder.map(\.id), ["old-1", "K1-t2"])
        XCTAssertEqual(result.dataset.clients["K9"]?.lastName, "Blijft")
        XCTAssertEqual(result.dataset.meldingen["M1"]?.channel, "balie")
        XCTAssertEqual(result.dataset.meldingen["M1"]?.clientId, "K9")
        XCTAssertEqual(result.dataset.users["anna"]?.role, .supervisor, "a known user is left alone")
        XCTAssertEqual(result.summary.newCoaches, ["bert"])
        XCTAssertEqual(result.summary.newClients, 1)
    }

    func testAbsentOptionalFilesKeepExistingHistory() throws {
        var existing = Dataset()
        let benefit = BenefitPeriod(id: "b", start: Day(year: 2016, month: 3, day: 1)!)
        existing.clients["K1"] = Client(id: "K1", benefits: [benefit])
        let result = try importing([.clients: Self.validClients], into: existing)
        XCTAssertEqual(result.dataset.clients["K1"]?.benefits, [benefit])
    }

    func testUnchangedClientKeepsItsVersion() throws {
        let first = try importing([.clients: Self.validClients]).dataset
        let second = try importing([.clients: Self.validClients], into: first).dataset
        XCTAssertEqual(second, first)
    }

    func testMissingClientFile() {
        XCTAssertEqual(problems([.benefits: Self.benefitHeader]), ["klanten.csv: bestand ontbreekt (verplicht)"])
    }

    func testMissingColumn() {
        let header = "klant_id;voornaam;tussenvoegsel;achternaam;geboortedatum;postcode;wijk;coach;doelgroepen;belemmeringen\n"
        XCTAssertEqual(problems([.clients: header]), ["klanten.csv:1: kolom ontbreekt: bsn, arbeidsplicht"])
    }

    func testUnknownColumn() {
        let header = Self.clientHeader.dropLast() + ";telefoon;Email\n"
        XCTAssertEqual(problems([.clients: String(header)]).first?.hasPrefix("klanten.csv:1: onbekende kolom: 'telefoon', 'Email' (verwacht: klant_id, bsn,"), true)
    }

    func testBadAndImpossibleDates() {
        let found = problems([.clients: Self.clientHeader + "K1;;;;;1 mei 1980;;;;;;\nK2;;;;;31-02-2017;;;;;;\n"])
        XCTAssertEqual(found, ["klanten.csv:2:geboortedatum: '1 mei 1980' is geen datum (dd-mm-jjjj of jjjj-mm-dd)",
                               "klanten.csv:3:geboortedatum: datum 31-02-2017 bestaat niet"])
    }

    func testBadBSN() {
        XCTAssertEqual(problems([.clients: Self.clientHeader + "K1;123456789;;;;;;;;;;\n"]),
                       ["klanten.csv:2:bsn: BSN 123456789 klopt niet (elfproef)"])
    }

    func testUnknownCodesInEveryCodedColumn() {
        let found = problems([
            .clients: Self.clientHeader + "K1;;;;;;;;;jongere,alien;taal,geld;misschien\n",
            .benefits: Self.benefitHeader + "K1;01-01-2014;01-02-2014;loterij\n",
            .ladder: Self.ladderHeader + "K1;01-01-2014;gedroomd;9\n",
            .meldingen: Self.meldingHeader + "M1;K1;01-01-2014;02-01-2014;misschien;\n",
        ])
        XCTAssertEqual(found.map { String($0.prefix { $0 != "(" }) }, [
            "klanten.csv:2:doelgroepen: onbekende code 'alien' ",
            "klanten.csv:2:belemmeringen: onbekende code 'geld' ",
            "klanten.csv:2:arbeidsplicht: onbekende code 'misschien' ",
            "uitkeringen.csv:2:reden_einde: onbekende code 'loterij' ",
            "treden.csv:2:soort: onbekende code 'gedroomd' ",
            "treden.csv:2:trede: '9' is geen trede ",
            "meldingen.csv:2:besluit: onbekende code 'misschien' ",
        ])
    }

    func testDuplicateIds() {
        let found = problems([
            .clients: Self.clientHeader + "K1;;;;;;;;;;;\nK2;;;;;;;;;;;\nK1;;;;;;;;;;;\n",
            .meldingen: Self.meldingHeader + "M1;;01-01-2017;;;\nM1;;02-01-2017;;;\n",
        ])
        XCTAssertEqual(found, ["klanten.csv:4:klant_id: id 'K1' komt al voor op regel 2",
                               "meldingen.csv:3:melding_id: id 'M1' komt al voor op regel 2"])
    }

    func testRowsNamingUnknownClients() {
        var existing = Dataset()
        existing.clients["K7"] = Client(id: "K7")
        let found = problems([
            .clients: Self.validClients,
            .benefits: Self.benefitHeader + "K3;01-01-2014;;\n",
            .ladder: Self.ladderHeader + "K7;01-01-2014;start;2\n",
            .meldingen: Self.meldingHeader + "M1;K7;01-01-2017;;;\nM2;K8;01-01-2017;;;\n",
        ], into: existing)
        XCTAssertEqual(found, ["uitkeringen.csv:2:klant_id: klant 'K3' staat niet in klanten.csv",
                               "treden.csv:2:klant_id: klant 'K7' staat niet in klanten.csv",
                               "meldingen.csv:3:klant_id: onbekende klant 'K8'"])
    }

    func testEndBeforeStartAndOverlap() {
        let found = problems([
            .clients: Self.validClients,
            .benefits: Self.benefitHeader + "K1;01-01-2014;31-12-2013;werk\nK2;01-01-2014;;\nK2;01-06-2014;01-07-2014;studie\n",
            .meldingen: Self.meldingHeader + "M1;;10-01-2017;09-01-2017;afgewezen;01-01-2017\n",
        ])
        XCTAssertEqual(found, ["uitkeringen.csv:2:einde: einde 31-12-2013 ligt voor het begin 01-01-2014",
                               "uitkeringen.csv:4:start: overlapt met de uitkering vanaf 01-01-2014 (tot lopend)",
                               "meldingen.csv:2:datum_aanvraag: aanvraag 09-01-2017 ligt voor de melding 10-01-2017",
                               "meldingen.csv:2:datum_besluit: einde 01-01-2017 ligt voor het begin 09-01-2017"])
    }

    func testWrongNumberOfFieldsAndLinesAfterMultilineField() {
        let found = problems([.clients: Self.clientHeader + "K1;;\"Jan\nJanssen\";;;;;;;;;\nK2;;;;\nK3;;;;;31-31-2000;;;;;;\n"])
        XCTAssertEqual(found, ["klanten.csv:2:voornaam: bevat stuurteken U+000A; stuurtekens (ook NUL, DEL en tekens die de leesrichting omdraaien) zijn niet toegestaan",
                               "klanten.csv:4: regel heeft 5 velden, de kop heeft er 12",
                               "klanten.csv:5:geboortedatum: datum 31-31-2000 bestaat niet"])
    }

    func testSyntaxErrorIsReported() {
        XCTAssertEqual(problems([.clients: Self.clientHeader + "K1;;\"Jan;;;;;;;;;\n"]),
                       ["klanten.csv:2: aanhalingsteken wordt niet gesloten"])
    }

    func testStopsListingAfterTwentyProblems() throws {
        let rows = (1...25).map { "K\($0);123456789;;;;;;;;;;\n" }.joined()
        do {
            _ = try importing([.clients: Self.clientHeader + rows])
            XCTFail("import should fail")
        } catch let failure as ImportFailure {
            XCTAssertEqual(failure.problems.count, 25)
            let error = failure.error()
            XCTAssertEqual(error.message, "import afgebroken: 25 problemen gevonden, er is niets veranderd")
            XCTAssertEqual(error.details.count, 21)
            XCTAssertEqual(error.details[19], "klanten.csv:21:bsn: BSN 123456789 klopt niet (elfproef)")
            XCTAssertEqual(error.details[20], "… en nog 5")
        }
    }

    func testProgressReachesEveryRow() throws {
        var reported: [ExchangeFile: (Int, Int)] = [:]
        _ = try CSVImport.read(files: bytes([.clients: Self.validClients, .ladder: Self.ladderHeader]), into: Dataset()) { file, done, total in
            reported[file] = (done, total)
        }
        XCTAssertEqual(reported[.clients]?.0, 2)
        XCTAssertEqual(reported[.clients]?.1, 2)
    }

    func testReadsFromDirectoryAndRefusesMissingOne() throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("import-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        try Data(Self.validClients.utf8).write(to: directory.appendingPathComponent("klanten.csv"))
        XCTAssertEqual(try CSVImport.read(directory: directory, into: Dataset()).dataset.clients.count, 2)
        XCTAssertThrowsError(try CSVImport.read(directory: directory.appendingPathComponent("nope"), into: Dataset())) { error in
            XCTAssertEqual((error as? WerkbankError)?.message.hasPrefix("map "), true)
        }
    }
}
