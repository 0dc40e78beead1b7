/// Finds the client a melding may be about, so nobody gets a second record: the same BSN, or
/// the same first name, surname (with tussenvoegsel) and birth date, ignoring case and accents.
public enum IntakeDuplicates {
    public enum Reason: Equatable, Sendable {
        case bsn
        case nameAndBirthDate
    }

    public struct Match: Equatable, Sendable {
        public var clientId: String
        public var reason: Reason
    }

    /// Matches in `clients`, BSN matches first, each client once, ordered by id.
    public static func matches<Clients: Sequence>(bsn: String, firstName: String, infix: String, lastName: String,
                                                  birthDate: Day?, in clients: Clients) -> [Match] where Clients.Element == Client {
        let bsn = bsn.trimmingCharacters(in: .whitespaces)
        let name = nameKey(first: firstName, infix: infix, last: lastName)
        var byBSN: [Match] = []
        var byName: [Match] = []
        for client in clients {
            if !bsn.isEmpty, client.bsn == bsn {
                byBSN.append(Match(clientId: client.id, reason: .bsn))
            } else if let birthDate, !name.isEmpty, client.birthDate == birthDate,
                      nameKey(first: client.firstName, infix: client.infix, last: client.lastName) == name {
                byName.append(Match(clientId: client.id, reason: .nameAndBirthDate))
            }
        }
        return byBSN.sorted { $0.clientId < $1.clientId } + byName.sorted { $0.clientId < $1.clientId }
    }

    /// The first possible match for a melding form that the intaker has not linked or declined.
    public static func firstMatch(for form: IntakeForm, in clients: RecordTable<Client>) -> Match? {
        guard form.isEmpty(.linkedClient) else { return nil }
        let declined = Set(form[.declinedMatches].split(separator: ",").map(String.init))
        let bsn = BSN.isValid(form.text(.bsn)) ? form.text(.bsn) : ""
        return matches(bsn: bsn, firstName: form.text(.firstName), infix: form.text(.infix), lastName: form.text(.lastName),
                       birthDate: form.day(.birthDate), in: clients.values)
            .first { !declined.contains($0.clientId) }
    }

    /// First name and full surname folded; empty unless both are given.
    static func nameKey(first: String, infix: String, last: String) -> String {
        let first = DutchName.fold(first.trimmingCharacters(in: .whitespaces))
        let surname = DutchName.fold((infix + last).filter { !$0.isWhitespace })
        return first.isEmpty || surname.isEmpty ? "" : first + "\u{1}" + surname
    }
}
