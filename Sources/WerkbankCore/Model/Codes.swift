/// Code lists of the exchange format (docs/exchange-format.md). The raw value is the code in CSV and
/// JSON; `label` is the text on screen (from the core string table).

public protocol CodeList: RawRepresentable, CaseIterable, Codable, Hashable, Sendable where RawValue == String {}

extension CodeList {
    public var code: String { rawValue }
    public var label: String { coreText("code.\(rawValue)") }
    public static var codes: [String] { allCases.map(\.rawValue) }
}

public enum TargetGroup: String, CodeList {
    case vulnerableSchoolLeaver = "pro_vso_entree"
    case youth = "jongere"
    case parent = "ouder"
    case statusHolder = "statushouder"
    case jobAgreement = "banenafspraak"
    case shelteredWork = "beschut"
    case over50 = "50plus"
}

public enum Barrier: String, CodeList {
    case education = "opleiding"
    case physical = "fysiek"
    case psychological = "psychisch"
    case social = "sociaal"
    case noWorkExperience = "werkervaring"
    case age = "leeftijd"
    case careTasks = "zorgtaken"
    case language = "taal"
    case debts = "schulden"
    case addiction = "verslaving"
    case transport = "vervoer"
    case childcare = "kinderopvang"
}

public enum WorkObligation: String, CodeList {
    case imposed = "opgelegd"
    case partialExemption = "gedeeltelijke_ontheffing"
    case fullExemption = "volledige_ontheffing"
}

public enum EndReason: String, CodeList {
    case work = "werk"
    case workViaSWB = "werk_swb"
    case selfEmployed = "zelfstandig"
    case moved = "verhuizing"
    case partnerIncome = "inkomen_partner"
    case study = "studie"
    case detention = "detentie"
    case pension = "aow"
    case death = "overlijden"
    case other = "overig"

    /// Outflow to work in the report sense: werk, werk via SWB or zelfstandig.
    public var isWork: Bool { self == .work || self == .workViaSWB || self == .selfEmployed }
}

public enum Decision: String, CodeList {
    case granted = "toegekend"
    case rejected = "afgewezen"
    case notProcessed = "buiten_behandeling"
    case withdrawn = "ingetrokken"
}

/// Why a melding did not lead to an aanvraag.
public enum NoApplicationReason: String, CodeList {
    case foundWork = "werk_gevonden"
    case ownMeans = "eigen_middelen"
    case referred = "doorverwezen"
    case other = "overig_geen_aanvraag"
}

/// Route choices for clients far from work; several may apply.
public enum Route: String, CodeList {
    case workCapacityAssessment = "aba"
    case medicalAdvice = "medisch_advies"
    case psychologicalAssessment = "psychisch_onderzoek"
    case labourExpert = "arbeidsdeskundige"
}

public enum Household: String, CodeList {
    case single = "alleenstaand"
    case singleParent = "alleenstaande_ouder"
    case couple = "samenwonend"
    case coupleWithChildren = "gezin"
}

public enum EducationLevel: String, CodeList {
    case none = "geen"
    case primary = "basisonderwijs"
    case vmbo = "vmbo"
    case mbo1 = "mbo1"
    case mbo2to4 = "mbo2_4"
    case havoVwo = "havo_vwo"
    case hboWo = "hbo_wo"
}

/// Dutch language level (CEFR), `native` for moedertaal.
public enum LanguageLevel: String, CodeList {
    case a0 = "a0", a1 = "a1", a2 = "a2", b1 = "b1", b2 = "b2", c1 = "c1"
    case native = "moedertaal"

    public var rank: Int { LanguageLevel.allCases.firstIndex(of: self)! }
}

public enum ContactChannel: String, CodeList {
    case meeting = "gesprek"
    case phone = "telefoon"
    case mail = "mail"
    case homeVisit = "huisbezoek"
}

public enum UserRole: String, CodeList {
    case coach = "werkcoach"
    case intaker = "intaker"
    case supervisor = "supervisor"
    case admin = "admin"
}

extension CodeList {
    /// Parses a code, accepting surrounding spaces and any letter case.
    public init?(code: String) {
        self.init(rawValue: code.trimmingCharacters(in: .whitespaces).lowercased())
    }
}

import Foundation
