/// The records and client items a snapshot holds in large numbers, read straight from the tape
/// (see `TapeDecodable`); members in declaration order, as the synthesized `init(from:)` reads them.

extension BenefitPeriod: TapeDecodable {
    init(tape object: TapeObject) throws {
        self.init(id: try object.string("id"), start: try object.day("start"), end: try object.optionalDay("end"),
                  endReason: try object.optionalCode("endReason"))
    }
}

extension ContactNote: TapeDecodable {
    init(tape object: TapeObject) throws {
        self.init(id: try object.string("id"), date: try object.day("date"), by: try object.string("by"),
                  channel: try object.code("channel"), text: try object.string("text"))
    }
}

extension NoteList {
    /// Either form of `NoteList`'s JSON (see its `Codable`): a list of whole notes, or the stored
    /// notes' blocks, dates and ids and the held ones whole.
    init(tape value: TapeValue) throws {
        guard value.document.tape[value.index].kind == .object else {
            self.init(try value.array { try $0.decode(ContactNote.self) }.map(NoteRef.init))
            return
        }
        let object = try value.object()
        let ids = try object.strings("ids")
        let dates = try object.array("dates") { try $0.day() }
        let pairs = try object.array("at") { pair in try pair.array { try $0.int() } }
        // What the Codable path refuses, it is asked to refuse (same message).
        guard ids.count == dates.count, pairs.allSatisfy({ $0.count == 2 && $0[0] >= 0 && $0[1] > 0 }) else {
            self = try value.decodable()
            return
        }
        let blocks = pairs.map { NoteBlock(offset: $0[0], length: $0[1]) }
        let held = try object.optionalValue("held")?.array { try $0.decode(ContactNote.self) } ?? []
        self.init(zip(ids, dates).map { NoteRef(storedId: $0, date: $1) } + held.map(NoteRef.init), blocks: blocks)
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
