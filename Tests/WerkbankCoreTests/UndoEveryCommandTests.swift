import XCTest
@testable import WerkbankCore

/// Undo and redo of every `EditCommand` on the demo dataset through `EditSession`: after `u` the
/// data is what it was before the command (in memory and on disk after reopening), after redo
/// what the command made. A besluit may not be undone (it is a beschikking).
final class UndoEveryCommandTests: StoreTestCase {
    private let today = Day(year: 2026, month: 11, day: 23)!
    private var store: Store!

    override func setUpWithError() throws {
        try super.setUpWithError()
        store = try Store.create(directory, dataset: DemoGenerator(seed: DemoGenerator.defaultSeed, clients: 80, today: today).generate(),
                                 user: "test")
    }

    override func tearDownWithError() throws {
        store?.close()
        try super.tearDownWithError()
    }

    private var data: Dataset { store.data }
    private var admin: User { data.users.values.filter { $0.role == .admin }.min { $0.name < $1.name }! }

    /// Every command, each built from the data as the previous one (redone) left it.
    private var table: [(String, (Dataset) throws -> any EditCommand)] {
        let today = self.today
        func client(_ data: Dataset, _ test: (Client) -> Bool = { _ in true }) -> Client {
            data.clients.values.filter { !$0.coach.isEmpty && test($0) }.min { $0.id < $1.id }!
        }
        func pending(_ data: Dataset, for answer: ProposalAnswer) -> Proposal {
            data.proposals.values.filter { $0.isPending && $0.answer != answer && data.vacancies[$0.vacancyId] != nil && data.clients[$0.clientId] != nil
                && $0.date <= today }.min { $0.id < $1.id }!
        }
        return [
            ("velden", { data in
                let basis = client(data)
                var edited = basis
                edited.wishes = "Buiten werken"
                edited.postcode = "7552 CD"
                return SetClientFields(basis: basis, edited: edited)
            }),
            ("trede", { data in
                let basis = client(data)
                return MoveRung(client: basis.id, to: basis.ladderPosition.current == .paidWork ? .unpaidWork : .paidWork, on: today,
                                reason: "gesprek", basis: basis.ladderPosition.current)
            }),
            ("verwachte trede", { data in
                let basis = client(data)
                return ExpectRung(client: basis.id, rung: .paidWork, by: today.adding(days: 90), reason: "plan",
                                  basis: basis.ladderPosition.expected?.rung)
            }),
            ("notitie", { data in AddNote(client: client(data).id, date: today, channel: .phone, text: "gebeld") }),
            ("actie", { data in AddAction(client: client(data).id, title: "Cv", due: today) }),
            ("actie gewijzigd", { data in
                let owner = client(data) { $0.actions.contains { $0.status == .open } }
                return ChangeAction(client: owner.id, action: owner.actions.first { $0.status == .open }!, .edit(title: "Cv sturen", due: today))
            }),
            ("actie afgerond", { data in
                let owner = client(data) { $0.actions.contains { $0.status == .open } }
                return ChangeAction(client: owner.id, action: owner.actions.first { $0.status == .open }!, .close(.done))
            }),
            ("inzet", { data in
                let instrument = data.clients.values.flatMap(\.deployments).filter { $0.employerId == nil }.map(\.instrumentId).min()!
                let free = client(data) { !$0.deployments.contains { $0.instrumentId == instrument } }
                return StartDeployment(client: free.id, InstrumentDeployment(id: "", instrumentId: instrument, start: today,
                                                                              end: today.adding(days: 30)))
            }),
            ("inzet beëindigd", { data in
                let owner = client(data) { $0.deployments.contains { $0.end == nil || $0.end! > today } }
                let running = owner.deployments.first { $0.end == nil || $0.end! > today }!
                return EndDeployment(client: owner.id, deployment: running, on: today, cancelled: false)
            }),
            ("werkcoach", { data in
                let basis = client(data)
                let other = data.users.values.filter { $0.role == .coach && $0.name != basis.coach }.min { $0.name < $1.name }!
                return AssignCoach(client: basis.id, to: other.name, basis: basis.coach)
            }),
            ("beschikbaarheid", { data in ConfirmAvailability(client: client(data) { $0.profileConfirmed != today }.id) }),
            ("voorstel", { data in
                let vacancy = data.vacancies.values.filter { $0.status == .open && $0.isOpen(on: today) }.min { $0.id < $1.id }!
                let candidate = client(data) { client in !data.proposals.values.contains { $0.clientId == client.id && $0.vacancyId == vacancy.id } }
                return ProposeCandidate(client: candidate.id, vacancy: vacancy.id)
            }),
            ("uitgenodigd", { data in RecordAnswer(pending(data, for: .invited), .invited, on: today) }),
            ("afgewezen", { data in RecordAnswer(pending(data, for: .rejected), .rejected, reason: "geen plek", on: today) }),
            ("aangenomen", { data in RecordAnswer(pending(data, for: .hired), .hired, on: today) }),
            ("plaatsing verder", { data in
                let running = data.placements.values.filter { $0.end == nil && PlacementRules.nextStage(after: $0.stage) != nil
                    && PlacementRules.problem(leavingStageOf: $0, on: today) == nil }.min { $0.id < $1.id }!
                return ChangePlacement(running, .advance, on: today)
            }),
            ("plaatsing beëindigd", { data in
                let running = data.placements.values.filter { $0.end == nil && PlacementRules.problem(leavingStageOf: $0, on: today) == nil }
                    .min { $0.id < $1.id }!
                return ChangePlacement(running, .end(reason: "ziek"), on: today)
            }),
            ("werkgever nieuw", { _ in SaveEmployer(basis: nil, Employer(id: "", name: "Fietsenmaker Hengelo")) }),
            ("werkgever gewijzigd", { data in
                let basis = data.employers.values.min { $0.id < $1.id }!
                var edited = basis
                edited.name += " B.V."
                return SaveEmployer(basis: basis, edited)
            }),
            ("vacature nieuw", { data in
                SaveVacancy(basis: nil, Vacancy(id: "", employerId: data.employers.keys.min()!, title: "Monteur", opened: today))
            }),
            ("vacature gewijzigd", { data in
                let basis = data.vacancies.values.min { $0.id < $1.id }!
                var edited = basis
                edited.title += " (parttime)"
                return SaveVacancy(basis: basis, edited)
            }),
            ("melding", { _ in RecordMelding(Self.meldingForm(today), draftId: nil) }),
            ("aanvraag", { data in
                let melding = data.meldingen.values.filter { $0.decision == nil && $0.applicationDate == nil && $0.date <= today }
                    .min { $0.id < $1.id }!
                var form = IntakeForm(kind: .decision, meldingId: melding.id, clientId: melding.clientId)
                form[.applicationDate] = today.dutch
                return DecideMelding(form, melding: melding, draftId: nil)
            }),
            ("intake", { data in
                let basis = client(data) { $0.ladderPosition.start != nil && $0.workObligation != nil }
                var form = IntakeRecords.intakeForm(for: basis, meldingId: nil)
                form[.startRung] = "2"
                form[.expectedRung] = "4"
                form[.expectedDate] = today.adding(days: 180).dutch
                return CompleteIntake(form, draftId: nil)
            }),
        ]
    }

    static func meldingForm(_ today: Day) -> IntakeForm {
        var form = IntakeForm(kind: .melding)
        form[.meldingDate] = today.dutch
        form[.channel] = "balie"
        form[.firstName] = "Jan"
        form[.lastName] = "Jansen"
        form[.birthDate] = "01-02-1990"
        form[.question] = "Bijstand"
        return form
    }

    /// The dataset without the edit counters (`Client.version` counts an undo as an edit too).
    private func comparable(_ data: Dataset) -> Dataset {
        var data = data
        for id in data.clients.keys { data.clients[id]!.version = 0 }
        return data
    }

    private func reopened() throws -> Dataset {
        let reader = try Store.open(directory, user: "check", readOnly: true)
        defer { reader.close() }
        return comparable(reader.data)
    }

    func testEveryCommandIsUndoneAndRedoneExactlyAlsoOnDisk() throws {
        let session = EditSession(store: store, context: CommandContext(user: admin, today: today))
        var covered: Set<String> = ["SaveDraft", "DiscardDraft", "RevertCommand"]  // drafts and undo itself: see below
        for (name, make) in table {
            let before = comparable(data)
            let command = try make(data)
            covered.insert(String(describing: type(of: command)))
            let edit = try session.run(command)
            let after = comparable(data)
            XCTAssertNotEqual(before, after, name)
            let undone = try session.undo(client: nil)
            XCTAssertEqual(undone.edits.map(\.id), [edit.id], name)
            XCTAssertTrue(comparable(data) == before, "\(name): undo restores the data")
            XCTAssertTrue(try reopened() == before, "\(name): undo restores the data on disk")
            try session.redo(client: nil)
            XCTAssertTrue(comparable(data) == after, "\(name): redo makes it again")
            XCTAssertTrue(try reopened() == after, "\(name): redo makes it again on disk")
        }
        XCTAssertEqual(covered, try Self.commandsInSources(), "every EditCommand has a row")
    }

    /// The names of the types that conform to `EditCommand` in Sources/WerkbankCore/Commands.
    static func commandsInSources() throws -> Set<String> {
        let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("../../Sources/WerkbankCore/Commands")
        var names: Set<String> = []
        for file in try FileManager.default.contentsOfDirectory(atPath: folder.path) where file.hasSuffix(".swift") {
            let text = try String(contentsOf: folder.appendingPathComponent(file), encoding: .utf8)
            for line in text.split(separator: "\n") where line.contains(": EditCommand {") {
                names.insert(String(line.split(separator: ":")[0].split(separator: " ").last!))
            }
        }
        return names
    }

    /// Undoing a proposal that the employer answered meanwhile is a conflict: the answer stays.
    func testUndoOfAProposalAnsweredSinceIsAConflict() throws {
        let session = EditSession(store: store, context: CommandContext(user: admin, today: today))
        let vacancy = data.vacancies.values.filter { $0.status == .open && $0.isOpen(on: today) }.min { $0.id < $1.id }!
        let client = data.clients.values.filter { client in !data.proposals.values.contains { $0.clientId == client.id } }.min { $0.id < $1.id }!
        let edit = try session.run(ProposeCandidate(client: client.id, vacancy: vacancy.id))
        let proposal = data.proposals[edit.changes[0].recordId]!
        try store.run(RecordAnswer(proposal, .invited, on: today), CommandContext(user: admin, today: today))
        XCTAssertThrowsError(try session.undo(client: client.id)) { error in
            XCTAssertEqual((error as? EditConflict)?.theirs, "uitgenodigd (\(today.dutch))")
        }
        XCTAssertEqual(data.proposals[proposal.id]?.answer, .invited)
    }

    /// A besluit is a beschikking: `u` says so in Dutch and changes nothing; an aanvraag alone may be undone.
    func testABesluitIsNotUndone() throws {
        let session = EditSession(store: store, context: CommandContext(user: admin, today: today))
        try session.run(AddNote(client: data.clients.keys.min()!, date: today, channel: .phone, text: "eerder"))
        let melding = data.meldingen.values.filter { $0.decision == nil && $0.date <= today }.min { $0.id < $1.id }!
        var form = IntakeForm(kind: .decision, meldingId: melding.id, clientId: melding.clientId)
        form[.applicationDate] = today.dutch
        form[.decision] = "afgewezen"
        form[.decisionDate] = today.dutch
        form[.decisionReason] = "geen recht"
        try session.run(DecideMelding(form, melding: melding, draftId: nil))
        let seq = store.seq
        XCTAssertTrue(session.canUndo(client: nil))
        XCTAssertThrowsError(try session.undo(client: nil)) { error in
            XCTAssertEqual((error as? WerkbankError)?.message, "een besluit kan niet ongedaan worden gemaakt (melding \(melding.id)): "
                           + "het is een beschikking; alleen een nieuw besluit wijzigt het, bijvoorbeeld na bezwaar")
        }
        XCTAssertEqual(store.seq, seq, "nothing journaled")
        XCTAssertEqual(data.meldingen[melding.id]?.decision, .rejected)
        XCTAssertEqual(try reopened().meldingen[melding.id]?.decision, .rejected)
    }

    /// A draft saved or thrown away is no undo step of its own; a completed form throws its draft away for good.
    func testDraftsAreNoUndoStep() throws {
        let session = EditSession(store: store, context: CommandContext(user: admin, today: today))
        let draft = Draft(id: SaveDraft.newId(), user: admin.name, kind: "melding", updated: "nu")
        try session.run(SaveDraft(draft))
        XCTAssertFalse(session.canUndo(client: nil))
        try session.run(DiscardDraft(draft.id))
        XCTAssertFalse(session.canUndo(client: nil))
        try session.run(SaveDraft(draft))
        let edit = try session.run(RecordMelding(Self.meldingForm(today), draftId: draft.id))
        try session.undo(client: nil)
        XCTAssertNil(data.meldingen[edit.changes[0].recordId])
        XCTAssertNil(data.drafts[draft.id], "the draft stays away")
    }
}
