import Foundation
import TerminalUI
import WerkbankCore

/// The state every screen shares: the open store, who is working, today's date, the caseload
/// index, the status message and the edit session (undo history). Every edit is a Core command
/// run through `run`, which returns only after the journal line is on disk and only then says
/// "opgeslagen".
final class AppModel {
    let store: Store
    private(set) var user: User
    let today: Day
    /// Set here and by `followOthers` (AppModel+Refresh.swift).
    var index: CaseloadIndex
    /// The message on the status line (saved, error, hint); each one also goes to `statusLog`.
    var status: StatusMessage? { didSet { statusLog.record(status) } }
    let statusLog = StatusLog()
    /// Why the store is read-only (the user cannot write the directory, the disk is full), else nil.
    let readOnlyReason: String?
    /// Runs the commands and keeps this person's edits for undo and redo.
    let session: EditSession
    /// Goes up with every saved edit (and undo, and others' edits), so views can tell that what
    /// they show is stale.
    var revision = 0
    /// The store's `reloads` the index was last built for (AppModel+Refresh.swift).
    var indexedReloads = 0
    /// The seq of another process's edit whose audit (history) line was not yet written when it
    /// was followed: views are told again once it is (AppModel+Refresh.swift).
    var awaitingAudit: Int?
    /// The loading message last put on the status line (`showLoading`).
    var loadingShown: StatusMessage?
    /// Shows a refused edit (someone else changed it meanwhile); the root view sets it.
    var onConflict: (EditConflict) -> Void = { _ in }

    init(store: Store, user: User, today: Day, readOnlyReason: String? = nil) {
        self.store = store
        self.user = user
        self.today = today
        self.readOnlyReason = readOnlyReason
        self.index = CaseloadIndex(dataset: store.data, today: today)
        session = EditSession(store: store, context: CommandContext(user: user, today: today))
        if !store.isComplete { showLoading() }
    }

    var data: Dataset { store.data }

    /// From now on `user` works (picked, or named at start); `admin` is the administrator
    /// acting for them, if any. Journal, audit and records carry that person.
    func switchUser(to user: User, admin: String? = nil) {
        self.user = user
        store.act(as: user.name, admin: admin)
        session.context.user = user
    }

    /// Runs `command` (checked by Core, journaled with fsync, applied); the status line says
    /// "opgeslagen: …" only after that. On a refusal or conflict nothing changes and the status
    /// line shows why. Returns the edit, nil when it was not saved.
    @discardableResult
    func run(_ command: some EditCommand) -> Edit? {
        guard writable() else { return nil }
        do {
            let edit = try session.run(command)
            refresh(after: [edit])
            status = StatusMessage(appText("shell.saved", ChangeText.describe(edit, data: data)), severity: .success)
            return edit
        } catch {
            show(error)
            return nil
        }
    }

    /// Runs the commands of a bulk action as one undo step; the status line shows `summary`.
    /// Stops at the first refusal (the edits before it stay saved); returns whether all were saved.
    @discardableResult
    func run<Command: EditCommand>(_ commands: [Command], summary: String) -> Bool {
        guard writable() else { return false }
        let (edits, error) = session.run(commands)
        refresh(after: edits)
        if let error {
            show(error)
            return false
        }
        status = StatusMessage(appText("shell.saved", summary), severity: .success)
        return true
    }

    /// Undoes this person's last edit about `client` (the client on screen; nil: their last edit
    /// anywhere), saying which client and what it undid.
    func undo(client: String?) { revert(client: client, undo: true) }

    /// Does again what the last undo about `client` undid.
    func redo(client: String?) { revert(client: client, undo: false) }

    private func revert(client: String?, undo: Bool) {
        guard writable() else { return }
        do {
            let outcome = undo ? try session.undo(client: client) : try session.redo(client: client)
            refresh(clients: outcome.clients)
            let names = outcome.clients.map { self.client($0)?.fullName ?? $0 }.joined(separator: ", ")
            let what = outcome.edits.map { ChangeText.describe($0, data: data) }.joined(separator: "; ")
            status = StatusMessage(appText(undo ? "shell.undone_client" : "shell.redone_client", names.isEmpty ? "—" : names, what),
                                   severity: .success)
        } catch {
            show(error)
        }
    }

    /// Brings the caseload index up to date with `edits` (also edits of other writers) and
    /// tells the views.
    func refresh(after edits: [Edit]) {
        refresh(clients: edits.flatMap { $0.changes.filter { $0.kind == .client }.map(\.recordId) })
    }

    private func refresh<Ids: Sequence>(clients ids: Ids) where Ids.Element == String {
        for id in Set(ids) {
            if let client = store.data.clients[id] { index.update(client) } else { index.remove(clientId: id) }
        }
        revision += 1
    }

    private func writable() -> Bool {
        guard let readOnlyReason else { return true }
        status = StatusMessage(appText("shell.read_only", readOnlyReason), severity: .error)
        return false
    }

    /// A refusal on the status line; a conflict (someone changed it meanwhile) as a dialog.
    private func show(_ error: Error) {
        if let conflict = error as? EditConflict { return report(conflict) }
        let text = (error as? WerkbankError)?.message ?? String(describing: error)
        status = StatusMessage(appText("shell.save_failed", text), severity: .error)
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

    /// The client's contact notes, whole (compacted ones are read from the notes file); the
    /// failure's message (file, byte, note) when that file cannot be read.
    func notes(of clientId: String) -> Result<[ContactNote], WerkbankError> {
        do {
            return .success(try store.notes(of: clientId))
        } catch {
            return .failure(error as? WerkbankError ?? WerkbankError(String(describing: error)))
        }
    }

    func displayName(of userName: String) -> String {
        store.data.users[userName]?.displayName ?? userName
    }

    /// "ma 23-11-2026"
    var todayText: String { appText("shell.weekday.\(today.weekday)") + " " + today.dutch }
}
