import Foundation

/// The rules a client's fields must keep when a command changes them (the forms show the same
/// messages as the person types; these are the ones that count).
enum ClientFieldRules {
    /// The first problem of `client` in the `changed` fields, nil when there is none.
    static func problem(_ client: Client, changed: Set<ClientField>, data: Dataset, today: Day) -> String? {
        for field in ClientField.allCases where changed.contains(field) {
            if let problem = problem(field, of: client, data: data, today: today) { return field.label + ": " + problem }
        }
        return nil
    }

    private static func problem(_ field: ClientField, of client: Client, data: Dataset, today: Day) -> String? {
        let isExemption = client.workObligation == .partialExemption || client.workObligation == .fullExemption
        switch field {
        case .lastName where client.lastName.trimmingCharacters(in: .whitespaces).isEmpty:
            return coreText("validation.required")
        case .bsn:
            guard let bsn = client.bsn else { return nil }
            do { _ = try Validate.bsn(bsn) } catch { return error.message }
            if let other = data.clients.values.first(where: { $0.bsn == bsn && $0.id != client.id }) {
                return coreText("validation.bsn_shared", other.id)
            }
        case .postcode where !client.postcode.isEmpty:
            do { _ = try Validate.postcode(client.postcode) } catch { return error.message }
        case .email where !client.email.isEmpty && !IntakeRules.isEmailAddress(client.email):
            return coreText("intake.email", client.email)
        case .birthDate where (client.birthDate ?? today) > today:
            return coreText("validation.birth_in_future", client.birthDate!.dutch)
        case .wageValueAssessment where (client.wageValueAssessment ?? today) > today:
            return coreText("command.date_in_future", client.wageValueAssessment!.dutch)
        case .children where !(0...20).contains(client.children):
            return coreText("command.out_of_range", client.children, 0, 20)
        case .hoursAvailable where !(0...60).contains(client.hoursAvailable ?? 0):
            return coreText("command.out_of_range", client.hoursAvailable ?? 0, 0, 60)
        case .exemptionReason, .workObligation:
            if isExemption && client.exemptionReason.isEmpty { return coreText("command.exemption_needs_reason") }
            if !isExemption && !client.exemptionReason.isEmpty { return coreText("command.reason_without_exemption") }
        case .exemptionEnd where !isExemption && client.exemptionEnd != nil:
            return coreText("command.end_without_exemption")
        default:
            break
        }
        return nil
    }

    /// A reason is mandatory for a ladder change.
    static func requireReason(_ reason: String) throws {
        if reason.trimmingCharacters(in: .whitespaces).isEmpty { throw WerkbankError(coreText("command.reason_required")) }
    }
}
