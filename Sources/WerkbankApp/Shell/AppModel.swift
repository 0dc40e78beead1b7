import Foundation
import TerminalUI
import WerkbankCore

/// The state every screen shares: the open store, who is working, today's date, the caseload
/// index, the status message and the undo history. All edits go through `commit`, which
/// returns only after the journal line is on disk and only then says "opgeslagen".
final class AppModel {
    let store: Store
    private(set) var user: User
    let today: Day
    private(set) var index: CaseloadIndex
    /// The message on the status line (saved, error, hint); each one also goes to `statusLog`.
    var status: StatusMessage? { didSet { statusLog.record(status) } }
    let statusLog = StatusLog()
    /// Why the store is read-only (another instance writes), else nil.
    let readOnlyReason: String?
    private var undoStack: [UndoEntry] = []
    /// Goes up with every saved edit (and undo), so views can tell that what they show is stale.
    private(set) var revision = 0

    /// One journaled edit. A bulk action (assign five clients to a coach) is one part per
    /// client, so that each client's Historie shows it, and one undo step for all parts.
    struct EditPart {
        var changes: [Change]
        var summary: String
        var subject: String?
    }

    /// The parts that restore an edit, in the order to journal them; nil when the edit
    /// cannot be undone (a record kind that cannot be removed again).
    struct UndoEntry {
        var summary: String
        var inverse: [EditPart]
    }

    init(store: Store, user: User, today: Day, readOnlyReason: String? = nil) {
        self.store = store
        self.user = user
        self.today = today
        self.readOnlyReason = readOnlyReason
        self.index = CaseloadIndex(dataset: store.data, today: today)
    }

    var data: Dataset { store.data }

    /// From now on `user` works (picked, or named at start); `admin` is the administrator
    /// acting for them, if any. Journal, audit and records carry that person.
    func switchUser(to user: User, admin: String? = nil) {
        self.user = user
        store.act(as: user.name, admin: admin)
    }

    /// Journals `changes` (fsync) and applies them; the status line says "opgeslagen" only after
    /// that. On failure nothing changes and the status line shows why. Returns success.
    @discardableResult
    func commit(_ changes: [Change], summary: String, subject: String? = nil) -> Bool {
        commit([EditPart(changes: changes, summary: summary, subject: subject)], summary: summary)
    }

    /// Journals each part as its own edit (with its own summary and subject) and records one
    /// undo step for all of them; the status line shows `summary`. Stops at the first part that
    /// fails (the parts before it stay saved and can be undone); returns whether all were saved.
    @discardableResult
    func commit(_ parts: [EditPart], summary: String) -> Bool {
        var inverse: [EditPart] = []
        var saved = 0
        for part in parts {
            let restore = inverseChanges(of: part.changes)
            guard perform(part.changes, summary: part.summary, subject: part.subject) else { break }
            saved += 1
            inverse.insert(EditPart(changes: restore, summary: part.summary, subject: part.subject), at: 0)
        }
        if saved > 0 { undoStack.append(UndoEntry(summary: summary, inverse: inverse)) }
        guard saved == parts.count else { return false }
        status = StatusMessage(appText("shell.saved", summary), severity: .success)
        return true
    }

    /// Undoes the last edit of this session by journaling its inverse as new edits.
    func undo() {
        guard let last = undoStack.popLast() else {
            status = StatusMessage(appText("shell.nothing_to_undo"), severity: .warning)
            return
        }
        let parts = last.inverse
        for (index, part) in parts.enumerated() {
            guard perform(part.changes, summary: appText("shell.undone", part.summary), subject: part.subject) else {
                undoStack.append(UndoEntry(summary: last.summary, inverse: Array(parts[index...])))
                return
            }
        }
        status = StatusMessage(appText("shell.undone", last.summary), severity: .success)
    }

    /// Logs that the user looks at something sensitive (a dossier, a BSN, a drill-down list).
    /// Returns whether the line is on disk; when not, the status line says that `shown` (the
    /// dossier, the BSN) is not shown, and the caller must not show it (the audit fails closed).
    @discardableResult
    func recordAccess(_ action: String, subject: String?, detail: String, shown: String = appText("access.what.list")) -> Bool {
        do {
            try store.recordAccess(action, subject: subject, detail: detail)
            return true
        } catch {
            let reason = (error as? WerkbankError)?.message ?? String(describing: error)
            status = StatusMessage(appText("access.audit_failed", shown, reason), severity: .error)
            return false
        }
    }

    func client(_ id: String) -> Client? { store.data.clients[id] }

    func displayName(of userName: String) -> String {
        store.data.users[userName]?.displayName ?? userName
    }

    private func perform(_ changes: [Change], summary: String, subject: String?) -> Bool {
        if let readOnlyReason {
            status = StatusMessage(appText("shell.read_only", readOnlyReason), severity: .error)
            return false
        }
        do {
            try store.commit(changes, summary: summary, subject: subject)
        } catch let error as WerkbankError {
            status = StatusMessage(appText("shell.save_failed", error.message), severity: .error)
            return false
        } catch {
            status = StatusMessage(appText("shell.save_failed", String(describing: error)), severity: .error)
            return false
        }
        for change in changes { index.apply(change) }
        revision += 1
        return true
    }

    /// The changes that restore the records `changes` touch, from the data before the edit:
    /// each record's previous version, or its removal when it is new.
    private func inverseChanges(of changes: [Change]) -> [Change] {
        let data = store.data
        return changes.reversed().map { change in
            data.put(change.kind, id: change.recordId) ?? .remove(change.kind, id: change.recordId)
        }
    }

    /// "ma 23-11-2026"
    var todayText: String { appText("shell.weekday.\(today.weekday)") + " " + today.dutch }
}
