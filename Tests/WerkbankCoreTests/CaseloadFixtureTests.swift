import WerkbankCore

/// A small hand-made caseload shared by the caseload, eligibility, expiring, today and matching
/// tests. Today is 23-11-2026.
enum CaseloadFixture {
    static let today = day("23-11-2026")

    static func day(_ text: String) -> Day {
        guard let day = Day(parsing: text) else { preconditionFailure("bad fixture date \(text)") }
        return day
    }

    static func ladder(start: Rung? = nil, current: Rung? = nil, expected: Rung? = nil, target: String? = nil) -> [LadderObservation] {
        var history: [LadderObservation] = []
        if let start { history.append(LadderObservation(id: "s", date: day("01-01-2026"), kind: .start, rung: start)) }
        if let current { history.append(LadderObservation(id: "a", date: day("01-06-2026"), kind: .actual, rung: current)) }
        if let expected {
            history.append(LadderObservation(id: "v", date: day("01-06-2026"), kind: .expected, rung: expected,
                                             targetDate: target.map(day)))
        }
        return history
    }

    static func note(_ date: String) -> ContactNote {
        ContactNote(id: "n-\(date)", date: day(date), by: "mvdberg", channel: .meeting, text: "gesprek")
    }

    static let instruments: [String: Instrument] = [
        "jobcoaching": Instrument(id: "jobcoaching", name: "Jobcoaching", side: .client, maxMonths: 12),
        "proefplaatsing": Instrument(id: "proefplaatsing", name: "Proefplaatsing", side: .employer, maxMonths: 3,
                                     prerequisites: [.runningBenefit, .employer]),
        "lks": Instrument(id: "lks", name: "Loonkostensubsidie", side: .employer, rungs: [.paidWorkWithSupport, .paidWork],
                          prerequisites: [.wageValueAssessment, .employer]),
        "leren_werken": Instrument(id: "leren_werken", name: "Leren en werken", side: .client, maxMonths: 6),
        "beschut": Instrument(id: "beschut", name: "Beschut werk", side: .client, targetGroups: [.shelteredWork]),
        "taal": Instrument(id: "taal", name: "Taalcursus NT2", side: .participation, rungs: [.isolated, .socialContacts, .organisedActivities]),
    ]

    static var clients: [Client] {
        [
            Client(id: "k1", bsn: "111222333", firstName: "Jan", infix: "de", lastName: "Vries", birthDate: day("15-03-1990"),
                   postcode: "7551 AB", district: "Berflo Es", languageLevel: .b1, targetGroups: [.parent],
                   barriers: [.language, .careTasks], skills: ["heftruck", "magazijn"], certificates: ["VCA"],
                   drivingLicence: true, wishes: "werken in een magazijn", hoursAvailable: 32, coach: "mvdberg",
                   benefits: [BenefitPeriod(id: "b1", start: day("01-01-2026"))],
                   ladder: ladder(start: .socialContacts, current: .organisedActivities, expected: .unpaidWork, target: "01-06-2027"),
                   notes: [note("12-11-2026"), note("01-10-2026")],
                   actions: [PlanAction(id: "a1", title: "gesprek", due: day("20-11-2026")),
                             PlanAction(id: "a2", title: "cv maken", due: day("01-12-2026")),
                             PlanAction(id: "a0", title: "oud", due: day("01-11-2026"), status: .done)],
                   deployments: [InstrumentDeployment(id: "d1", instrumentId: "jobcoaching", start: day("01-09-2026"), end: day("10-12-2026"))]),
            Client(id: "k2", bsn: "222333444", firstName: "Anna", lastName: "Jansen", birthDate: day("01-12-2001"),
                   postcode: "7552 CD", district: "Hasseler Es", targetGroups: [.youth], barriers: [.transport],
                   hoursAvailable: 20, coach: "mvdberg",
                   benefits: [BenefitPeriod(id: "b2", start: day("01-02-2026"))],
                   ladder: ladder(start: .socialContacts, current: .socialContacts),
                   actions: [PlanAction(id: "a3", title: "bellen", due: day("23-11-2026"))]),
            Client(id: "k3", bsn: "333444555", firstName: "Piet", infix: "van den", lastName: "Berg", birthDate: day("01-01-1970"),
                   postcode: "7553 EF", district: "Berflo Es", languageLevel: .native, targetGroups: [.over50],
                   skills: ["Heftruck"], drivingLicence: true, hoursAvailable: 36, coach: "pdejong",
                   wageValueAssessment: day("01-10-2026"),
                   benefits: [BenefitPeriod(id: "b3", start: day("01-03-2025"))],
                   ladder: ladder(start: .unpaidWork, current: .paidWorkWithSupport, expected: .paidWork, target: "01-01-2027"),
                   notes: [note("01-11-2026")],
                   actions: [PlanAction(id: "a4", title: "sollicitatie", due: day("01-12-2026"))]),
            Client(id: "k4", firstName: "Émile", lastName: "Çelik", birthDate: day("10-10-1985"),
                   postcode: "7554 GH", district: "Groot Driene", languageLevel: .a2, targetGroups: [.statusHolder],
                   barriers: [.language], coach: "pdejong",
                   ladder: ladder(start: .isolated, current: .socialContacts, expected: .organisedActivities),
                   notes: [note("01-08-2026")]),
            Client(id: "k5", bsn: "555666777", firstName: "Sanne", lastName: "Bergen", postcode: "7551 AC", district: "Berflo Es",
                   targetGroups: [.parent, .jobAgreement], barriers: [.physical], coach: "mvdberg",
                   benefits: [BenefitPeriod(id: "b5", start: day("01-01-2024"), end: day("31-12-2025"), endReason: .work)],
                   notes: [note("20-11-2026")],
                   actions: [PlanAction(id: "a5", title: "evaluatie", due: day("10-11-2026"))]),
            Client(id: "k6", firstName: "Dejan", lastName: "Jovanović", coach: "",
                   ladder: ladder(current: .research)),
        ]
    }

    static var users: [String: User] {
        [
            "mvdberg": User(name: "mvdberg", displayName: "M. van den Berg", role: .coach),
            "pdejong": User(name: "pdejong", displayName: "P. de Jong", role: .coach),
        ]
    }

    static var dataset: Dataset {
        var dataset = Dataset()
        dataset.users = users
        dataset.instruments = instruments
        for client in clients { dataset.clients[client.id] = client }
        return dataset
    }

    static func client(_ id: String) -> Client {
        guard let client = clients.first(where: { $0.id == id }) else { preconditionFailure("no fixture client \(id)") }
        return client
    }

    static func index(outOfViewWeeks: Int = 13) -> CaseloadIndex {
        var data = dataset
        data.settings.outOfViewWeeks = outOfViewWeeks
        return CaseloadIndex(dataset: data, today: today)
    }
}
