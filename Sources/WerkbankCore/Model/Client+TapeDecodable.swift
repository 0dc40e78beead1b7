/// The snapshot's hot path: a client read straight from the tape (see `TapeDecodable`), every
/// member in declaration order like the synthesized `init(from:)`, so the first fault reported is
/// the same (`notes`, read last, excepted).
extension Client: TapeDecodable {
    init(tape object: TapeObject) throws {
        self.init(
            id: try object.string("id"), bsn: try object.optionalString("bsn"), firstName: try object.string("firstName"),
            infix: try object.string("infix"), lastName: try object.string("lastName"),
            birthDate: try object.optionalDay("birthDate"), postcode: try object.string("postcode"),
            district: try object.string("district"), address: try object.string("address"), phone: try object.string("phone"),
            email: try object.string("email"), household: try object.optionalCode("household"),
            children: try object.int("children"), education: try object.optionalCode("education"),
            workExperience: try object.string("workExperience"), languageLevel: try object.optionalCode("languageLevel"),
            targetGroups: try object.codes("targetGroups"), barriers: try object.codes("barriers"),
            workObligation: try object.optionalCode("workObligation"), exemptionReason: try object.string("exemptionReason"),
            exemptionEnd: try object.optionalDay("exemptionEnd"), countryOfOrigin: try object.string("countryOfOrigin"),
            inburgering: try object.string("inburgering"), skills: try object.strings("skills"),
            certificates: try object.strings("certificates"), drivingLicence: try object.bool("drivingLicence"),
            wishes: try object.string("wishes"), hoursAvailable: try object.optionalInt("hoursAvailable"),
            coach: try object.string("coach"), routes: try object.codes("routes"),
            wageValueAssessment: try object.optionalDay("wageValueAssessment"), benefits: try object.objects("benefits"),
            ladder: try object.objects("ladder"), notes: [],
            actions: try object.objects("actions"), deployments: try object.objects("deployments"),
            profileConfirmed: try object.optionalDay("profileConfirmed"), version: try object.int("version"))
        notes = try NoteList(tape: object.value("notes"))
    }
}
