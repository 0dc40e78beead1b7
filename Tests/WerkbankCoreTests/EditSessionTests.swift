import XCTest
@testable import WerkbankCore

/// Undo (issue 11.6): your own last edit on the client on screen, and redo.
final class EditSessionTests: CommandTestCase {
    func testUndoTouchesOnlyTheClientOnScreen() throws {
        let session = EditSession(store: store, context: context(ada))
        let first = client
        try session.run(MoveRung(client: "K1000000", to: .unpaidWork, on: today, reason: "vrijwilligerswerk", basis: .socialContacts))
        try session.run(AddNote(client: "K1000001", date: today, channel: .phone, text: "andere klant"))
        let other = store.data.clients["K1000001"]!

        let outcome = try session.undo(client: "K1000000")
        XCTAssertEqual(outcome.clients, ["K1000000"])
        XCTAssertEqual(ChangeText.describe(outcome.edits[0], data: store.data), "trede 2 → 4: vrijwilligerswerk (23-11-2026)")
        XCTAssertEqual(client.ladder, first.ladder)
        XCTAssertEqual(store.data.clients["K1000001"]?.notes, other.notes, "the other client's note stays")
        let reopened = try Store.open(directory, user: "check", readOnly: true).data
        XCTAssertEqual(reopened.clients["K1000000"]?.ladder, first.ladder)
        XCTAssertEqual(reopened.clients["K1000001"]?.notes, other.notes)
        let last = try XCTUnwrap(store.history(of: "K1000000").last)
        XCTAssertEqual(last.revert, .undo)
        XCTAssertEqual(ChangeText.describe(last, data: store.data), "ongedaan gemaakt: trede 4 (actueel, 23-11-2026) verwijderd")

        XCTAssertThrowsError(try session.undo(client: "K1000000")) { error in
            XCTAssertEqual((error as? WerkbankError)?.message, "niets van jou om ongedaan te maken bij klant K1000000")
        }
        try session.redo(client: "K1000000")
        XCTAssertEqual(client.ladderPosition.current, .unpaidWork)
        XCTAssertEqual(try store.history(of: "K1000000").last?.revert, .redo)
    }

    func testUndoIsOnlyForYourOwnEdits() throws {
        let session = EditSession(store: store, context: context(ada))
        try session.run(AddNote(client: "K1000000", date: today, channel: .phone, text: "van ada"))
        session.context.user = anna
        XCTAssertFalse(session.canUndo(client: "K1000000"))
        XCTAssertThrowsError(try session.undo(client: "K1000000"))
        session.context.user = ada
        XCTAssertTrue(session.canUndo(client: "K1000000"))
    }

    func testUndoOfAFieldSomeoneElseChangedSinceIsAConflict() throws {
        let session = EditSession(store: store, context: context(anna))
        var edited = client
        edited.district = "Noord"
        try session.run(SetClientFields(basis: client, edited: edited))
        try store.commit([.setField(client: "K1000000", field: .district, old: .text("Noord"), new: .text("Zuid"))], summary: "")
        XCTAssertThrowsError(try session.undo(client: "K1000000")) { error in
            XCTAssertEqual((error as? EditConflict)?.theirs, "Zuid")
        }
        XCTAssertEqual(client.district, "Zuid")
    }

    func testABulkStepUndoneInOneDossierLeavesTheOtherClients() throws {
        let session = EditSession(store: store, context: context(ada))
        let (edits, error) = session.run(["K1000000", "K1000001"].map { AddAction(client: $0, title: "Cv", due: today) })
        XCTAssertNil(error)
        XCTAssertEqual(edits.count, 2)
        try session.undo(client: "K1000001")
        XCTAssertFalse(store.data.clients["K1000001"]!.actions.contains { $0.title == "Cv" })
        XCTAssertTrue(client.actions.contains { $0.title == "Cv" })
        let rest = try session.undo(client: nil)
        XCTAssertEqual(rest.clients, ["K1000000"])
        XCTAssertFalse(client.actions.contains { $0.title == "Cv" })
    }

    func testANewEditOnTheClientEndsRedo() throws {
        let session = EditSession(store: store, context: context(anna))
        try session.run(AddNote(client: "K1000000", date: today, channel: .phone, text: "een"))
        try session.undo(client: "K1000000")
        try session.run(AddNote(client: "K1000000", date: today, channel: .phone, text: "twee"))
        XCTAssertThrowsError(try session.redo(client: "K1000000"))
    }
}
