import TerminalUI
import WerkbankCore

/// Following the other instances that write the same data directory, and refused edits.
extension AppModel {
    /// Applies what others saved since the last look (called on every tick; costs a few `stat`
    /// calls when nothing changed): the caseload index is brought up to date, `revision` goes up
    /// and, when `clientOnScreen` was changed, the status line names who did it (unless it shows
    /// an error, such as a refused edit). Then compacts
    /// the journal when it has grown past its threshold (here rather than after a keystroke's
    /// commit). Returns whether anything changed.
    @discardableResult
    func followOthers(clientOnScreen: String?) -> Bool {
        let wasComplete = store.isComplete
        let edits: [Edit]
        do {
            edits = try store.refresh()
        } catch {
            let key = store.isComplete ? "shell.refresh_failed" : "shell.load_failed"
            status = StatusMessage(appText(key, Self.describe(error)), severity: .error)
            return false
        }
        if !store.isComplete {
            showLoading()
            return false
        }
        if !wasComplete && (status == nil || status == loadingShown) {
            status = StatusMessage(appText("shell.loaded", DutchNumber.integer(data.clients.count)), severity: .success)
        }
        if readOnlyReason == nil && !store.compactsAutomatically {
            do {
                try store.compactIfNeeded()
            } catch {
                status = StatusMessage(appText("shell.compaction_failed", Self.describe(error)), severity: .warning)
            }
        }
        let reloaded = store.reloads != indexedReloads
        let prepared = reloaded ? store.takePrepared() as? CaseloadIndex : nil
        if reloaded {
            index = prepared ?? CaseloadIndex(dataset: store.data, today: today)
            indexedReloads = store.reloads
        }
        if !reloaded || prepared != nil {
            // Each touched record as it is now (so the order of others' and own edits does not matter).
            for change in edits.flatMap(\.changes) {
                index.apply(store.data.put(change.kind, id: change.recordId) ?? .remove(change.kind, id: change.recordId))
            }
        }
        if let seq = awaitingAudit, store.auditHasRecorded(seq: seq) {
            // The history line of an edit followed earlier is there now: Historie shows it.
            awaitingAudit = nil
            if edits.isEmpty && !reloaded { revision += 1; return true }
        }
        guard !edits.isEmpty || reloaded else { return false }
        if let last = edits.last?.seq, !store.auditHasRecorded(seq: last) { awaitingAudit = last }
        revision += 1
        // A refusal on the status line stays: it already says who changed what (the edits it
        // caught up with are handed out here a tick later).
        if let clientOnScreen, status?.severity != .error, let edit = edits.last(where: { $0.subject == clientOnScreen }) {
            status = StatusMessage(appText("shell.changed_by", clientOnScreen, displayName(of: edit.user)), severity: .warning)
        }
        return true
    }

    /// After a coach's fast start, once the first screen is drawn: the rest of the clients is read
    /// in the background, and the caseload index over all of them is built there too.
    func loadRest() {
        store.loadRest { [today] dataset in CaseloadIndex(dataset: dataset, today: today) }
    }

    /// While the store reads the rest of the clients after a coach's fast start: how far it is, on
    /// the status line (unless that shows something else).
    func showLoading() {
        guard status == nil || status == loadingShown else { return }
        status = StatusMessage(appText("shell.loading_rest", Int(store.loadedFraction * 100)), severity: .muted)
        loadingShown = status
    }

    /// An edit refused because someone changed the same thing meanwhile: nothing was saved.
    func report(_ conflict: EditConflict) {
        status = StatusMessage(appText("shell.conflict_status", conflict.what), severity: .error)
        onConflict(conflict)
    }

    /// The dialog text: their value (and who), yours, nothing saved.
    func conflictMessage(_ conflict: EditConflict) -> String {
        let who = conflict.by.map { displayName(of: $0) } ?? appText("shell.conflict_someone")
        let what = conflict.subject.map { $0 + ": " + conflict.what } ?? conflict.what
        return appText("shell.conflict_message", what, who, conflict.theirs, conflict.yours)
    }

    private static func describe(_ error: Error) -> String {
        (error as? WerkbankError)?.message ?? String(describing: error)
    }
}
