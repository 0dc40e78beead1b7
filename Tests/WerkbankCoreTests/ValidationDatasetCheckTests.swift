import XCTest
@testable import WerkbankCore

final class ValidationDatasetCheckTests: XCTestCase {
    override func setUp() { Language.current = .nl }

    let today = Day(year: 2017, month: 6, day: 1)!

    private func cleanDataset() -> Dataset {
        var data = Dataset()
        data.users["anna"] = User(name: "anna", displayName: "Anna", role: .coach)
        data.employers["W1"] = Employer(id: "W1", name: "Bakkerij")
        data.vacancies["V1"] = Vacancy(id: "V1", employerId: "W1", title: "Bakker", opened: Day(year: 2017, month: 1, day: 1)!)
        data.instruments["proef"] = Instrument(id: "proef", name: "proefplaatsing", side: .employer, maxMonths: 3)
        data.clients["K1"] = Client(
            id: "K1", bsn: "111222333", lastName: "Vries", birthDate: Day(year: 1980, month: 1, day: 1), postcode: "7511 AB",
            coach: "anna",
            benefits: [BenefitPeriod(id: "b", start: Day(year: 2015, month: 1, day: 1)!)],
            ladder: [LadderObservation(id: "t", date: Day(year: 2016, month: 1, day: 1)!, kind: .start, rung: .socialContacts)],
            deployments: [InstrumentDeployment(id: "d", instrumentId: "proef", start: Day(year: 2017, month: 1, day: 1)!,
                                               end: Day(year: 2017, month: 3, day: 31), employerId: "W1")])
        data.placements["P1"] = Placement(id: "P1", clientId: "K1", employerId: "W1", vacancyId: "V1", stage: .trial)
        data.meldingen["M1"] = Melding(id: "M1", clientId: "K1", date: Day(year: 2017, month: 1, day: 1)!)
        return data
    }

    func testCleanDatasetHasNoProblemsAndCountsEveryCollection() {
        let report = DatasetCheck.run(cleanDataset(), today: today)
        XCTAssertEqual(report.problems, [])
        let counts = Dictionary(uniqueKeysWithValues: report.counts.map { ($0.label, $0.count) })
        XCTAssertEqual(counts["klanten"], 1)
        XCTAssertEqual(counts["uitkeringen"], 1)
        XCTAssertEqual(counts["treden"], 1)
        XCTAssertEqual(counts["inzet instrumenten"], 1)
        XCTAssertEqual(counts["werkgevers"], 1)
        XCTAssertEqual(counts["meldingen"], 1)
        XCTAssertEqual(report.counts.count, 13)
    }

    func testEveryKindOfProblemIsNamed() {
        var data = cleanDataset()
        var client = data.clients["K1"]!
        client.bsn = "123456789"
        client.postcode = "75 11AB"
        client.coach = "piet"
        client.benefits.append(BenefitPeriod(id: "b2", start: Day(year: 2016, month: 1, day: 1)!))
        client.deployments[0].end = Day(year: 2017, month: 5, day: 1)
        client.deployments.append(InstrumentDeployment(id: "d2", instrumentId: "weg", start: today))
        data.clients["K1"] = client
        var twin = Client(id: "K2", bsn: "111222333")
        twin.benefits = [BenefitPeriod(id: "x", start: today, end: today.adding(days: -1), endReason: .work)]
        data.clients["K2"] = twin
        data.clients["K3"] = Client(id: "K3", bsn: "111222333")
        data.placements["P2"] = Placement(id: "P2", clientId: "K9", employerId: "W9", vacancyId: "V1", stage: .trial)
        data.meldingen["M2"] = Melding(id: "M2", clientId: "K9", date: today, applicationDate: today.adding(days: -3))
        let problems = DatasetCheck.run(data, today: today).problems
        let expected = [
            "klant K1: bsn: BSN 123456789 klopt niet (elfproef)",
            "klant K1: postcode: '75 11AB' is geen postcode (1234 AB)",
            "klant K1: coach: onbekende gebruiker 'piet'",
            "klant K1: uitkering vanaf 01-01-2016: overlapt met de uitkering vanaf 01-01-2015 (tot lopend)",
            "klant K1: inzet d: proefplaatsing mag maximaal 3 maanden duren: einde 01-05-2017 ligt na 31-03-2017",
            "klant K1: inzet d2: onbekend instrument 'weg'",
            "klant K2: uitkering vanaf 01-06-2017: einde: einde 31-05-2017 ligt voor het begin 01-06-2017",
            "klant K3: bsn: zelfde BSN als klant K2",
            "plaatsing P2: klant: onbekende klant 'K9'",
            "plaatsing P2: werkgever: onbekende werkgever 'W9'",
            "plaatsing P2: vacature: vacature V1 hoort bij werkgever W1",
            "melding M2: klant_id: onbekende klant 'K9'",
            "melding M2: datum_aanvraag: aanvraag 29-05-2017 ligt voor de melding 01-06-2017",
        ]
        for line in expected { XCTAssertTrue(problems.contains(line), "missing: \(line)\nin: \(problems.joined(separator: "\n"))") }
        XCTAssertEqual(problems.count, expected.count, problems.joined(separator: "\n"))
    }
}
