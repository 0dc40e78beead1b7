/// The records and client items a snapshot holds in large numbers, read straight from the tape
/// (see `TapeDecodable`); members in declaration order, as the synthesized `init(from:)` reads them.
/// (`ContactNote` is left to `Codable`: `Client.notes` is changing form.)

extension BenefitPeriod: TapeDecodable {
    init(tape object: TapeObject) throws {
        self.init(id: try object.string("id"), start: try object.day("start"), end: try object.optionalDay("end"),
                  endReason: try object.optionalCode("endReason"))
    }
}

extension PlanAction: TapeDecodable {
    init(tape object: TapeObject) throws {
        self.init(id: try object.string("id"), title: try object.string("title"), due: try object.day("due"),
                  status: try object.code("status"), by: try object.string("by"), doneOn: try object.optionalDay("doneOn"))
    }
}

extension LadderObservation: TapeDecodable {
    init(tape object: TapeObject) throws {
        self.init(id: try object.string("id"), date: try object.day("date"), kind: try object.code("kind"),
                  rung: try object.code("rung"), by: try object.string("by"), reason: try object.string("reason"),
                  targetDate: try object.optionalDay("targetDate"))
    }
}

extension InstrumentDeployment: TapeDecodable {
    init(tape object: TapeObject) throws {
        self.init(id: try object.string("id"), instrumentId: try object.string("instrumentId"), start: try object.day("start"),
                  end: try object.optionalDay("end"), hoursPerMonth: try object.optionalDouble("hoursPerMonth"),
                  amount: try object.optionalDouble("amount"), employerId: try object.optionalString("employerId"),
                  note: try object.string("note"), by: try object.string("by"), cancelled: try object.bool("cancelled"))
    }
}

extension Melding: TapeDecodable {
    init(tape object: TapeObject) throws {
        self.init(id: try object.string("id"), clientId: try object.optionalString("clientId"), date: try object.day("date"),
                  channel: try object.string("channel"), question: try object.string("question"), name: try object.string("name"),
                  birthDate: try object.optionalDay("birthDate"), bsn: try object.optionalString("bsn"),
                  applicationDate: try object.optionalDay("applicationDate"),
                  earlyApplicationReason: try object.string("earlyApplicationReason"),
                  noApplicationReason: try object.optionalCode("noApplicationReason"), decision: try object.optionalCode("decision"),
                  decisionDate: try object.optionalDay("decisionDate"), decisionReason: try object.string("decisionReason"),
                  by: try object.string("by"))
    }
}

extension Placement: TapeDecodable {
    init(tape object: TapeObject) throws {
        self.init(id: try object.string("id"), clientId: try object.string("clientId"), employerId: try object.string("employerId"),
                  vacancyId: try object.optionalString("vacancyId"), stage: try object.code("stage"),
                  proposed: try object.optionalDay("proposed"), trialStart: try object.optionalDay("trialStart"),
                  temporaryStart: try object.optionalDay("temporaryStart"), permanentStart: try object.optionalDay("permanentStart"),
                  end: try object.optionalDay("end"), endReason: try object.string("endReason"), by: try object.string("by"))
    }
}

extension Proposal: TapeDecodable {
    init(tape object: TapeObject) throws {
        self.init(id: try object.string("id"), clientId: try object.string("clientId"), vacancyId: try object.string("vacancyId"),
                  employerId: try object.string("employerId"), proposedBy: try object.string("proposedBy"),
                  throughCoach: try object.optionalString("throughCoach"), date: try object.day("date"),
                  answer: try object.optionalCode("answer"), answerReason: try object.string("answerReason"),
                  answerDate: try object.optionalDay("answerDate"))
    }
}
