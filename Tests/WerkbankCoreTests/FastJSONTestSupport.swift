import Foundation
import XCTest
@testable import WerkbankCore

/// Samples of every model type for the FastJSON tests, and the Foundation coder the store used
/// before (the reference for byte-identical output).
enum FastJSONSamples {
    static func foundationEncoder() -> JSONEncoder {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return encoder
    }

    static let day = Day(year: 2024, month: 2, day: 29)!

    /// Every field set, optionals included, with text that needs escaping and non-ASCII text.
    static var fullClient: Client {
        Client(
            id: "K42", bsn: "123456782", firstName: "Zoë \"Zo\" 😀", infix: "van 't", lastName: "Çelik\\Öztürk",
            birthDate: Day(year: 1990, month: 12, day: 31)!, postcode: "1234 AB", district: "Noord/Oost",
            address: "Dorpsstraat 1\nachterom", phone: "06-12345678", email: "zoe@example.nl",
            household: .singleParent, children: 3, education: .mbo2to4, workExperience: "Tab\there, cr\r, bell\u{7}",
            languageLevel: .native, targetGroups: [.youth, .over50], barriers: [.language, .debts, .childcare],
            workObligation: .partialExemption, exemptionReason: "mantelzorg", exemptionEnd: day,
            countryOfOrigin: "Eritrea", inburgering: "bezig", skills: ["heftruck", "ŝkills", "日本語"],
            certificates: ["VCA"], drivingLicence: true, wishes: "Werk\u{2028}overdag", hoursAvailable: 32,
            coach: "mbakker", routes: [.medicalAdvice, .labourExpert], wageValueAssessment: day.adding(days: 3),
            benefits: [BenefitPeriod(id: "U1", start: day, end: day.adding(days: 400), endReason: .workViaSWB),
                       BenefitPeriod(id: "U2", start: day.adding(days: 500))],
            ladder: [LadderObservation(id: "L1", date: day, kind: .start, rung: .research, by: "mbakker", reason: "intake"),
                     LadderObservation(id: "L2", date: day, kind: .expected, rung: .paidWork, by: "mbakker",
                                       reason: "doel", targetDate: day.adding(months: 6))],
            notes: [ContactNote(id: "N1", date: day, by: "mbakker", channel: .homeVisit, text: "Gesprek: \"goed\" \\ prima\u{1}")],
            actions: [PlanAction(id: "A1", title: "CV maken", due: day, status: .done, by: "mbakker", doneOn: day),
                      PlanAction(id: "A2", title: "Sollicitatie", due: day.adding(days: 9))],
            deployments: [InstrumentDeployment(id: "D1", instrumentId: "lks", start: day, end: day.adding(days: 90),
                                               hoursPerMonth: 12.5, amount: 1234.56, employerId: "W1", note: "50%",
                                               by: "mbakker", cancelled: true),
                          InstrumentDeployment(id: "D2", instrumentId: "jobcoach", start: day, hoursPerMonth: 1e3, amount: 0.1)],
            version: 7)
    }

    /// Only the required fields: nil optionals, empty lists.
    static var bareClient: Client { Client(id: "K1") }

    static var employer: Employer {
        Employer(id: "W1", name: "Bakkerij \"De Korenaar\"", sector: "voeding", city: "Hengelo", size: 40,
                 contacts: [ContactPerson(name: "Jan", role: "eigenaar", phone: "074-1234567", email: "jan@korenaar.nl")],
                 accountManager: "awerk", hartwerk: true, socialReturn: SocialReturn(places: 3, since: day, deadline: day.adding(months: 12)),
                 jobAgreementJobs: 2)
    }

    static var vacancy: Vacancy {
        Vacancy(id: "V1", employerId: "W1", title: "Broodbakker", description: "Vroeg op", hoursPerWeek: 24, positions: 2,
                requirements: ["HACCP"], drivingLicence: true, minimumLanguageLevel: .a2, minimumRung: .unpaidWork,
                district: "Centrum", opened: day, closes: day.adding(days: 30), status: .filled)
    }

    static var placement: Placement {
        Placement(id: "P1", clientId: "K42", employerId: "W1", vacancyId: "V1", stage: .temporary, proposed: day,
                  trialStart: day.adding(days: 7), temporaryStart: day.adding(days: 60), end: day.adding(days: 200),
                  endReason: "contract niet verlengd", by: "awerk")
    }

    static var melding: Melding {
        Melding(id: "M1", clientId: nil, date: day, channel: "balie", question: "Bijstand?", name: "Piet",
                birthDate: Day(year: 2001, month: 1, day: 1)!, applicationDate: day.adding(days: 28),
                earlyApplicationReason: "", noApplicationReason: .foundWork, decision: .rejected,
                decisionDate: day.adding(days: 40), decisionReason: "geen recht", by: "intaker1")
    }

    static var draft: Draft {
        Draft(id: "D1", user: "intaker1", kind: "intake", updated: "2025-03-04T10:00:00+01:00", step: 2,
              fields: ["naam": "Piet", "B": "hoofdletter", "b": "kleine letter", "é": "accent", "10": "tien", "9": "negen",
                       "a\"b": "quote in key", "": "lege sleutel"])
    }

    static var instrument: Instrument {
        Instrument(id: "lks", name: "Loonkostensubsidie", side: .employer, description: "Compensatie/loonwaarde",
                   provider: "gemeente", maxMonths: nil, cost: 1850.75, costPerMonth: true, rungs: [.paidWorkWithSupport],
                   targetGroups: [.jobAgreement], prerequisites: [.wageValueAssessment, .employer])
    }

    static var user: User { User(name: "mbakker", displayName: "Marieke Bakker", role: .coach) }

    static var edit: Edit {
        Edit(id: "5c0e-1", seq: 43, at: "2025-03-04T14:05:09+01:00", user: "mbakker", summary: "trede 2 → 3",
             subject: "K42", changes: [.putClient(fullClient), .remove(.client, id: "K9"), .putDraft(draft), .remove(.draft, id: "D0"),
                                       .putUser(user), .putEmployer(employer), .putVacancy(vacancy),
                                       .putPlacement(placement), .putMelding(melding)])
    }
}

extension XCTestCase {
    /// The text of the error `body` throws, as the store reports it (field path and reason).
    func decodingReason(_ body: () throws -> Void, file: StaticString = #filePath, line: UInt = #line) -> String {
        do {
            try body()
            XCTFail("expected a decoding error", file: file, line: line)
            return ""
        } catch {
            return JSONLines.reason(error)
        }
    }
}
