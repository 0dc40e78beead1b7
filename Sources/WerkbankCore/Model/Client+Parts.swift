/// The parts of a client record that a snapshot of schema 4 keeps in sections of their own
/// (docs/data-format.md), so that a reader needing only some of them (a report) reads only those.
/// Every member of `Client` is in exactly one part; the id is in each.
public enum ClientPart: String, CaseIterable, Sendable {
    /// Who the client is and whose caseload: BSN, names, birth date, postcode, district, coach,
    /// routes, target groups, work obligation and exemption, version.
    case core
    /// Contact details and the profile: address, phone, e-mail, household, education, experience,
    /// language, barriers, origin, inburgering, skills, certificates, licence, wishes, hours,
    /// loonwaardemeting, profile confirmation.
    case profile
    case benefits, ladder, notes, actions, deployments
}

/// One part of one client, as a line of its section holds it. The two cases that carry a whole
/// (mostly empty) client are boxed, so that a value of the other parts stays small to move.
enum ClientPartValue {
    /// A client with only the core members (the others empty).
    indirect case core(Client)
    /// A client with only the profile members.
    indirect case profile(Client)
    case benefits([BenefitPeriod])
    case ladder([LadderObservation])
    case notes(NoteList)
    case actions([PlanAction])
    case deployments([InstrumentDeployment])
}

extension Client {
    /// How many clients a line of a client section holds: few lines keep the cost per line low,
    /// enough lines keep both cores busy.
    static let clientsPerSectionLine = 64

    /// A line of a client section: the ids of a run of clients and, in the same order, the part of
    /// each (`{"ids":[…],"ladder":[[…],[…]]}`). Members are written as the synthesized `Codable`
    /// writes them (an optional that is nil is left out).
    struct PartBlock: Encodable {
        let clients: [Client]
        let part: ClientPart

        func encode(to encoder: Encoder) throws {
            var container = encoder.container(keyedBy: JSONKey.self)
            try container.encode(clients.map(\.id), forKey: JSONKey(stringValue: "ids"))
            try container.encode(clients.map { PartMembers(client: $0, part: part) }, forKey: JSONKey(stringValue: part.rawValue))
        }
    }

    /// One client's members of one part: an object for the core and the profile, else the list.
    struct PartMembers: Encodable {
        let client: Client
        let part: ClientPart

        private enum Key: String, CodingKey {
            case bsn, firstName, infix, lastName, birthDate, postcode, district, address, phone, email
            case household, children, education, workExperience, languageLevel, targetGroups, barriers
            case workObligation, exemptionReason, exemptionEnd, countryOfOrigin, inburgering, skills
            case certificates, drivingLicence, wishes, hoursAvailable, coach, routes, wageValueAssessment
            case profileConfirmed, version
        }

        func encode(to encoder: Encoder) throws {
            switch part {
            case .core: try encodeCore(to: encoder)
            case .profile: try encodeProfile(to: encoder)
            case .benefits: try client.benefits.encode(to: encoder)
            case .ladder: try client.ladder.encode(to: encoder)
            case .notes: try client.notes.encode(to: encoder)
            case .actions: try client.actions.encode(to: encoder)
            case .deployments: try client.deployments.encode(to: encoder)
            }
        }

        private func encodeCore(to encoder: Encoder) throws {
            var container = encoder.container(keyedBy: Key.self)
            try container.encodeIfPresent(client.bsn, forKey: .bsn)
            try container.encode(client.firstName, forKey: .firstName)
            try container.encode(client.infix, forKey: .infix)
            try container.encode(client.lastName, forKey: .lastName)
            try container.encodeIfPresent(client.birthDate, forKey: .birthDate)
            try container.encode(client.postcode, forKey: .postcode)
            try container.encode(client.district, forKey: .district)
            try container.encode(client.targetGroups, forKey: .targetGroups)
            try container.encodeIfPresent(client.workObligation, forKey: .workObligation)
            try container.encode(client.exemptionReason, forKey: .exemptionReason)
            try container.encodeIfPresent(client.exemptionEnd, forKey: .exemptionEnd)
            try container.encode(client.coach, forKey: .coach)
            try container.encode(client.routes, forKey: .routes)
            try container.encode(client.version, forKey: .version)
        }

        private func encodeProfile(to encoder: Encoder) throws {
            var container = encoder.container(keyedBy: Key.self)
            try container.encode(client.address, forKey: .address)
            try container.encode(client.phone, forKey: .phone)
            try container.encode(client.email, forKey: .email)
            try container.encodeIfPresent(client.household, forKey: .household)
            try container.encode(client.children, forKey: .children)
            try container.encodeIfPresent(client.education, forKey: .education)
            try container.encode(client.workExperience, forKey: .workExperience)
            try container.encodeIfPresent(client.languageLevel, forKey: .languageLevel)
            try container.encode(client.barriers, forKey: .barriers)
            try container.encode(client.countryOfOrigin, forKey: .countryOfOrigin)
            try container.encode(client.inburgering, forKey: .inburgering)
            try container.encode(client.skills, forKey: .skills)
            try container.encode(client.certificates, forKey: .certificates)
            try container.encode(client.drivingLicence, forKey: .drivingLicence)
            try container.encode(client.wishes, forKey: .wishes)
            try container.encodeIfPresent(client.hoursAvailable, forKey: .hoursAvailable)
            try container.encodeIfPresent(client.wageValueAssessment, forKey: .wageValueAssessment)
            try container.encodeIfPresent(client.profileConfirmed, forKey: .profileConfirmed)
        }
    }

    /// Reads a line of a client section of `part`: each client's id and part, in order.
    static func readPartBlock(_ part: ClientPart, from object: TapeObject) throws -> [(id: String, value: ClientPartValue)] {
        let ids = try object.strings("ids")
        let countError = DecodingError.dataCorrupted(.init(codingPath: [JSONKey(stringValue: part.rawValue)],
                                                           debugDescription: coreText("store.part_count", ids.count)))
        var position = 0
        let values = try object.array(part.rawValue) { element -> ClientPartValue in
            guard position < ids.count else { throw countError }
            defer { position += 1 }
            return try readPart(part, id: ids[position], from: element)
        }
        guard values.count == ids.count else { throw countError }
        return Array(zip(ids, values))
    }

    /// One client's part, as `PartMembers` writes it.
    private static func readPart(_ part: ClientPart, id: String, from value: TapeValue) throws -> ClientPartValue {
        switch part {
        case .core:
            let object = try value.object()
            return .core(Client(
                id: id, bsn: try object.optionalString("bsn"), firstName: try object.string("firstName"),
                infix: try object.string("infix"), lastName: try object.string("lastName"),
                birthDate: try object.optionalDay("birthDate"), postcode: try object.string("postcode"),
                district: try object.string("district"), targetGroups: try object.codes("targetGroups"),
                workObligation: try object.optionalCode("workObligation"),
                exemptionReason: try object.string("exemptionReason"), exemptionEnd: try object.optionalDay("exemptionEnd"),
                coach: try object.string("coach"), routes: try object.codes("routes"), version: try object.int("version")))
        case .profile:
            let object = try value.object()
            return .profile(Client(
                id: id, address: try object.string("address"), phone: try object.string("phone"),
                email: try object.string("email"), household: try object.optionalCode("household"),
                children: try object.int("children"), education: try object.optionalCode("education"),
                workExperience: try object.string("workExperience"), languageLevel: try object.optionalCode("languageLevel"),
                barriers: try object.codes("barriers"), countryOfOrigin: try object.string("countryOfOrigin"),
                inburgering: try object.string("inburgering"), skills: try object.strings("skills"),
                certificates: try object.strings("certificates"), drivingLicence: try object.bool("drivingLicence"),
                wishes: try object.string("wishes"), hoursAvailable: try object.optionalInt("hoursAvailable"),
                wageValueAssessment: try object.optionalDay("wageValueAssessment"),
                profileConfirmed: try object.optionalDay("profileConfirmed")))
        case .benefits: return .benefits(try value.array { try $0.decode() })
        case .ladder: return .ladder(try value.array { try $0.decode() })
        case .notes: return .notes(try NoteList(tape: value))
        case .actions: return .actions(try value.array { try $0.decode() })
        case .deployments: return .deployments(try value.array { try $0.decode() })
        }
    }

    /// Takes the members of a part other than the core one (which is the record itself).
    mutating func take(_ value: ClientPartValue) {
        switch value {
        case .core: break
        case .profile(let profile):
            address = profile.address; phone = profile.phone; email = profile.email
            household = profile.household; children = profile.children; education = profile.education
            workExperience = profile.workExperience; languageLevel = profile.languageLevel
            barriers = profile.barriers; countryOfOrigin = profile.countryOfOrigin
            inburgering = profile.inburgering; skills = profile.skills; certificates = profile.certificates
            drivingLicence = profile.drivingLicence; wishes = profile.wishes
            hoursAvailable = profile.hoursAvailable; wageValueAssessment = profile.wageValueAssessment
            profileConfirmed = profile.profileConfirmed
        case .benefits(let value): benefits = value
        case .ladder(let value): ladder = value
        case .notes(let value): notes = value
        case .actions(let value): actions = value
        case .deployments(let value): deployments = value
        }
    }
}
