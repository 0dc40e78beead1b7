import Foundation

/// Who may open which dossier, and when a reason is asked first (purpose-bound access):
///
/// - werkcoach: their own clients freely; another coach's client after stating a reason;
/// - intaker: clients in intake (no coach yet, or a melding without besluit) freely, others after a reason;
/// - supervisor (teamleider): figures and drill-down lists (BSN masked); a dossier after a reason;
/// - admin: a dossier after a reason.
///
/// What each role may change is decided by the commands, not here.
public enum ViewPolicy {
    public enum DossierAccess: Equatable, Sendable {
        case open
        /// The dossier opens after the user says why (`AccessReason`); the reason is audited.
        case reasonRequired
    }

    public static func dossierAccess(for user: User, to client: Client, in data: Dataset) -> DossierAccess {
        switch user.role {
        case .coach: return client.coach == user.name ? .open : .reasonRequired
        case .intaker: return isInIntake(client, in: data) ? .open : .reasonRequired
        case .supervisor, .admin: return .reasonRequired
        }
    }

    /// In intake: no coach assigned yet, or a melding of the client still waits for a besluit.
    public static func isInIntake(_ client: Client, in data: Dataset) -> Bool {
        client.coach.isEmpty || data.meldingen.values.contains { $0.clientId == client.id && $0.decision == nil }
    }

    /// The audit detail of a dossier view: `dossier`, with the reason when one was asked.
    public static func viewDetail(reason: AccessReason?, text: String) -> String {
        guard let reason else { return "dossier" }
        let trimmed = text.trimmingCharacters(in: .whitespacesAndNewlines)
        return "dossier; reden: " + reason.rawValue + (trimmed.isEmpty ? "" : " — " + trimmed)
    }
}

/// Why someone opens a dossier outside their own caseload ("Waarom open je dit dossier?").
public enum AccessReason: String, CaseIterable, Sendable {
    case replacement = "vervanging"
    case consultation = "overleg"
    case complaint = "klacht"
    case review = "controle"
    case other = "anders"

    public var label: String { coreText("access.reason.\(rawValue)") }
    /// "anders" needs a free text.
    public var needsText: Bool { self == .other }
}
