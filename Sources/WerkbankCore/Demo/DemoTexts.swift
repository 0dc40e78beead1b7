/// A former occupation: the words for the work-experience field and the skills and
/// certificates that usually come with it.
struct DemoOccupation: Sendable {
    let name: String
    let skills: [String]
    let certificates: [String]
    let needsDrivingLicence: Bool

    init(_ name: String, skills: [String], certificates: [String] = [], drivingLicence: Bool = false) {
        self.name = name; self.skills = skills; self.certificates = certificates; self.needsDrivingLicence = drivingLicence
    }
}

/// The Dutch words of the demo records: texts a coach or intaker would have typed.
enum DemoTexts {
    static let occupations: [DemoOccupation] = [
        DemoOccupation("productiemedewerker", skills: ["productiewerk"], certificates: ["VCA"]),
        DemoOccupation("magazijnmedewerker", skills: ["magazijnwerk", "orderpicken"], certificates: ["heftruck", "reachtruck"]),
        DemoOccupation("schoonmaker", skills: ["schoonmaak"]),
        DemoOccupation("kassamedewerker", skills: ["kassawerk", "klantcontact", "verkoop"]),
        DemoOccupation("bouwvakker", skills: ["timmeren"], certificates: ["VCA"]),
        DemoOccupation("schilder", skills: ["schilderen"], certificates: ["VCA"]),
        DemoOccupation("hovenier", skills: ["tuinonderhoud", "groenvoorziening"]),
        DemoOccupation("kok", skills: ["koken", "horeca"], certificates: ["SVH Sociale Hygiëne"]),
        DemoOccupation("medewerker bediening", skills: ["horeca", "klantcontact"]),
        DemoOccupation("chauffeur", skills: ["chauffeur"], certificates: ["code 95"], drivingLicence: true),
        DemoOccupation("administratief medewerker", skills: ["administratie", "computervaardigheden"]),
        DemoOccupation("helpende zorg", skills: ["zorg", "klantcontact"], certificates: ["BHV", "EHBO"]),
        DemoOccupation("lasser", skills: ["lassen", "techniek"], certificates: ["VCA"]),
        DemoOccupation("monteur", skills: ["techniek", "installatietechniek", "elektrotechniek"], certificates: ["VCA", "hoogwerker"]),
        DemoOccupation("callcentermedewerker", skills: ["klantcontact", "computervaardigheden"]),
        DemoOccupation("kapper", skills: ["kapper", "klantcontact"]),
        DemoOccupation("pakketbezorger", skills: ["chauffeur"], drivingLicence: true),
        DemoOccupation("verkoopmedewerker", skills: ["verkoop", "klantcontact"]),
    ]

    static let experienceKinds = ["", " (uitzendwerk)", " via een uitzendbureau", " in vaste dienst", " (tijdelijke contracten)"]

    static let wishes = [
        "Wil graag buiten werken", "Zoekt werk in de zorg, parttime", "Wil overdag werken i.v.m. de kinderen",
        "Wil een heftruckcertificaat halen", "Liefst werk in Hengelo, heeft geen auto", "Wil in de techniek werken",
        "Wil een eigen bedrijf starten", "Wil graag met mensen werken", "Geen nachtdiensten",
        "Wil eerst de taal goed leren", "Wil een opleiding volgen (BBL)", "Zoekt vast werk, liefst in de productie",
        "Wil terug naar het oude vak", "Wil rustig werk zonder klantcontact", "Wil in de groenvoorziening werken",
    ]

    static let fullExemptionReasons = [
        "medische beperkingen (advies arbeidsdeskundige)", "ernstige psychische problematiek",
        "mantelzorg voor een gezinslid", "in behandeling bij verslavingszorg", "dakloos: eerst stabiliseren",
    ]

    static let partialExemptionReasons = [
        "alleenstaande ouder met kind jonger dan 5 jaar", "beperkt belastbaar: maximaal 16 uur per week",
        "schuldhulpverlening loopt", "inburgering loopt: eerst taal", "gedeeltelijk arbeidsvermogen (medisch advies)",
    ]

    static let inburgering = [
        "inburgeringsplichtig, traject loopt", "inburgering afgerond (A2)", "inburgering afgerond (B1)",
        "B1-route", "Z-route", "ontheffing inburgering (medisch)",
    ]

    static let startReasons = ["vastgesteld bij intake", "intake: eerste inschatting na diagnosegesprek", "inschatting na melding en intake"]

    static let expectedReasons: [Rung: String] = [
        .isolated: "eerst stabiliseren, zorg en hulpverlening op orde",
        .socialContacts: "meer sociale contacten via activiteiten in de wijk",
        .organisedActivities: "deelname aan dagbesteding of taalcursus",
        .unpaidWork: "vrijwilligerswerk als opstap naar werk binnen twee jaar",
        .paidWorkWithSupport: "met ondersteuning (jobcoach, loonkostensubsidie) aan het werk",
        .paidWork: "binnen een jaar aan het werk zonder ondersteuning",
    ]

    static let upReasons = [
        "start vrijwilligerswerk", "neemt deel aan dagbesteding", "volgt taalcursus en komt vaker buiten de deur",
        "cursus afgerond, klaar voor een werkervaringsplek", "werkt met ondersteuning bij een werkgever",
        "proefplaatsing gestart", "schulden geregeld, meer ruimte voor werk",
    ]

    static let downReasons = [
        "terugval door gezondheidsklachten", "psychische klachten toegenomen", "gestopt met vrijwilligerswerk",
        "problemen in de thuissituatie", "opname in het ziekenhuis",
    ]

    static let sameReasons = ["herbeoordeling: geen wijziging", "periodieke evaluatie, positie ongewijzigd", "voortgangsgesprek: nog niet toe aan een volgende stap"]

    static let workReason = "uitgestroomd naar betaald werk"

    static let noteOpenings: [ContactChannel: [String]] = [
        .meeting: ["Gesprek op het Werkplein.", "Afspraak op kantoor.", "Voortgangsgesprek."],
        .phone: ["Telefonisch contact.", "Klant gebeld.", "Klant belde zelf."],
        .mail: ["Mail van klant ontvangen.", "Per mail contact gehad."],
        .homeVisit: ["Huisbezoek afgelegd.", "Op huisbezoek geweest."],
    ]

    static let noteTopics: [ClientGroup: [String]] = [
        .socialParticipation: [
            "Klant geeft aan weinig buiten de deur te komen.", "Besproken hoe het gaat met de gezondheid.",
            "Dagbesteding bij Wijkracht bevalt goed.", "Klant maakt zich zorgen over schulden; doorverwezen naar schuldhulpverlening.",
            "Taalcursus loopt, klant oefent thuis met een taalmaatje.", "Klant heeft een afspraak bij de huisarts gehad.",
        ],
        .vulnerableMiddle: [
            "Vrijwilligerswerk loopt goed, klant is elke week aanwezig.", "Besproken welke cursus past: VCA of heftruck.",
            "Cv samen bijgewerkt.", "Klant wil graag in de groenvoorziening werken.", "Werkervaringsplek besproken.",
            "Klant twijfelt over de haalbaarheid van 32 uur; eerst 16 uur proberen.",
        ],
        .selfReliant: [
            "Vacatures doorgenomen.", "Klant heeft twee sollicitaties verstuurd.", "Sollicitatiegesprek voorbereid.",
            "Klant is voorgesteld bij een werkgever.", "Loonwaardemeting besproken met de arbeidsdeskundige.",
            "Klant werkt deeltijd; inkomsten doorgegeven.",
        ],
        .unknown: ["Diagnose loopt nog, wacht op medisch advies.", "Klant kon de afspraak niet nakomen; nieuwe afspraak gemaakt."],
    ]

    static let noteAgreements = [
        "Over twee weken opnieuw contact.", "Volgende afspraak over een maand.", "Klant stuurt bewijs van sollicitaties.",
        "Klant meldt zich aan bij het Leerwerkloket.", "", "Afspraken vastgelegd in het plan van aanpak.",
    ]

    static let intakeNote = "Intakegesprek gevoerd. Situatie, opleiding en werkervaring in kaart gebracht; startpositie op de ladder bepaald."

    static let actions: [ClientGroup: [String]] = [
        .socialParticipation: ["Aanmelden dagbesteding Wijkracht", "Kennismaking participatiecoach", "Afspraak schuldhulpverlening",
                               "Medisch advies aanvragen", "Intake taalcursus NT2", "Huisbezoek plannen"],
        .vulnerableMiddle: ["Vrijwilligerswerk zoeken via Wijkracht", "Aanmelden cursus VCA bij het Leerwerkloket", "Cv bijwerken",
                            "Werkervaringsplek zoeken", "Evaluatie vrijwilligerswerk"],
        .selfReliant: ["Solliciteren op drie vacatures", "Sollicitatiegesprek voorbereiden", "Voorstellen bij werkgever",
                       "Loonwaardemeting aanvragen", "Inschrijven bij uitzendbureaus"],
        .unknown: ["Medisch advies opvragen", "Diagnosegesprek afronden"],
    ]

    static let commonActions = ["Herbeoordeling ontheffing arbeidsplicht", "Bewijsstukken inleveren", "Evaluatie plan van aanpak"]

    static let meldingChannels = ["balie", "telefoon", "digitaal"]

    static let meldingQuestions = [
        "aanvraag bijstand levensonderhoud", "einde WW-uitkering, vraagt naar bijstand", "geen inkomen na scheiding",
        "na ontslag geen inkomen", "einde studiefinanciering", "statushouder, gehuisvest in Hengelo",
    ]

    static let earlyApplicationReasons = ["dakloos", "acute financiële nood", "zorg voor jonge kinderen"]

    static let decisionReasons: [Decision: [String]] = [
        .granted: ["recht vastgesteld"],
        .rejected: ["vermogen boven de vermogensgrens", "inkomen partner boven de norm", "woont niet in Hengelo", "geen rechtmatig verblijf"],
        .notProcessed: ["gevraagde stukken niet ingeleverd", "niet verschenen op de afspraak"],
        .withdrawn: ["werk gevonden tijdens de zoektijd", "aanvraag ingetrokken door de klant"],
    ]

    static let failedPlacementReasons = [
        "proefplaatsing niet omgezet in een contract", "klant gestopt (gezondheid)", "werkgever: onvoldoende match",
    ]

    static let endedContractReason = "tijdelijk contract niet verlengd"
}
