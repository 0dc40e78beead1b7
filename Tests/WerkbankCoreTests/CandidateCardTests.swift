import XCTest
@testable import WerkbankCore

final class CandidateCardTests: XCTestCase {
    private let today = Day(year: 2026, month: 11, day: 23)!

    /// A client with every identifying field filled and instruments with amounts.
    private var client: Client {
        Client(id: "K42", bsn: "123456782", firstName: "Fatima", infix: "el", lastName: "Yilmaz",
               birthDate: Day(year: 1988, month: 4, day: 17)!, postcode: "7556 AB", district: "Berflo Es",
               address: "Bornsestraat 12", phone: "06-12345678", email: "fatima@example.nl", education: .mbo1,
               workExperience: "3 jaar orderpicker", languageLevel: .b1, skills: ["orderpicken", "schoonmaak"],
               certificates: ["VCA"], drivingLicence: true, wishes: "werken in een magazijn", hoursAvailable: 28, coach: "anna",
               wageValueAssessment: Day(year: 2026, month: 10, day: 1)!,
               benefits: [BenefitPeriod(id: "u", start: Day(year: 2025, month: 1, day: 1)!)],
               ladder: [LadderObservation(id: "l", date: today, kind: .actual, rung: .paidWorkWithSupport)],
               deployments: [InstrumentDeployment(id: "d", instrumentId: "cursus_vca", start: Day(year: 2026, month: 1, day: 5)!,
                                                  end: Day(year: 2026, month: 1, day: 20)!, amount: 4321.5)],
               profileConfirmed: Day(year: 2026, month: 11, day: 2)!)
    }

    private var card: CandidateCard {
        CandidateCard(client: client, reference: "Kandidaat 1",
                      catalogue: Dictionary(uniqueKeysWithValues: InstrumentCatalogue.standard.map { ($0.id, $0) }), today: today)
    }

    func testTheCardHoldsWhatAnEmployerNeeds() {
        Language.current = .nl
        let text = card.text
        for expected in ["Kandidaat 1", "orderpicken, schoonmaak", "VCA", "3 jaar orderpicker", "werken in een magazijn",
                         "28 uur per week", "beschikbaar, bevestigd op 02-11-2026", "Jobcoaching", "Proefplaatsing"] {
            XCTAssertTrue(text.contains(expected), "\(expected) in\n\(text)")
        }
        XCTAssertTrue(card.markdown.hasPrefix("## Kandidaat 1\n\n- **Vaardigheden**: orderpicken, schoonmaak\n"), card.markdown)
    }

    func testNoNameBSNAddressOrAmountInAnyExport() {
        Language.current = .nl
        let catalogueAmounts = InstrumentCatalogue.standard.compactMap(\.cost).flatMap { cost -> [String] in
            let whole = Int(cost)
            return [String(whole), DutchNumber.integer(whole), String(format: "%.2f", cost)]
        }.filter { $0.count >= 3 }
        let forbidden = ["Fatima", "Yilmaz", "123456782", "782", "Bornsestraat", "7556", "06-12345678", "fatima@example.nl",
                         "17-04-1988", "1988", "4321", "4.321", "Berflo", "€"] + catalogueAmounts
        for export in [card.text, card.markdown, CandidateCard.csv([card, card])] {
            for value in forbidden {
                XCTAssertFalse(export.contains(value), "\(value) leaked into\n\(export)")
            }
        }
    }

    func testShortlistCSVHasOneRowPerCard() {
        Language.current = .nl
        var second = card
        second.reference = "Kandidaat 2"
        let lines = CandidateCard.csv([card, second]).split(separator: "\r\n")
        XCTAssertEqual(lines.count, 3, "header, two cards")
        XCTAssertTrue(lines[0].hasPrefix("\u{FEFF}Kandidaat;Vaardigheden;Certificaten;"), String(lines[0]))
        XCTAssertTrue(lines[2].hasPrefix("Kandidaat 2;orderpicken, schoonmaak;VCA;"), String(lines[2]))
    }
}
