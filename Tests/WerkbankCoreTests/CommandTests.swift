import Foundation
import XCTest
@testable import WerkbankCore

/// A data directory with two coaches' clients, an intaker, a supervisor and an admin.
class CommandTestCase: StoreTestCase {
    let today = Day(year: 2026, month: 11, day: 23)!
    let anna = User(name: "anna", displayName: "Anna", role: .coach)
    let bert = User(name: "bert", displayName: "Bert", role: .coach)
    let ivo = User(name: "ivo", displayName: "Ivo", role: .intaker)
    let sara = User(name: "sara", displayName: "Sara", role: .supervisor)
    let ada = User(name: "ada", displayName: "Ada", role: .admin)
    var store: Store!

    override func setUpWithError() throws {
        try super.setUpWithError()
        var dataset = sampleDataset(clients: 2)
        for user in [anna, bert, ivo, sara, ada] { dataset.users[user.name] = user }
        dataset.clients["K1000000"]?.coach = "anna"
        dataset.clients["K1000001"]?.coach = "bert"
        dataset.clients["K1000000"]?.ladder = [LadderObservation(id: "K1000000-t1", date: Day(year: 2026, month: 1, day: 5)!,
                                                                 kind: .start, rung: .socialContacts, by: "ivo")]
        dataset.vacancies["V1"] = Vacancy(id: "V1", employerId: "W1", title: "Bakker", opened: today)
        // One vacancy and instrument per role, for the policy table.
        for role in UserRole.allCases {
            dataset.vacancies["V-" + role.rawValue] = Vacancy(id: "V-" + role.rawValue, employerId: "W1", title: "Bakker", opened: today)
            dataset.instruments["i-" + role.rawValue] = Instrument(id: "i-" + role.rawValue, name: "Werkervaring", side: .client, maxMonths: 6)
        }
        store = try Store.create(directory, dataset: dataset, user: "test")
    }

    override func tearDownWithError() throws {
        store?.close()
        try super.tearDownWithError()
    }

    func context(_ user: User) -> CommandContext { CommandContext(user: user, today: today) }
    var client: Client { store.data.clients["K1000000"]! }

    /// The journal line of the last edit as JSON.
    func lastJournalChanges() throws -> [[String: Any]] {
        let line = try XCTUnwrap(journalLines().last)
        let json = try ChecksumFraming.unframe(Data(line.utf8)).get()
        let object = try XCTUnwrap(JSONSerialization.jsonObject(with: json) as? [String: Any])
        return try XCTUnwrap(object["changes"] as? [[String: Any]])
    }
}

final class CommandChangeTests: CommandTestCase {
    func testANoteIsJournaledAsOneAddedNoteNotTheWholeClient() throws {
        let before = client
        let edit = try store.run(AddNote(client: client.id, date: today, channel: .phone, text: "Gebeld"), context(anna))
        guard case .addItem(let id, .note(let note)) = edit.changes.first, edit.changes.count == 1 else { return XCTFail("\(edit.changes)") }
        XCTAssertEqual(id, "K1000000")
        XCTAssertEqual(note.by, "anna")
        XCTAssertEqual(edit.summary, "")
        XCTAssertEqual(Array(client.notes), Array(before.notes) + [NoteRef(note)])
        XCTAssertEqual(client.version, before.version + 1)
        let line = try XCTUnwrap(journalLines().last)
        XCTAssertLessThan(line.utf8.count, 400, line)
        XCTAssertFalse(line.contains("summary"), line)
        let change = try XCTUnwrap(lastJournalChanges().first)
        XCTAssertEqual(change["op"] as? String, "add")
        XCTAssertEqual(change["kind"] as? String, "note")
        XCTAssertEqual(try Store.open(directory, user: "check", readOnly: true).data.clients["K1000000"], client)
    }

    func testFieldsAreJournaledOneByOneWithTheirOldValue() throws {
        var edited = client
        edited.postcode = "7552 CD"
        edited.phone = "06-99999999"
        edited.barriers = [.language]
        let command = SetClientFields(basis: client, edited: edited)
        let old = client
        let edit = try store.run(command, context(anna))
        XCTAssertEqual(Set(edit.changes.map { change -> String in
            guard case .setField(_, let field, _, _) = change else { return "?" }
            return field.rawValue
        }), ["postcode", "phone", "barriers"])
        XCTAssertTrue(edit.changes.contains(.setField(client: old.id, field: .postcode, old: .text(old.postcode), new: .text("7552 CD"))))
        XCTAssertEqual(client.postcode, "7552 CD")
        XCTAssertEqual(client.barriers, [.language])
        let text = ChangeText.describe(edit, data: store.data)
        XCTAssertTrue(text.contains("postcode \(old.postcode) → 7552 CD"), text)
        XCTAssertTrue(text.contains("telefoon gewijzigd"), text)
        XCTAssertFalse(text.contains("06-99999999"), text)
        let journaled = try lastJournalChanges().first { $0["field"] as? String == "barriers" }
        XCTAssertEqual(journaled?["new"] as? [String], ["taal"])
    }

    func testEveryNewChangeKindRoundTripsThroughTheJournalDecoders() throws {
        let action = PlanAction(id: "a1", title: "Bellen", due: today)
        var done = action
        done.status = .done
        let placement = Placement(id: "P1", clientId: "K1", employerId: "W1", stage: .proposed, proposed: today)
        let melding = Melding(id: "M1", date: today)
        var decided = melding
        decided.decision = .granted
        let edit = Edit(id: "e", seq: 7, at: "2026-11-23T10:00:00+01:00", user: "anna", summary: "", subject: "K1", changes: [
            .setField(client: "K1", field: .skills, old: nil, new: .list(["lassen", "koken"])),
            .setField(client: "K1", field: .phone, old: .text("1"), new: nil),
            .addItem(client: "K1", .note(ContactNote(id: "n1", date: today, by: "anna", channel: .mail, text: "x"))),
            .updateItem(client: "K1", old: .action(action), new: .action(done)),
            .removeItem(client: "K1", .ladder(LadderObservation(id: "t1", date: today, kind: .actual, rung: .paidWork))),
            .addItem(client: "K1", .benefit(BenefitPeriod(id: "u1", start: today))),
            .addItem(client: "K1", .deployment(InstrumentDeployment(id: "i1", instrumentId: "proefplaatsing", start: today))),
            .updatePlacement(old: placement, new: placement),
            .updateMelding(old: melding, new: decided),
            .remove(.draft, id: "C1"),
        ], revert: .undo)
        let line = try ChecksumFraming.unframe(Journal.line(edit).dropLast()).get()
        XCTAssertEqual(try FastJSONDecoder().decode(Edit.self, from: line), edit)
        XCTAssertEqual(try JSONDecoder().decode(Edit.self, from: line), edit)
    }

    func testAnOldJournalLineWithASummaryAndAWholeClientStillReads() throws {
        let old = #"{"at":"2025-03-04T14:05:09+01:00","changes":[{"kind":"draft","op":"remove","id":"C1"}],"id":"x","seq":3,"subject":"K1","summary":"trede 2 → 3","user":"mbakker"}"#
        let edit = try FastJSONDecoder().decode(Edit.self, from: Data(old.utf8))
        XCTAssertEqual(edit.summary, "trede 2 → 3")
        XCTAssertNil(edit.revert)
        XCTAssertEqual(ChangeText.describe(edit, data: Dataset()), "trede 2 → 3")
    }

    func testNewIdsAreShortAndDoNotRepeat() {
        let ids = (0..<500).map { _ in RecordID.make("K1-n") }
        XCTAssertEqual(Set(ids).count, ids.count)
        XCTAssertTrue(ids.allSatisfy { $0.count <= 4 + 6 + 6 && $0.hasPrefix("K1-n") }, ids[0])
    }

    func testATakenItemIdIsRefusedNotOverwritten() throws {
        let note = ContactNote(id: "K1000000-nX", date: today, by: "anna", channel: .mail, text: "eerste")
        try store.commit([.addItem(client: "K1000000", .note(note))], summary: "")
        var other = note
        other.text = "tweede"
        XCTAssertThrowsError(try Change.addItem(client: "K1000000", .note(other)).verify(against: store.data)) { error in
            XCTAssertTrue((error as? WerkbankError)?.message.contains("K1000000-nX") ?? false, "\(error)")
        }
    }

    func testValidationRefusesBadInput() throws {
        XCTAssertThrowsError(try store.run(AddNote(client: client.id, date: today.adding(days: 1), channel: .mail, text: "x"), context(anna)))
        XCTAssertThrowsError(try store.run(AddNote(client: client.id, date: today, channel: .mail, text: "  "), context(anna)))
        XCTAssertThrowsError(try store.run(MoveRung(client: client.id, to: .paidWork, on: today, reason: " ", basis: .socialContacts), context(anna)))
        var edited = client
        edited.postcode = "1234"
        XCTAssertThrowsError(try store.run(SetClientFields(basis: client, edited: edited), context(anna))) { error in
            XCTAssertTrue((error as? WerkbankError)?.message.hasPrefix("postcode:") ?? false, "\(error)")
        }
        XCTAssertThrowsError(try store.run(AddNote(client: "K404", date: today, channel: .mail, text: "x"), context(anna)))
        XCTAssertEqual(store.seq, 0)
    }
}

final class CommandConflictTests: CommandTestCase {
    func testARungMoveOpenedOnAnOldRungIsAConflictWithBothValues() throws {
        try store.run(MoveRung(client: client.id, to: .unpaidWork, on: today, reason: "vrijwilligerswerk", basis: .socialContacts),
                      context(ada))
        XCTAssertThrowsError(try store.run(MoveRung(client: client.id, to: .organisedActivities, on: today, reason: "dagbesteding",
                                                    basis: .socialContacts), context(anna))) { error in
            let conflict = error as? EditConflict
            XCTAssertEqual(conflict?.what, "trede")
            XCTAssertEqual(conflict?.theirs, "4 (onbetaald werk / vrijwilligerswerk)")
            XCTAssertEqual(conflict?.yours, "3 (deelname georganiseerde activiteiten)")
            XCTAssertEqual(conflict?.by, "ada")
        }
        XCTAssertEqual(client.ladderPosition.current, .unpaidWork)
    }

    func testAFieldChangedSinceTheFormOpenedIsAConflictCheckedRightBeforeTheWrite() throws {
        let opened = client
        var mine = opened
        mine.district = "Noord"
        var theirs = opened
        theirs.district = "Zuid"
        let command = SetClientFields(basis: opened, edited: mine)
        // The other writer's line lands between the check and the write: the precondition sees it.
        try store.commit([.setField(client: opened.id, field: .district, old: .text(opened.district), new: .text("Zuid"))], summary: "")
        XCTAssertThrowsError(try store.run(command, context(anna))) { error in
            let conflict = error as? EditConflict
            XCTAssertEqual(conflict?.what, "wijk")
            XCTAssertEqual(conflict?.theirs, "Zuid")
            XCTAssertEqual(conflict?.yours, "Noord")
        }
        XCTAssertEqual(client.district, "Zuid")
    }

    func testAnActionClosedByAnotherIsAConflict() throws {
        let added = try store.run(AddAction(client: client.id, title: "Cv maken", due: today), context(anna))
        guard case .addItem(_, .action(let action)) = added.changes[0] else { return XCTFail() }
        try store.run(ChangeAction(client: client.id, action: action, .close(.cancelled)), context(ada))
        XCTAssertThrowsError(try store.run(ChangeAction(client: client.id, action: action, .edit(title: "Cv bijwerken", due: today)),
                                           context(anna))) { error in
            XCTAssertTrue((error as? EditConflict)?.theirs.hasPrefix("vervallen") ?? false, "\(error)")
        }
    }
}
