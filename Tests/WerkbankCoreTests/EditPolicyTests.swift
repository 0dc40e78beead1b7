import XCTest
@testable import WerkbankCore

/// Every command × every role: allowed or refused (issue 11.4). "own" is a client of the
/// werkcoach anna; "other" one of bert. Each allowed row must really be journaled; each refused
/// row must write nothing and name who may do it.
final class EditPolicyTests: CommandTestCase {
    private enum Expect { case allowed, refused }

    /// The commands on client `id` as `role` would give them (each role its own values, so that
    /// an allowed row never makes the next one a no-op or a duplicate).
    private func commands(on id: String, as role: UserRole) -> [(String, any EditCommand)] {
        let client = store.data.clients[id]!
        var edited = client
        edited.wishes = "Buiten werken (\(role.rawValue))"
        let deployment = InstrumentDeployment(id: "", instrumentId: "i-" + role.rawValue, start: today, end: today.adding(days: 30))
        return [
            ("velden", SetClientFields(basis: client, edited: edited)),
            ("trede", MoveRung(client: id, to: client.ladderPosition.current ?? .research, on: today, reason: "gesprek",
                               basis: client.ladderPosition.current)),
            ("verwachte trede", ExpectRung(client: id, rung: .paidWork, by: today.adding(days: 90), reason: "plan",
                                           basis: client.ladderPosition.expected?.rung)),
            ("notitie", AddNote(client: id, date: today, channel: .phone, text: "gebeld")),
            ("actie", AddAction(client: id, title: "Cv", due: today)),
            ("inzet", StartDeployment(client: id, deployment)),
            ("werkcoach", AssignCoach(client: id, to: client.coach == "anna" ? "bert" : "anna", basis: client.coach)),
        ]
    }

    private var intakeCommands: [(String, any EditCommand)] {
        var melding = IntakeForm(kind: .melding)
        melding[.meldingDate] = today.dutch
        melding[.channel] = "balie"
        melding[.firstName] = "Jan"
        melding[.lastName] = "Jansen"
        melding[.birthDate] = "01-02-1990"
        melding[.question] = "Bijstand"
        return [
            ("melding", RecordMelding(melding, draftId: nil)),
            ("concept", SaveDraft(Draft(id: SaveDraft.newId(), user: "x", kind: "melding", updated: "nu"))),
        ]
    }

    private let table: [UserRole: (own: Expect, other: Expect, assign: Expect, intake: Expect)] = [
        .coach: (.allowed, .refused, .refused, .refused),
        .intaker: (.refused, .refused, .refused, .allowed),
        .supervisor: (.refused, .refused, .refused, .refused),
        .admin: (.allowed, .allowed, .allowed, .allowed),
    ]

    private func user(_ role: UserRole) -> User { [anna, ivo, sara, ada].first { $0.role == role }! }

    private func check(_ name: String, _ command: any EditCommand, by user: User, expect: Expect, file: StaticString = #filePath,
                       line: UInt = #line) {
        let before = store.seq
        do {
            _ = try store.run(command, context(user))
            XCTAssertEqual(expect, .allowed, "\(name) by \(user.role) was allowed", file: file, line: line)
            XCTAssertEqual(store.seq, before + 1, file: file, line: line)
        } catch let error as WerkbankError {
            XCTAssertEqual(expect, .refused, "\(name) by \(user.role): \(error.message)", file: file, line: line)
            XCTAssertEqual(store.seq, before, file: file, line: line)
            let who = EditPolicy.roles(for: command.action).map(\.label)
            XCTAssertTrue(who.contains { error.message.contains($0) } || error.message.contains("eigen werkcoach"), error.message,
                          file: file, line: line)
        } catch {
            XCTFail("\(name) by \(user.role): \(error)", file: file, line: line)
        }
    }

    func testEveryCommandForEveryRole() throws {
        for role in UserRole.allCases {
            let expect = table[role]!
            let user = user(role)
            for (name, command) in commands(on: "K1000000", as: role) {
                check(name, command, by: user, expect: command.action == .assignCoach ? expect.assign : expect.own)
            }
            for (name, command) in commands(on: "K1000001", as: role) {
                check(name, command, by: user, expect: command.action == .assignCoach ? expect.assign : expect.other)
            }
            for (name, command) in intakeCommands {
                // Everyone may keep their own drafts (a form open when the program was ended).
                if let save = command as? SaveDraft {
                    check(name, SaveDraft(Draft(id: save.draft.id, user: user.name, kind: "melding", updated: "nu")), by: user, expect: .allowed)
                } else {
                    check(name, command, by: user, expect: expect.intake)
                }
            }
        }
    }

    func testAdminOnlyActionsAndTheRefusalNamesTheRole() {
        for action in [EditPolicy.Action.users, .instrumentCatalogue, .compaction] {
            for role in UserRole.allCases {
                XCTAssertEqual(EditPolicy.allows(action, user: user(role)), role == .admin, "\(action) \(role)")
            }
        }
        XCTAssertThrowsError(try EditPolicy.check(.compaction, user: anna)) { error in
            XCTAssertEqual((error as? WerkbankError)?.message, "anna (werkcoach) mag dit niet (de gegevens comprimeren); dat mag alleen: beheerder")
        }
        XCTAssertThrowsError(try EditPolicy.check(.melding, user: sara)) { error in
            XCTAssertTrue((error as? WerkbankError)?.message.hasSuffix("intaker of beheerder") ?? false, "\(error)")
        }
    }

    func testAnotherPersonsDraftIsNotYours() throws {
        let draft = Draft(id: SaveDraft.newId(), user: "ivo", kind: "melding", updated: "nu")
        try store.run(SaveDraft(draft), context(ivo))
        let other = User(name: "iris", displayName: "Iris", role: .intaker)
        XCTAssertThrowsError(try store.run(DiscardDraft(draft.id), context(other)))
        XCTAssertNoThrow(try store.run(DiscardDraft(draft.id), context(ada)))
    }
}
