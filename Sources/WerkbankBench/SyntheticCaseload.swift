import WerkbankCore

/// A reproducible synthetic dataset for benchmarks: Dutch-looking names (with tussenvoegsels and
/// diacritics), valid BSNs, ladder positions, contacts, actions and deployments, ~100 clients per coach.
public enum SyntheticCaseload {
    public static func dataset(clients count: Int, today: Day, seed: UInt64 = 42) -> Dataset {
        var random = SeededRandom(seed: seed)
        var dataset = Dataset()
        let coachCount = max(1, count / 100)
        for number in 0..<coachCount {
            let name = "coach\(number)"
            dataset.users[name] = User(name: name, displayName: "\(pick(firstNames, &random).prefix(1)). \(pick(lastNames, &random))", role: .coach)
        }
        for (id, name, months) in [("jobcoaching", "Jobcoaching", 12), ("proefplaatsing", "Proefplaatsing", 3), ("leren_werken", "Leren en werken", 6)] {
            dataset.instruments[id] = Instrument(id: id, name: name, side: .client, maxMonths: months)
        }
        let instrumentIds = dataset.instruments.keys.sorted()
        for number in 0..<count {
            let id = "K\(String(number + 100_000))"
            let start = today.adding(days: -Int(random.next() % 1500))
            let rung = Rung(rawValue: Int(random.next() % 7)) ?? .research
            var ladder = [LadderObservation(id: "s", date: start, kind: .start, rung: rung)]
            if random.next() % 2 == 0 {
                let later = Rung(rawValue: min(6, rung.rawValue + Int(random.next() % 2))) ?? rung
                ladder.append(LadderObservation(id: "a", date: start.adding(days: 60), kind: .actual, rung: later))
                ladder.append(LadderObservation(id: "v", date: start.adding(days: 60), kind: .expected,
                                                rung: Rung(rawValue: min(6, later.rawValue + 1)) ?? later, targetDate: today.adding(days: 365)))
            }
            let notes = (0..<Int(random.next() % 3)).map { index in
                ContactNote(id: "n\(index)", date: today.adding(days: -Int(random.next() % 200)), by: "", channel: .meeting, text: "")
            }
            let actions = (0..<Int(random.next() % 3)).map { index in
                PlanAction(id: "a\(index)", title: "gesprek", due: today.adding(days: Int(random.next() % 60) - 30))
            }
            let deployments = random.next() % 4 == 0
                ? [InstrumentDeployment(id: "d", instrumentId: pick(instrumentIds, &random), start: today.adding(days: -Int(random.next() % 200)),
                                        end: today.adding(days: Int(random.next() % 200)))]
                : []
            dataset.clients[id] = Client(
                id: id, bsn: bsn(&random), firstName: pick(firstNames, &random),
                infix: random.next() % 3 == 0 ? pick(infixes, &random) : "", lastName: pick(lastNames, &random),
                birthDate: today.adding(days: -(18 * 365 + Int(random.next() % (45 * 365)))),
                postcode: "\(7550 + random.next() % 10) \(pick(letterPairs, &random))", district: pick(districts, &random),
                targetGroups: random.next() % 3 == 0 ? [pick(TargetGroup.allCases, &random)] : [],
                barriers: (0..<Int(random.next() % 3)).map { _ in pick(Barrier.allCases, &random) },
                coach: "coach\(random.next() % UInt64(coachCount))",
                benefits: [BenefitPeriod(id: "b", start: start)], ladder: ladder, notes: notes, actions: actions,
                deployments: deployments)
        }
        return dataset
    }

    /// Nine digits passing the elfproef.
    private static func bsn(_ random: inout SeededRandom) -> String {
        while true {
            let digits = (0..<8).map { _ in Int(random.next() % 10) }
            let sum = digits.enumerated().reduce(0) { $0 + $1.element * (9 - $1.offset) }
            let check = sum % 11
            if check < 10, digits.first != 0 { return (digits + [check]).map(String.init).joined() }
        }
    }

    private static func pick<T>(_ items: [T], _ random: inout SeededRandom) -> T {
        items[Int(random.next() % UInt64(items.count))]
    }

    private static let firstNames = ["Jan", "Anna", "Piet", "Sanne", "Mohamed", "Fatima", "Émile", "Daan", "Eva", "Ahmet",
                                     "Sophie", "Lucas", "Noah", "Julia", "Ayşe", "Jesse", "Lotte", "Milan", "Zoë", "Bram"]
    private static let infixes = ["de", "van", "van der", "van den", "ter", "te", "den"]
    private static let lastNames = ["Jansen", "Vries", "Bakker", "Visser", "Smit", "Meijer", "Mulder", "Bos", "Vos", "Peters",
                                    "Hendriks", "Dekker", "Brouwer", "Dijk", "Berg", "Çelik", "Yılmaz", "Öztürk", "Janssens",
                                    "Wit", "Kok", "Jong", "Boer", "Groot", "Willems", "Kaya", "Haan", "Bosch", "Huisman", "Kuipers"]
    private static let districts = ["Berflo Es", "Hasseler Es", "Groot Driene", "Klein Driene", "Hengelo-Noord", "Slangenbeek"]
    private static let letterPairs = ["AB", "AC", "BD", "CE", "GH", "KL", "RS", "XZ"]
}
