import Foundation
import WerkbankCore
import XCTest

/// Issue 14's keystroke table, measured on the real binary in tmux: each test sends exactly the
/// keys of a task (typed text apart), waits for the saved result on a complete screen and
/// checks it on disk. Counting starts in the caseload with the client selected (the search
/// that selects the client is not counted), or on the intake wizard's first step.
final class EndToEndKeyCountTests: XCTestCase {
    private let environment = ["WERKBANK_TODAY": "23-11-2026", "WERKBANK_MOUSE": "0", "LANG": "C.UTF-8"]
    private let today = Day(year: 2026, month: 11, day: 23)!

    /// Sends keys to a session and counts them; typed text is sent but not counted.
    private final class Keys {
        let session: TmuxSession
        private(set) var count = 0
        init(_ session: TmuxSession) { self.session = session }
        /// tmux key names ("Enter", "C-s") or single characters, one key each.
        func press(_ keys: String...) {
            for key in keys {
                if key.count == 1 { session.type(key) } else { session.send(key) }
                count += 1
            }
        }
        func text(_ text: String) { session.type(text) }
    }

    private func makeDemo() throws -> URL {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("wb-e2e-keys-\(UUID().uuidString)")
        let made = ChildProcess.run([TmuxSession.binary.path, "demo", "--out", directory.path, "--clients", "400"], environment: environment)
        guard made.status == 0 else { throw WerkbankTestError("werkbank demo failed (\(made.status)): \(made.output)") }
        return directory
    }

    private func readData(_ directory: URL) throws -> Dataset {
        let store = try Store.open(directory, user: "check", readOnly: true)
        defer { store.close() }
        return store.data
    }

    private func readNotes(_ directory: URL, of clientId: String) throws -> [ContactNote] {
        let store = try Store.open(directory, user: "check", readOnly: true)
        defer { store.close() }
        return try store.notes(of: clientId)
    }

    private func requireTmux() throws {
        guard TmuxSession.isAvailable else { throw XCTSkip("tmux is not installed") }
        guard FileManager.default.isExecutableFile(atPath: TmuxSession.binary.path) else { throw XCTSkip("werkbank binary not built") }
    }

    /// mvdberg's active clients matching `condition` whose surname is unique in the caseload.
    private func client(in data: Dataset, where condition: (Client) -> Bool = { _ in true }) throws -> Client {
        let own = data.clients.values.filter { $0.coach == "mvdberg" && $0.isActive(on: today) }
        return try XCTUnwrap(own.sorted { $0.id < $1.id }.first { candidate in
            candidate.lastName.count >= 5 && own.filter { $0.lastName == candidate.lastName }.count == 1 && condition(candidate)
        })
    }

    /// The workbench as mvdberg with `client` selected in the caseload (search, Enter: not counted).
    private func caseload(_ directory: URL, selecting client: Client?) throws -> TmuxSession {
        let session = try TmuxSession(width: 100, height: 30,
                                      command: [TmuxSession.binary.path, "--data", directory.path, "--user", "mvdberg"],
                                      environment: environment)
        session.waitFor("caseload M. van den Berg")
        if let client {
            session.type("/")
            session.type(client.lastName)
            session.waitFor(all: ["1 van ", client.listName])
            session.send("Enter")
            session.waitFor(all: ["1 van ", client.listName, "F1"])
        }
        return session
    }

    func testContactNoteInThreeKeysPlusText() throws {
        try requireTmux()
        let directory = try makeDemo()
        defer { try? FileManager.default.removeItem(at: directory) }
        let client = try client(in: try readData(directory))
        let session = try caseload(directory, selecting: client)
        defer { session.kill() }

        let keys = Keys(session)
        keys.press("Enter", "n")
        keys.text("Gebeld: start sollicitatietraining")
        keys.press("C-s")
        session.waitFor(all: ["opgeslagen: notitie 23-11-2026", "Gebeld: start sollicitatietraining"])
        XCTAssertLessThanOrEqual(keys.count, 3)

        let note = try XCTUnwrap(try readNotes(directory, of: client.id).first { $0.text == "Gebeld: start sollicitatietraining" })
        XCTAssertEqual(note.date, today)
        XCTAssertEqual(note.channel, .meeting)
        XCTAssertEqual(note.by, "mvdberg")
    }

    func testRungWithReasonInFourKeysPlusReason() throws {
        try requireTmux()
        let directory = try makeDemo()
        defer { try? FileManager.default.removeItem(at: directory) }
        let client = try client(in: try readData(directory))
        let current = client.ladderPosition.current?.rawValue ?? 0
        let target = current == 6 ? 5 : current + 1
        let session = try caseload(directory, selecting: client)
        defer { session.kill() }

        let keys = Keys(session)
        keys.press("Enter", "r", "\(target)")
        keys.text("start werkervaringsplek")
        keys.press("Enter")
        session.waitFor("opgeslagen: trede \(current) → \(target)")
        XCTAssertLessThanOrEqual(keys.count, 4)

        let actual = try XCTUnwrap(try readData(directory).clients[client.id]?.ladderPosition.actual)
        XCTAssertEqual(actual.rung.rawValue, target)
        XCTAssertEqual(actual.reason, "start werkervaringsplek")
        XCTAssertEqual(actual.date, today)
    }

    func testUitBeeldListInOneKey() throws {
        try requireTmux()
        let directory = try makeDemo()
        defer { try? FileManager.default.removeItem(at: directory) }
        let data = try readData(directory)
        let index = CaseloadIndex(dataset: data, today: today)
        var query = CaseloadQuery.active(.coach("mvdberg"))
        let all = index.query(query).count
        query.toggle(.outOfView(true))
        let outOfView = index.query(query).count
        XCTAssertGreaterThan(outOfView, 0)
        XCTAssertLessThan(outOfView, all)
        let session = try caseload(directory, selecting: nil)
        defer { session.kill() }

        let keys = Keys(session)
        keys.press("U")
        session.waitFor(all: ["\(outOfView) van \(all) klanten", "filter: uit beeld"])
        XCTAssertEqual(keys.count, 1)
        keys.press("!")
        session.waitFor("filter: te laat, uit beeld")
        XCTAssertEqual(keys.count, 2, "te laat is one more key")
    }

    func testProefplaatsingInSixKeys() throws {
        try requireTmux()
        let directory = try makeDemo()
        defer { try? FileManager.default.removeItem(at: directory) }
        let data = try readData(directory)
        let trial = try XCTUnwrap(data.instruments[InstrumentCatalogue.ID.trialPlacement])
        let client = try client(in: data) { InstrumentEligibility.evaluate(trial, for: $0, on: self.today).isEligible }
        // The employer list starts with "geen werkgever"; the first employer with another initial.
        let employers = data.employers.values.sorted { ($0.name, $0.id) < ($1.name, $1.id) }
        let employer = try XCTUnwrap(employers.first { !$0.name.lowercased().hasPrefix("g") })
        let initial = String(employer.name.prefix(1)).lowercased()
        XCTAssertEqual(employers.first { $0.name.lowercased().hasPrefix(initial) }?.id, employer.id)
        let session = try caseload(directory, selecting: client)
        defer { session.kill() }

        let keys = Keys(session)
        keys.press("Enter", "i", "p", "Enter", initial, "C-s")
        session.waitFor("opgeslagen: ")
        XCTAssertLessThanOrEqual(keys.count, 6)

        let deployments = try readData(directory).clients[client.id]?.deployments ?? []
        let deployment = try XCTUnwrap(deployments.first { $0.instrumentId == trial.id && $0.start == today })
        XCTAssertEqual(deployment.employerId, employer.id)
        XCTAssertEqual(deployment.end, trial.legalLastDay(startingOn: today))
    }

    // MARK: intake

    /// What the test types into an empty field: text (not counted) or one key (counted) that
    /// `settles` the choice when no other option starts with it (the cursor then moves on).
    private enum Entry {
        case text(String)
        case key(String, settles: Bool)
    }

    /// The first option's initial among `labels`, settling when it is the only one with it.
    private static func initial(of labels: [String]) -> Entry {
        let key = String(labels[0].prefix(1)).lowercased()
        return .key(key, settles: labels.filter { $0.lowercased().hasPrefix(key) }.count == 1)
    }

    private func entry(for field: IntakeField, coach: [User], bsn: String) -> Entry? {
        func first<C: CodeList>(_ type: C.Type) -> Entry { Self.initial(of: C.allCases.map(\.label)) }
        switch field {
        case .bsn: return .text(bsn)
        case .firstName: return .text("Jan")
        case .lastName: return .text("Vries")
        case .birthDate: return .text("01021990")
        case .postcode: return .text("7551ab")
        case .address: return .text("Marktstraat 1")
        case .household: return first(Household.self)
        case .education: return first(EducationLevel.self)
        case .languageLevel: return first(LanguageLevel.self)
        case .workObligation: return first(WorkObligation.self)
        case .startRung: return .key("2", settles: true)
        case .expectedRung: return .key("4", settles: true)
        case .expectedDate: return .text("01062027")
        case .coach: return Self.initial(of: coach.map(\.displayName))
        default: return nil
        }
    }

    /// Demo data in which the client of the first granted melding still waits for the intake
    /// wizard: no ladder position, no coach, no address, household or education yet.
    private func makeIntakeDemo() throws -> URL {
        var data = DemoGenerator(seed: DemoGenerator.defaultSeed, clients: 200, today: today).generate()
        let melding = try XCTUnwrap(data.meldingen.values.sorted { $0.id < $1.id }.first { $0.decision == .granted && $0.clientId != nil })
        let id = try XCTUnwrap(melding.clientId)
        var client = try XCTUnwrap(data.clients[id])
        client.ladder = []
        client.coach = ""
        (client.postcode, client.address, client.household) = ("", "", nil)
        (client.education, client.languageLevel, client.workObligation) = (nil, nil, nil)
        data.clients[id] = client
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("wb-e2e-keys-intake-\(UUID().uuidString)")
        _ = try Store.create(directory, dataset: data, user: "test").close()
        return directory
    }

    func testIntakeWizardAtOneKeyPerField() throws {
        try requireTmux()
        let directory = try makeIntakeDemo()
        defer { try? FileManager.default.removeItem(at: directory) }
        let data = try readData(directory)
        let items = IntakeOverview.items(data, today: today)
        let position = try XCTUnwrap(items.firstIndex { $0.status == .intake && $0.clientId != nil })
        let clientId = try XCTUnwrap(items[position].clientId)
        var form = IntakeRecords.intakeForm(for: try XCTUnwrap(data.clients[clientId]), meldingId: items[position].meldingId)
        let coaches = data.users.values.filter { $0.role == .coach }.sorted { $0.displayName < $1.displayName }
        let coach = try XCTUnwrap(coaches.first)
        XCTAssertEqual(coaches.first { $0.displayName.lowercased().hasPrefix(coach.displayName.prefix(1).lowercased()) }?.name, coach.name)
        let bsn = IntakeFlowTests.freeBSN(in: data)

        let session = try TmuxSession(width: 120, height: 40,
                                      command: [TmuxSession.binary.path, "--data", directory.path, "--user", "hscholten"],
                                      environment: environment)
        defer { session.kill() }
        session.waitFor(items[position].name)
        for _ in 0..<position { session.send("Down") }
        session.send("Enter")
        session.waitFor("1 Persoon")

        // Per step: from the first empty required field, fill every empty required field (Enter
        // between fields), then PgDn. Prefilled and optional fields cost nothing.
        let keys = Keys(session)
        var fields = 0
        for step in form.kind.steps where step != .summary {
            let shown = step.fields.filter { $0 != .linkedClient && $0 != .declinedMatches }
            fields += shown.count
            let before = keys.count
            let required = IntakeRules.check(form, step: step, data: data, today: today).required
            let targets = shown.indices.filter { required.contains(shown[$0]) && form.isEmpty(shown[$0]) }
            // A key that settles a choice moves the cursor on by itself (from the last field: to
            // the next step); after typed text Enter moves on.
            var movedOn = true
            var cursor = targets.first ?? 0
            for target in targets {
                while cursor < target { keys.press("Enter"); cursor += 1 }
                guard let value = entry(for: shown[target], coach: coaches, bsn: bsn) else { continue }
                switch value {
                case .text(let text):
                    keys.text(text)
                    movedOn = false
                case .key(let key, let settles):
                    keys.press(key)
                    movedOn = settles
                    if settles { cursor += 1 }
                }
                form[shown[target]] = "filled"
            }
            if !(movedOn && cursor == shown.count && !targets.isEmpty) { keys.press("NPage") }
            XCTAssertLessThanOrEqual(keys.count - before, max(1, shown.count), "step \(step.rawValue)")
        }
        // The last step shows every chosen value, the coach included, before saving.
        session.waitFor(all: ["Overzicht", "Alles is ingevuld.", coach.displayName, "7551 AB", Household.allCases[0].label,
                              EducationLevel.allCases[0].label, WorkObligation.allCases[0].label])
        keys.press("C-s")
        session.waitFor("opgeslagen: ")
        XCTAssertLessThanOrEqual(keys.count, fields, "at most one key per field beyond typed text")

        let client = try XCTUnwrap(try readData(directory).clients[clientId])
        XCTAssertEqual(client.coach, coach.name)
        XCTAssertEqual(client.postcode, "7551 AB")
        XCTAssertEqual(client.household, Household.allCases[0])
        XCTAssertEqual(client.ladderPosition.start?.rung, .socialContacts)
        XCTAssertEqual(client.ladderPosition.expected?.rung, .unpaidWork)
    }
}
