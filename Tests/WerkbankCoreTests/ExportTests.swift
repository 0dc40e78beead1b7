import XCTest
@testable import WerkbankCore

/// A deterministic dataset with awkward values for round-trip tests and the benchmark:
/// `;`, quotes and line breaks in names, diacritics, empty BSNs, several benefit periods.
enum ExchangeSample {
    static func dataset(clients count: Int, seed: UInt64 = 42) -> Dataset {
        var random = SeededRandom(seed: seed)
        var data = Dataset()
        let coaches = ["anna", "bert", "chantal; de \"coach\"", "dirk"]
        for name in coaches { data.users[name] = User(name: name, displayName: name, role: .coach) }
        let firstNames = ["Jan", "Zoë", "Mohammed", "Anaïs", "Piet \"Pietje\"", "Ünal", "Eva;Marie", "Lars\tOle", ""]
        let infixes = ["", "", "de", "van den", "van 't"]
        let lastNames = ["Vries", "Çelik", "Jansen", "Bakker; Smit", "Ĳzerman", "O\"Brien", "Nguyễn"]
        let districts = ["Centrum", "Noord", "Zuid-Oost", ""]
        for number in 1...count {
            let id = String(format: "K%06d", number)
            var client = Client(id: id)
            client.bsn = random.below(4) == 0 ? nil : bsn(&random)
            client.firstName = firstNames[random.below(firstNames.count)]
            client.infix = infixes[random.below(infixes.count)]
            client.lastName = lastNames[random.below(lastNames.count)]
            client.birthDate = Day(ordinal: -3650 + random.below(12000))
            client.postcode = random.below(5) == 0 ? "" : "\(1000 + random.below(9000)) \(["AB", "XY", "ZZ"][random.below(3)])"
            client.district = districts[random.below(districts.count)]
            client.coach = coaches[random.below(coaches.count)]
            client.targetGroups = Array(TargetGroup.allCases.shuffledPrefix(random.below(3), &random))
            client.barriers = Array(Barrier.allCases.shuffledPrefix(random.below(4), &random))
            client.workObligation = random.below(4) == 0 ? nil : WorkObligation.allCases[random.below(3)]
            var start = Day(ordinal: 14_600 + random.below(2000))
            let periods = 1 + random.below(3)
            for index in 0..<periods {
                let running = index == periods - 1 && random.below(2) == 0
                let end = running ? nil : start.adding(days: random.below(900))
                client.benefits.append(BenefitPeriod(id: "b\(index)", start: start, end: end,
                                                     endReason: end == nil ? nil : EndReason.allCases[random.below(EndReason.allCases.count)]))
                start = (end ?? start).adding(days: 1 + random.below(300))
            }
            for index in 0..<random.below(5) {
                client.ladder.append(LadderObservation(id: "t\(index)", date: Day(ordinal: 15_000 + random.below(1500)),
                                                       kind: LadderKind.allCases[random.below(3)], rung: Rung.allCases[random.below(7)]))
            }
            data.clients[id] = client
            if random.below(3) == 0 {
                let date = Day(ordinal: 16_000 + random.below(700))
                let applied = random.below(2) == 0 ? date.adding(days: random.below(30)) : nil
                let decision = applied == nil ? nil : Decision.allCases[random.below(4)]
                data.meldingen["M\(number)"] = Melding(id: "M\(number)", clientId: random.below(3) == 0 ? nil : id, date: date,
                                                      applicationDate: applied, decision: decision,
                                                      decisionDate: decision == nil ? nil : applied?.adding(days: 20))
            }
        }
        return data
    }

    /// Nine digits passing the elfproef.
    static func bsn(_ random: inout SeededRandom) -> String {
        while true {
            let digits = (0..<8).map { _ in random.below(10) }
            let sum = digits.enumerated().reduce(0) { $0 + $1.element * (9 - $1.offset) }
            if sum % 11 < 10, digits.contains(where: { $0 != 0 }) { return (digits + [sum % 11]).map(String.init).joined() }
        }
    }

    /// A file's text after its byte order mark.
    static func text(_ files: [(file: ExchangeFile, bytes: [UInt8])], _ file: ExchangeFile) -> String {
        let bytes = files.first { $0.file == file }!.bytes
        XCTAssertEqual(Array(bytes.prefix(3)), CSVWriter.byteOrderMark, "\(file.name) starts with a BOM")
        return String(decoding: bytes.dropFirst(3), as: UTF8.self)
    }
}


extension Array {
    func shuffledPrefix(_ count: Int, _ random: inout SeededRandom) -> ArraySlice<Element> {
        var copy = self
        for index in copy.indices.reversed() { copy.swapAt(index, random.below(index + 1)) }
        return copy.prefix(count)
    }
}

final class ExportTests: XCTestCase {
    func testExactFormat() {
        var data = Dataset()
        data.clients["K2"] = Client(id: "K2", bsn: "111222333", firstName: "Zoë", lastName: "Bakker; Smit",
                                    birthDate: Day(year: 1990, month: 3, day: 4), postcode: "7511 AB",
                                    targetGroups: [.parent, .youth], workObligation: .partialExemption, coach: "anna",
                                    benefits: [BenefitPeriod(id: "x", start: Day(year: 2016, month: 1, day: 1)!),
                                               BenefitPeriod(id: "y", start: Day(year: 2014, month: 1, day: 1)!,
                                                             end: Day(year: 2014, month: 5, day: 31), endReason: .workViaSWB)],
                                    ladder: [LadderObservation(id: "a", date: Day(year: 2016, month: 2, day: 1)!, kind: .expected, rung: .paidWork),
                                             LadderObservation(id: "b", date: Day(year: 2016, month: 2, day: 1)!, kind: .start, rung: .research)])
        data.clients["K1"] = Client(id: "K1", firstName: "Jan \"J\"", infix: "de", lastName: "Vries")
        data.meldingen["M1"] = Melding(id: "M1", date: Day(year: 2017, month: 1, day: 2)!, applicationDate: Day(year: 2017, month: 1, day: 9),
                                       decision: .notProcessed, decisionDate: Day(year: 2017, month: 2, day: 1))
        let files = CSVExport.files(for: data)
        XCTAssertEqual(files.map(\.file), [.clients, .benefits, .ladder, .meldingen])
        XCTAssertEqual(ExchangeSample.text(files, .clients),
                       "klant_id;bsn;voornaam;tussenvoegsel;achternaam;geboortedatum;postcode;wijk;coach;doelgroepen;belemmeringen;arbeidsplicht\n"
                       + "K1;;\"Jan \"\"J\"\"\";de;Vries;;;;;;;\n"
                       + "K2;111222333;Zoë;;\"Bakker; Smit\";04-03-1990;7511 AB;;anna;ouder,jongere;;gedeeltelijke_ontheffing\n")
        XCTAssertEqual(ExchangeSample.text(files, .benefits),
                       "klant_id;start;einde;reden_einde\nK2;01-01-2014;31-05-2014;werk_swb\nK2;01-01-2016;;\n")
        XCTAssertEqual(ExchangeSample.text(files, .ladder), "klant_id;datum;soort;trede\nK2;01-02-2016;start;0\nK2;01-02-2016;verwacht;6\n")
        XCTAssertEqual(ExchangeSample.text(files, .meldingen),
                       "melding_id;klant_id;datum_melding;datum_aanvraag;besluit;datum_besluit\nM1;;02-01-2017;09-01-2017;buiten_behandeling;01-02-2017\n")
    }

    func testRoundTripIsByteIdentical() throws {
        let original = ExchangeSample.dataset(clients: 400)
        let first = CSVExport.files(for: original)
        let imported = try CSVImport.read(files: Dictionary(uniqueKeysWithValues: first.map { ($0.file, $0.bytes) }), into: Dataset()).dataset
        let second = CSVExport.files(for: imported)
        for (a, b) in zip(first, second) {
            XCTAssertEqual(a.bytes, b.bytes, a.file.name)
        }
        XCTAssertEqual(imported.clients.count, 400)
        XCTAssertEqual(imported.clients.values.filter { $0.bsn == nil }.count, original.clients.values.filter { $0.bsn == nil }.count)
        XCTAssertTrue(ExchangeSample.text(first, .clients).contains("\"Eva;Marie\"") && ExchangeSample.text(first, .clients).contains("Lars\tOle"),
                      "the sample must hold awkward values (a line break is refused by the import)")
        let sample = try XCTUnwrap(original.clients["K000007"])
        let back = try XCTUnwrap(imported.clients["K000007"])
        XCTAssertEqual([back.firstName, back.infix, back.lastName], [sample.firstName, sample.infix, sample.lastName])
        XCTAssertEqual(back.benefits.map(\.start), sample.benefits.map(\.start).sorted())
    }

    func testWriteReplacesFilesAtomicallyWithPrivatePermissions() throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("export-\(UUID().uuidString)/out")
        defer { try? FileManager.default.removeItem(at: directory.deletingLastPathComponent()) }
        let data = ExchangeSample.dataset(clients: 30)
        try CSVExport.write(data, to: directory)
        try CSVExport.write(data, to: directory)
        let names = try FileManager.default.contentsOfDirectory(atPath: directory.path).sorted()
        XCTAssertEqual(names, ["klanten.csv", "meldingen.csv", "treden.csv", "uitkeringen.csv"])
        for name in names {
            let attributes = try FileManager.default.attributesOfItem(atPath: directory.appendingPathComponent(name).path)
            XCTAssertEqual((attributes[.posixPermissions] as? NSNumber)?.intValue, 0o600, name)
        }
        let bytes = try Data(contentsOf: directory.appendingPathComponent("klanten.csv"))
        XCTAssertEqual(Array(bytes.prefix(3)), CSVWriter.byteOrderMark, "a BOM, as the report CSV (Excel-NL)")
        XCTAssertEqual(bytes.dropFirst(3).prefix(9), Data("klant_id;".utf8), "the header follows the BOM")
        XCTAssertFalse(bytes.contains(0x0D))
        let again = directory.deletingLastPathComponent().appendingPathComponent("again")
        try CSVExport.write(try CSVImport.read(directory: directory, into: Dataset()).dataset, to: again)
        for name in names {
            XCTAssertEqual(try Data(contentsOf: again.appendingPathComponent(name)), try Data(contentsOf: directory.appendingPathComponent(name)), name)
        }
    }
}
