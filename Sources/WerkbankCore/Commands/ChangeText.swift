/// Journaled changes in words, in the reader's language (nl or en): for Historie, the status
/// line after saving or undoing, and the conflict dialog. Fields show `old → new`; private
/// fields (BSN, phone, e-mail) only say that they changed.
public enum ChangeText {
    /// All changes of an edit, "; "-separated; an edit of an older version shows its summary.
    public static func describe(_ edit: Edit, data: Dataset) -> String {
        lines(edit.changes, summary: edit.summary, revert: edit.revert, data: data).joined(separator: "; ")
    }

    /// One entry of a client's history (Historie), "; "-separated.
    public static func describe(_ entry: HistoryEntry, data: Dataset) -> String {
        lines(entry, data: data).joined(separator: "; ")
    }

    /// One line per change of a history entry (its summary for an edit of an older version).
    public static func lines(_ entry: HistoryEntry, data: Dataset) -> [String] {
        lines(entry.changes, summary: entry.summary, revert: entry.revert, data: data)
    }

    private static func lines(_ changes: [Change], summary: String, revert: Edit.Revert?, data: Dataset) -> [String] {
        // A draft thrown away with its completed form needs no words of its own.
        let shown = changes.count > 1 ? changes.filter { $0 != .remove(.draft, id: $0.recordId) } : changes
        let lines = changes.isEmpty || !summary.isEmpty ? [summary] : shown.map { describe($0, data: data) }
        guard let revert else { return lines }
        return lines.map { coreText("change.revert.\(revert.rawValue)", $0) }
    }

    /// One change in words.
    public static func describe(_ change: Change, data: Dataset) -> String {
        switch change {
        case .setField(_, let field, let old, let new):
            if field == .coach { return coreText("change.coach", userName(old, data), userName(new, data)) }
            if field.isPrivate { return coreText("change.field_changed", field.label) }
            return fromTo(field.label, field.display(old), field.display(new))
        case .addItem(let client, let item): return added(item, to: data.clients[client], data: data)
        case .updateItem(_, let old, let new): return updated(old, new, data: data)
        case .removeItem(_, let item): return coreText("change.removed", self.item(item, data: data))
        case .updatePlacement(let old, let new): return placementName(old, data: data) + ": " + placementChange(old, new)
        case .updateMelding(let old, let new): return coreText("change.melding", old.id) + ": " + meldingChange(old, new)
        case .updateEmployer(_, let new): return coreText("change.record", new.name)
        case .updateVacancy(let old, let new):
            let status = old.status == new.status ? coreText("change.changed") : coreText("change.value", old.status.label, new.status.label)
            return coreText("change.vacancy", new.title, status)
        case .updateProposal(_, let new): return describe(.putProposal(new), data: data)
        case .putClient(let client): return coreText("change.client_recorded", client.id, client.fullName)
        case .putMelding(let melding): return coreText("change.melding_recorded", melding.id, melding.name)
        case .putPlacement(let placement): return placementName(placement, data: data) + ": " + placement.stage.label
        case .putUser(let user): return coreText("change.user_recorded", user.name, user.role.label)
        case .putEmployer(let employer): return coreText("change.record", employer.id)
        case .putVacancy(let vacancy): return coreText("change.vacancy", vacancy.title, vacancy.status.label)
        case .putDraft(let draft): return coreText("change.draft_saved", draft.kind)
        case .putProposal(let proposal):
            let title = data.vacancies[proposal.vacancyId]?.title ?? proposal.vacancyId
            let proposed = coreText("change.placement_proposed", title, data.employers[proposal.employerId]?.name ?? proposal.employerId)
            return proposal.answer.map { proposed + ": " + $0.label } ?? proposed
        case .remove(.draft, _): return coreText("change.draft_removed")
        case .remove(let kind, let id): return coreText("change.record_removed", kind.rawValue, id)
        }
    }

    // MARK: Items

    /// What an item is: "notitie 23-11-2026 (telefoon)", "actie 'bellen'", "trede 3 (actueel)".
    public static func item(_ item: ClientItem, data: Dataset) -> String {
        switch item {
        case .ladder(let observation):
            return coreText("change.item.ladder", observation.rung.rawValue, observation.kind.label, observation.date.dutch)
        case .note(let note): return coreText("change.item.note", note.date.dutch, note.channel.label)
        case .action(let action): return coreText("change.item.action", action.title)
        case .deployment(let deployment): return coreText("change.item.deployment", instrumentName(deployment, data))
        case .benefit(let benefit): return coreText("change.item.benefit", benefit.start.dutch)
        }
    }

    /// An item's state, for a conflict: "open, uiterlijk 01-12-2026", "einde 01-03-2027".
    public static func itemState(_ item: ClientItem, data: Dataset) -> String {
        switch item {
        case .action(let action): return coreText("change.state.action", action.status.label, action.due.dutch, action.title)
        case .deployment(let deployment):
            return coreText(deployment.cancelled ? "change.state.cancelled" : "change.state.deployment", deployment.start.dutch,
                            deployment.end?.dutch ?? "—")
        default: return self.item(item, data: data)
        }
    }

    private static func added(_ item: ClientItem, to client: Client?, data: Dataset) -> String {
        switch item {
        case .ladder(let observation):
            switch observation.kind {
            case .expected:
                return coreText("change.add.expected", observation.rung.rawValue, observation.targetDate?.dutch ?? "—", observation.reason)
            case .actual:
                // The rung before: the position on that day without this observation.
                let before = LadderPosition(history: (client?.ladder ?? []).filter { $0.id != observation.id }, on: observation.date).current
                return coreText("change.add.rung", before.map { String($0.rawValue) } ?? "—", observation.rung.rawValue,
                                observation.date.dutch, observation.reason)
            case .start: return coreText("change.add.start", observation.rung.rawValue, observation.date.dutch)
            }
        case .deployment(let deployment):
            return coreText("change.add.deployment", instrumentName(deployment, data), deployment.start.dutch, deployment.end?.dutch ?? "—")
        case .action(let action): return coreText("change.add.action", action.title, action.due.dutch)
        default: return coreText("change.added", self.item(item, data: data))
        }
    }

    private static func updated(_ old: ClientItem, _ new: ClientItem, data: Dataset) -> String {
        var parts: [String] = []
        switch (old, new) {
        case (.action(let a), .action(let b)) where a.status != b.status && (a.title, a.due) == (b.title, b.due):
            return coreText("change.action_status", a.title, b.status.label)
        case (.action(let a), .action(let b)):
            if a.title != b.title { parts.append(fromTo(coreText("change.what.title"), a.title, b.title)) }
            if a.due != b.due { parts.append(fromTo(coreText("change.what.due"), a.due.dutch, b.due.dutch)) }
            if a.status != b.status { parts.append(fromTo(coreText("change.what.status"), a.status.label, b.status.label)) }
        case (.deployment(let a), .deployment(let b)) where a.end != b.end && b.end != nil:
            return coreText(b.cancelled ? "change.deployment_cancelled" : "change.deployment_ended", instrumentName(b, data), b.end!.dutch)
        case (.deployment(let a), .deployment(let b)):
            if a.end != b.end { parts.append(fromTo(coreText("change.what.end"), a.end?.dutch ?? "—", b.end?.dutch ?? "—")) }
            if a.cancelled != b.cancelled { parts.append(coreText(b.cancelled ? "change.cancelled" : "change.not_cancelled")) }
        default: parts.append(coreText("change.changed"))
        }
        return item(old, data: data) + ": " + (parts.isEmpty ? coreText("change.changed") : parts.joined(separator: ", "))
    }

    // MARK: Records

    /// What a record (as a put) is, for a conflict: "plaatsing bij Bakkerij", "voorstel van Jansen, A.".
    static func recordName(_ record: Change, data: Dataset) -> String {
        switch record {
        case .putPlacement(let placement): return placementName(placement, data: data)
        case .putMelding(let melding): return coreText("change.melding", melding.id)
        case .putEmployer(let employer): return employer.name
        case .putVacancy(let vacancy): return vacancy.title
        case .putProposal(let proposal): return coreText("desk.proposal", data.clients[proposal.clientId]?.listName ?? proposal.clientId)
        default: return describe(record, data: data)
        }
    }

    /// A record's (as a put) state, for a conflict: "proefplaatsing", "Bakker · voorgesteld".
    static func recordState(_ record: Change, data: Dataset) -> String {
        switch record {
        case .putPlacement(let placement): return placementState(placement)
        case .putMelding(let melding): return meldingState(melding)
        case .putVacancy(let vacancy): return "\(vacancy.title) · \(vacancy.status.label)"
        case .putProposal(let proposal): return RecordAnswer.state(proposal)
        default: return describe(record, data: data)
        }
    }

    public static func placementName(_ placement: Placement, data: Dataset) -> String {
        coreText("change.placement", data.employers[placement.employerId]?.name ?? placement.employerId)
    }

    public static func placementState(_ placement: Placement) -> String {
        guard let end = placement.end else { return placement.stage.label }
        return coreText("change.state.ended", placement.stage.label, end.dutch)
    }

    private static func placementChange(_ old: Placement, _ new: Placement) -> String {
        var parts: [String] = []
        if old.stage != new.stage {
            let day = PlacementRules.start(of: new.stage, in: new)?.dutch ?? "—"
            parts.append(coreText("change.stage", old.stage.label, new.stage.label, day))
        }
        if old.end != new.end, let end = new.end { parts.append(coreText("change.placement_ended", end.dutch, new.endReason)) }
        return parts.isEmpty ? coreText("change.changed") : parts.joined(separator: ", ")
    }

    public static func meldingState(_ melding: Melding) -> String {
        [melding.applicationDate.map { coreText("change.state.application", $0.dutch) },
         melding.decision.map { coreText("change.state.decision", $0.label, melding.decisionDate?.dutch ?? "—") }]
            .compactMap { $0 }.joined(separator: ", ").orDash
    }

    private static func meldingChange(_ old: Melding, _ new: Melding) -> String {
        var parts: [String] = []
        if old.applicationDate != new.applicationDate {
            parts.append(fromTo(coreText("change.what.application"), old.applicationDate?.dutch ?? "—",
                                  new.applicationDate?.dutch ?? "—"))
        }
        if old.noApplicationReason != new.noApplicationReason, let reason = new.noApplicationReason {
            parts.append(coreText("change.no_application", reason.label))
        }
        if old.decision != new.decision || old.decisionDate != new.decisionDate {
            parts.append(fromTo(coreText("change.what.decision"), old.decision?.label ?? "—",
                                  new.decision.map { "\($0.label) \(new.decisionDate?.dutch ?? "")" } ?? "—"))
        }
        return parts.isEmpty ? coreText("change.changed") : parts.joined(separator: ", ")
    }

    // MARK: Values

    /// "postcode 7551 AB → 7552 CD"; a value that names the field itself ("arbeidsplicht
    /// opgelegd") is shown without the label.
    static func fromTo(_ label: String, _ old: String, _ new: String) -> String {
        let named = [old, new].contains { $0.lowercased().hasPrefix(label.lowercased()) }
        return named ? coreText("change.value", old, new) : coreText("change.field", label, old, new)
    }

    /// "3 (deelname georganiseerde activiteiten)", or "—".
    public static func rung(_ rung: Rung?) -> String {
        rung.map { "\($0.rawValue) (\($0.label))" } ?? "—"
    }

    private static func userName(_ value: FieldValue?, _ data: Dataset) -> String {
        guard case .text(let name) = value else { return "—" }
        return data.users[name]?.displayName ?? name
    }

    private static func instrumentName(_ deployment: InstrumentDeployment, _ data: Dataset) -> String {
        data.instruments[deployment.instrumentId]?.name ?? deployment.instrumentId
    }
}

private extension String {
    var orDash: String { isEmpty ? "—" : self }
}
