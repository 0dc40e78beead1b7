/// Rules for a melding: the client it names must exist, an aanvraag cannot precede the
/// melding and a besluit cannot precede the aanvraag.
public enum MeldingRules {
    /// Each problem with the exchange-format column it concerns.
    public static func problems(of melding: Melding, clientExists: (String) -> Bool) -> [(field: String, problem: FieldProblem)] {
        var problems: [(field: String, problem: FieldProblem)] = []
        if let clientId = melding.clientId, !clientId.isEmpty, !clientExists(clientId) {
            problems.append(("klant_id", FieldProblem(coreText("validation.unknown_client", clientId))))
        }
        if let application = melding.applicationDate, application < melding.date {
            problems.append(("datum_aanvraag", FieldProblem(coreText("validation.before_melding", application.dutch, melding.date.dutch))))
        }
        if let decided = melding.decisionDate {
            let earliest = melding.applicationDate ?? melding.date
            if decided < earliest {
                problems.append(("datum_besluit", FieldProblem(coreText("validation.end_before_start", decided.dutch, earliest.dutch))))
            }
        }
        return problems
    }
}
