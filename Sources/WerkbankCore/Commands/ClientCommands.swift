import Foundation

/// The case-work commands on one client (the werkcoach of the client, or an admin).

/// Sets the fields an Overzicht form changed: one `setField` per field that differs between the
/// client as the form was opened (`basis`) and as edited. Items (notes, ladder, …) are ignored.
public struct SetClientFields: EditCommand {
    public let clientId: String
    /// Field → (value when the form was opened, value typed), for the fields that differ.
    public let fields: [(field: ClientField, old: FieldValue?, new: FieldValue?)]
    public var subject: String? { clientId }
    public var action: EditPolicy.Action { fields.contains { $0.field == .coach } ? .assignCoach : .caseWork }

    public init(basis: Client, edited: Client) {
        clientId = basis.id
        fields = ClientField.allCases.compactMap { field in
            let old = field.value(in: basis), new = field.value(in: edited)
            return old == new ? nil : (field, old, new)
        }
    }

    public var isEmpty: Bool { fields.isEmpty }

    public func check(_ data: Dataset, _ context: CommandContext) throws {
        let client = try data.existingClient(clientId)
        try EditPolicy.check(action, user: context.user, client: client)
        var edited = client
        for (field, _, new) in fields { field.set(new, in: &edited) }
        if let problem = ClientFieldRules.problem(edited, changed: Set(fields.map(\.field)), data: data, today: context.today) {
            throw WerkbankError(problem)
        }
    }

    public func changes(_ data: Dataset, _ context: CommandContext) throws -> [Change] {
        fields.map { .setField(client: clientId, field: $0.field, old: $0.old, new: $0.new) }
    }
}

/// "Trede wijzigen": a new `actueel` observation on a date (not in the future, not before the
/// position it replaces) with a reason. `basis` is the current rung the form was opened with:
/// when another person moved the rung since, the move is refused with both values.
public struct MoveRung: EditCommand {
    public let clientId: String, rung: Rung, date: Day, reason: String, basis: Rung?
    public var subject: String? { clientId }
    public var action: EditPolicy.Action { .caseWork }

    public init(client: String, to rung: Rung, on date: Day, reason: String, basis: Rung?) {
        clientId = client; self.rung = rung; self.date = date; self.reason = reason; self.basis = basis
    }

    public func check(_ data: Dataset, _ context: CommandContext) throws {
        let client = try data.existingClient(clientId)
        try EditPolicy.check(action, user: context.user, client: client)
        let position = client.ladderPosition
        if position.current != basis {
            throw EditConflict(subject: clientId, what: coreText("change.what.rung"), theirs: ChangeText.rung(position.current),
                               yours: ChangeText.rung(rung), by: (position.actual ?? position.start)?.by)
        }
        try ClientFieldRules.requireReason(reason)
        if date > context.today { throw WerkbankError(coreText("command.date_in_future", date.dutch)) }
        if let earliest = (position.actual ?? position.start)?.date, date < earliest {
            throw WerkbankError(coreText("command.before_current", date.dutch, earliest.dutch))
        }
    }

    public func changes(_ data: Dataset, _ context: CommandContext) throws -> [Change] {
        [.addItem(client: clientId, .ladder(LadderObservation(id: RecordID.make(clientId + "-t"), date: date, kind: .actual, rung: rung,
                                                             by: context.user.name, reason: reason)))]
    }
}

/// "Verwachte trede": a new `verwacht` observation dated today with a target date after today.
/// `basis` is the expected rung the form was opened with.
public struct ExpectRung: EditCommand {
    public let clientId: String, rung: Rung, target: Day, reason: String, basis: Rung?
    public var subject: String? { clientId }
    public var action: EditPolicy.Action { .caseWork }

    public init(client: String, rung: Rung, by target: Day, reason: String, basis: Rung?) {
        clientId = client; self.rung = rung; self.target = target; self.reason = reason; self.basis = basis
    }

    public func check(_ data: Dataset, _ context: CommandContext) throws {
        let client = try data.existingClient(clientId)
        try EditPolicy.check(action, user: context.user, client: client)
        let expected = client.ladderPosition.expected
        if expected?.rung != basis {
            throw EditConflict(subject: clientId, what: coreText("change.what.expected_rung"), theirs: ChangeText.rung(expected?.rung),
                               yours: ChangeText.rung(rung), by: expected?.by)
        }
        try ClientFieldRules.requireReason(reason)
        if target <= context.today { throw WerkbankError(coreText("command.target_not_after_today", target.dutch)) }
    }

    public func changes(_ data: Dataset, _ context: CommandContext) throws -> [Change] {
        [.addItem(client: clientId, .ladder(LadderObservation(id: RecordID.make(clientId + "-t"), date: context.today, kind: .expected,
                                                             rung: rung, by: context.user.name, reason: reason, targetDate: target)))]
    }
}

/// A note in the contact log, dated today or earlier.
public struct AddNote: EditCommand {
    public let clientId: String, date: Day, channel: ContactChannel, text: String
    public var subject: String? { clientId }
    public var action: EditPolicy.Action { .caseWork }

    public init(client: String, date: Day, channel: ContactChannel, text: String) {
        clientId = client; self.date = date; self.channel = channel; self.text = text
    }

    public func check(_ data: Dataset, _ context: CommandContext) throws {
        try EditPolicy.check(action, user: context.user, client: try data.existingClient(clientId))
        if text.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty { throw WerkbankError(coreText("command.note_empty")) }
        if date > context.today { throw WerkbankError(coreText("command.date_in_future", date.dutch)) }
    }

    public func changes(_ data: Dataset, _ context: CommandContext) throws -> [Change] {
        [.addItem(client: clientId, .note(ContactNote(id: RecordID.make(clientId + "-n"), date: date, by: context.user.name,
                                                     channel: channel, text: text)))]
    }
}

/// A new open action with a due date.
public struct AddAction: EditCommand {
    public let clientId: String, title: String, due: Day
    public var subject: String? { clientId }
    public var action: EditPolicy.Action { .caseWork }

    public init(client: String, title: String, due: Day) {
        clientId = client; self.title = title.trimmingCharacters(in: .whitespaces); self.due = due
    }

    public func check(_ data: Dataset, _ context: CommandContext) throws {
        try EditPolicy.check(action, user: context.user, client: try data.existingClient(clientId))
        if title.isEmpty { throw WerkbankError(coreText("command.action_title_empty")) }
    }

    public func changes(_ data: Dataset, _ context: CommandContext) throws -> [Change] {
        [.addItem(client: clientId, .action(PlanAction(id: RecordID.make(clientId + "-a"), title: title, due: due, by: context.user.name)))]
    }
}

/// Changes an action: its title and due date (`edit`), or closes an open one as done (today) or
/// cancelled. `basis` is the action as the person saw it.
public struct ChangeAction: EditCommand {
    public enum Kind: Sendable {
        case edit(title: String, due: Day)
        case close(ActionStatus)
    }

    public let clientId: String, basis: PlanAction, kind: Kind
    public var subject: String? { clientId }
    public var action: EditPolicy.Action { .caseWork }

    public init(client: String, action basis: PlanAction, _ kind: Kind) {
        clientId = client; self.basis = basis; self.kind = kind
    }

    public func check(_ data: Dataset, _ context: CommandContext) throws {
        try EditPolicy.check(action, user: context.user, client: try data.existingClient(clientId))
        switch kind {
        case .edit(let title, _):
            if title.trimmingCharacters(in: .whitespaces).isEmpty { throw WerkbankError(coreText("command.action_title_empty")) }
        case .close:
            if basis.status != .open { throw WerkbankError(coreText("command.action_not_open", basis.title, basis.status.label)) }
        }
    }

    public func changes(_ data: Dataset, _ context: CommandContext) throws -> [Change] {
        var new = basis
        switch kind {
        case .edit(let title, let due):
            new.title = title.trimmingCharacters(in: .whitespaces)
            new.due = due
        case .close(let status):
            new.status = status
            new.doneOn = status == .done ? context.today : nil
        }
        guard new != basis else { return [] }
        return [.updateItem(client: clientId, old: .action(basis), new: .action(new))]
    }
}

/// An instrument deployed for a client (checked by `DeploymentRules`).
public struct StartDeployment: EditCommand {
    public let clientId: String, deployment: InstrumentDeployment
    public var subject: String? { clientId }
    public var action: EditPolicy.Action { .caseWork }

    /// `deployment`'s id and `by` are filled in by the command.
    public init(client: String, _ deployment: InstrumentDeployment) {
        clientId = client; self.deployment = deployment
    }

    public func check(_ data: Dataset, _ context: CommandContext) throws {
        let client = try data.existingClient(clientId)
        try EditPolicy.check(action, user: context.user, client: client)
        guard let instrument = data.instruments[deployment.instrumentId] else {
            throw WerkbankError(coreText("command.no_instrument", deployment.instrumentId))
        }
        if let issue = DeploymentRules.validate(deployment, instrument: instrument, client: client).first {
            throw WerkbankError(issue.message)
        }
    }

    public func changes(_ data: Dataset, _ context: CommandContext) throws -> [Change] {
        var deployment = deployment
        deployment.id = RecordID.make(clientId + "-i")
        deployment.by = context.user.name
        return [.addItem(client: clientId, .deployment(deployment))]
    }
}

/// Ends a deployment on a date, or cancels it (it did not go ahead). The date may not lie before
/// the start nor past the instrument's legal maximum.
public struct EndDeployment: EditCommand {
    public let clientId: String, basis: InstrumentDeployment, date: Day, cancelled: Bool
    public var subject: String? { clientId }
    public var action: EditPolicy.Action { .caseWork }

    public init(client: String, deployment basis: InstrumentDeployment, on date: Day, cancelled: Bool) {
        clientId = client; self.basis = basis; self.date = date; self.cancelled = cancelled
    }

    public func check(_ data: Dataset, _ context: CommandContext) throws {
        try EditPolicy.check(action, user: context.user, client: try data.existingClient(clientId))
        if date < basis.start { throw WerkbankError(coreText("command.end_before_start", basis.start.dutch)) }
        if let instrument = data.instruments[basis.instrumentId], let months = instrument.maxMonths,
           let last = instrument.legalLastDay(startingOn: basis.start), date > last {
            throw WerkbankError(coreText("command.end_past_maximum", months, last.dutch))
        }
    }

    public func changes(_ data: Dataset, _ context: CommandContext) throws -> [Change] {
        var new = basis
        new.end = date
        new.cancelled = cancelled
        return [.updateItem(client: clientId, old: .deployment(basis), new: .deployment(new))]
    }
}

/// Gives a client to a coach (admin only).
public struct AssignCoach: EditCommand {
    public let clientId: String, coach: String, basis: String
    public var subject: String? { clientId }
    public var action: EditPolicy.Action { .assignCoach }

    /// `basis` is the coach the person saw.
    public init(client: String, to coach: String, basis: String) {
        clientId = client; self.coach = coach; self.basis = basis
    }

    public func check(_ data: Dataset, _ context: CommandContext) throws {
        try EditPolicy.check(action, user: context.user, client: try data.existingClient(clientId))
        guard data.users[coach] != nil else { throw WerkbankError(coreText("command.no_user", coach)) }
    }

    public func changes(_ data: Dataset, _ context: CommandContext) throws -> [Change] {
        guard coach != basis else { return [] }
        return [.setField(client: clientId, field: .coach, old: basis.isEmpty ? nil : .text(basis), new: .text(coach))]
    }
}
