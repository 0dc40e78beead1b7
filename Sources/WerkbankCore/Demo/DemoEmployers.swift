/// A kind of job an employer offers, used to write its vacancies.
struct DemoJob: Sendable {
    let title: String
    let description: String
    let hours: [Int]
    let requirements: [String]
    let drivingLicence: Bool
    let minimumLanguageLevel: LanguageLevel?
    let minimumRung: Rung?

    init(_ title: String, _ description: String, hours: [Int] = [32, 36, 38], requirements: [String] = [],
         drivingLicence: Bool = false, language: LanguageLevel? = .a2, rung: Rung? = .unpaidWork) {
        self.title = title; self.description = description; self.hours = hours; self.requirements = requirements
        self.drivingLicence = drivingLicence; self.minimumLanguageLevel = language; self.minimumRung = rung
    }

    /// The function without the training part: "Elektromonteur in opleiding" → "elektromonteur".
    var function: String { title.replacingOccurrences(of: " in opleiding", with: "").lowercased() }
}

/// An employer of the demo region with the jobs it typically offers.
struct DemoEmployerProfile: Sendable {
    let name: String
    let sector: String
    let city: String
    let areaCode: String
    let hartwerk: Bool
    let jobs: [DemoJob]
}

enum DemoEmployers {
    /// The twelve employers of the Hartwerk network as listed in seed 000 (letter of Hans van Es).
    static let hartwerk: [DemoEmployerProfile] = [
        DemoEmployerProfile(name: "Welbions Woningcorporatie", sector: "woningcorporatie", city: "Hengelo", areaCode: "074", hartwerk: true, jobs: [
            DemoJob("Medewerker huismeester", "Toezicht en klein onderhoud in complexen, aanspreekpunt voor huurders.", requirements: ["klantcontact"], language: .b1),
            DemoJob("Medewerker woningonderhoud", "Kleine reparaties in huurwoningen in Hengelo en Borne.", requirements: ["VCA", "timmeren"], drivingLicence: true),
        ]),
        DemoEmployerProfile(name: "Van der Geest Vastgoedonderhoud en Schildersbedrijf", sector: "schilders en onderhoud", city: "Enschede", areaCode: "053", hartwerk: true, jobs: [
            DemoJob("Leerling-schilder", "Schilderwerk binnen en buiten, opleiding in de praktijk (BBL).", requirements: ["schilderen"], rung: .organisedActivities),
            DemoJob("Schilder", "Zelfstandig schilderwerk bij renovatieprojecten.", requirements: ["schilderen", "VCA"], drivingLicence: true, rung: .paidWorkWithSupport),
        ]),
        DemoEmployerProfile(name: "Voskamp Groep", sector: "bouw en vastgoed", city: "Enschede", areaCode: "053", hartwerk: true, jobs: [
            DemoJob("Bouwplaatsmedewerker", "Hand- en spandiensten, bouwplaats schoon en veilig houden.", requirements: ["VCA"], language: .a1),
            DemoJob("Medewerker magazijn", "Materialen uitgeven en ontvangen, voorraad bijhouden.", requirements: ["magazijnwerk", "heftruck"]),
        ]),
        DemoEmployerProfile(name: "Dura Vermeer Hengelo", sector: "bouw en infra", city: "Hengelo", areaCode: "074", hartwerk: true, jobs: [
            DemoJob("Grondwerker", "Meewerken in de infra: bestrating, leidingwerk, grondwerk.", requirements: ["VCA"], drivingLicence: true, language: .a1),
            DemoJob("Timmerman in opleiding", "Timmerwerk op de bouwplaats, opleiding via BBL.", requirements: ["timmeren"], rung: .organisedActivities),
        ]),
        DemoEmployerProfile(name: "Bribus Keukens", sector: "keukenproductie", city: "Dinxperlo", areaCode: "0315", hartwerk: true, jobs: [
            DemoJob("Productiemedewerker keukens", "Kastonderdelen monteren aan de productielijn.", requirements: ["productiewerk"], language: .a1),
            DemoJob("Medewerker huishoudelijke dienst", "Kantine en kantoren schoonhouden.", hours: [20, 24], requirements: ["schoonmaak"], language: .a1, rung: .organisedActivities),
            DemoJob("Magazijnmedewerker", "Orderpicken en laden van keukens voor transport.", requirements: ["orderpicken", "heftruck"]),
        ]),
        DemoEmployerProfile(name: "Belderink Vastgoedonderhoud", sector: "vastgoedonderhoud", city: "Oldenzaal", areaCode: "0541", hartwerk: true, jobs: [
            DemoJob("Allround onderhoudsmedewerker", "Planmatig onderhoud aan woningen: timmeren, kitten, klein loodgieterswerk.", requirements: ["timmeren", "VCA"], drivingLicence: true, rung: .paidWorkWithSupport),
            DemoJob("Hulp timmerman", "Assisteren van de timmerman bij mutatieonderhoud.", requirements: ["timmeren"]),
        ]),
        DemoEmployerProfile(name: "Donkergroen Groep", sector: "groenvoorziening", city: "Enschede", areaCode: "053", hartwerk: true, jobs: [
            DemoJob("Medewerker groenvoorziening", "Maaien, snoeien en beplanten in openbaar groen (april-oktober).", requirements: ["groenvoorziening"], language: .a1, rung: .organisedActivities),
            DemoJob("Hovenier", "Aanleg en onderhoud van tuinen.", requirements: ["tuinonderhoud"], drivingLicence: true),
        ]),
        DemoEmployerProfile(name: "Boll Dakmanagement", sector: "dakdekkers", city: "Hengelo", areaCode: "074", hartwerk: true, jobs: [
            DemoJob("Dakdekker in opleiding", "Platte daken aanbrengen en herstellen, opleiding in de praktijk.", requirements: ["VCA"], language: .a2),
        ]),
        DemoEmployerProfile(name: "Geas Energiewacht", sector: "installatietechniek", city: "Enschede", areaCode: "053", hartwerk: true, jobs: [
            DemoJob("Servicemonteur cv in opleiding", "Onderhoud aan cv-ketels bij klanten thuis.", requirements: ["installatietechniek"], drivingLicence: true, language: .b1),
            DemoJob("Medewerker klantenservice", "Telefonisch afspraken plannen met klanten.", hours: [24, 32], requirements: ["klantcontact", "computervaardigheden"], language: .b2),
        ]),
        DemoEmployerProfile(name: "Installatiebedrijf Klein Poelhuis", sector: "installatietechniek", city: "Hengelo", areaCode: "074", hartwerk: true, jobs: [
            DemoJob("Leerling-installatiemonteur", "Leidingwerk en montage in nieuwbouw, BBL-opleiding.", requirements: ["techniek"], rung: .organisedActivities),
            DemoJob("Magazijnbeheerder", "Bestellingen klaarzetten voor monteurs.", requirements: ["magazijnwerk"], drivingLicence: true),
        ]),
        DemoEmployerProfile(name: "Brok Interieurbouw", sector: "interieurbouw", city: "Hengelo", areaCode: "074", hartwerk: true, jobs: [
            DemoJob("Meubelmaker in opleiding", "Interieurs maken in de werkplaats.", requirements: ["timmeren"]),
            DemoJob("Montagemedewerker", "Interieurs plaatsen bij klanten.", requirements: ["timmeren", "VCA"], drivingLicence: true),
        ]),
        DemoEmployerProfile(name: "Slooijer Electro", sector: "elektrotechniek", city: "Almelo", areaCode: "0546", hartwerk: true, jobs: [
            DemoJob("Elektromonteur in opleiding", "Elektrische installaties aanleggen in woningen en bedrijven.", requirements: ["elektrotechniek", "VCA"], language: .b1),
            DemoJob("Hulpmonteur", "Kabels trekken en dozen plaatsen met een ervaren monteur.", requirements: ["VCA"], language: .a2),
        ]),
    ]

    /// Other employers in the region (fictitious).
    static let regional: [DemoEmployerProfile] = [
        DemoEmployerProfile(name: "Twentse Schoonmaakgroep", sector: "schoonmaak", city: "Hengelo", areaCode: "074", hartwerk: false, jobs: [
            DemoJob("Schoonmaker kantoren", "Schoonmaak van kantoren in de avonduren.", hours: [12, 16, 20], requirements: ["schoonmaak"], language: .a0, rung: .organisedActivities),
        ]),
        DemoEmployerProfile(name: "Logistiek Centrum Twentekanaal", sector: "logistiek", city: "Hengelo", areaCode: "074", hartwerk: false, jobs: [
            DemoJob("Orderpicker", "Orders verzamelen met de scanner in ploegendienst.", requirements: ["orderpicken"], language: .a1),
            DemoJob("Heftruckchauffeur", "Laden en lossen van vrachtwagens.", requirements: ["heftruck", "VCA"]),
        ]),
        DemoEmployerProfile(name: "Zorgcentrum De Esch", sector: "zorg", city: "Hengelo", areaCode: "074", hartwerk: false, jobs: [
            DemoJob("Gastvrouw / gastheer", "Koffie en maaltijden rondbrengen, gezelschap voor bewoners.", hours: [16, 20, 24], requirements: ["klantcontact"], language: .b1),
            DemoJob("Helpende zorg in opleiding", "Verzorgende taken onder begeleiding, BBL niveau 2.", requirements: ["zorg"], language: .b1),
        ]),
        DemoEmployerProfile(name: "Bakkerij Ter Brugge", sector: "voedingsmiddelen", city: "Borne", areaCode: "074", hartwerk: false, jobs: [
            DemoJob("Productiemedewerker bakkerij", "Deeg verwerken en brood verpakken, vroege diensten.", requirements: ["productiewerk"], language: .a1),
        ]),
        DemoEmployerProfile(name: "Metaalbewerking Hengelo-Oost", sector: "metaal", city: "Hengelo", areaCode: "074", hartwerk: false, jobs: [
            DemoJob("Lasser", "MIG/MAG-lassen van constructiedelen.", requirements: ["lassen", "VCA"], rung: .paidWorkWithSupport),
            DemoJob("Productiemedewerker metaal", "Bedienen van kant- en zaagmachines.", requirements: ["productiewerk", "techniek"]),
        ]),
        DemoEmployerProfile(name: "Hotel-Restaurant De Driehoek", sector: "horeca", city: "Delden", areaCode: "074", hartwerk: false, jobs: [
            DemoJob("Keukenhulp", "Afwas en voorbereiden in de keuken.", hours: [16, 24, 32], requirements: ["koken"], language: .a1, rung: .organisedActivities),
            DemoJob("Bediening", "Gasten ontvangen en bedienen.", hours: [16, 24], requirements: ["horeca", "klantcontact"], language: .b1),
        ]),
        DemoEmployerProfile(name: "Kringloop Hengelo", sector: "kringloop en retail", city: "Hengelo", areaCode: "074", hartwerk: false, jobs: [
            DemoJob("Medewerker kringloopwinkel", "Spullen sorteren, prijzen en verkopen.", hours: [16, 24, 32], requirements: ["verkoop"], language: .a1, rung: .organisedActivities),
            DemoJob("Chauffeur ophaaldienst", "Ophalen en bezorgen van meubels.", requirements: ["chauffeur"], drivingLicence: true),
        ]),
        DemoEmployerProfile(name: "Supermarkt Driene", sector: "retail", city: "Hengelo", areaCode: "074", hartwerk: false, jobs: [
            DemoJob("Vakkenvuller", "Vakken vullen en winkel netjes houden.", hours: [12, 16, 24], requirements: [], language: .a1, rung: .organisedActivities),
            DemoJob("Caissière", "Afrekenen aan de kassa.", hours: [16, 24], requirements: ["kassawerk", "klantcontact"], language: .a2),
        ]),
        DemoEmployerProfile(name: "Gemeente Hengelo, Stadsbeheer", sector: "overheid", city: "Hengelo", areaCode: "074", hartwerk: false, jobs: [
            DemoJob("Medewerker straatreiniging", "Zwerfvuil opruimen en prullenbakken legen.", requirements: [], language: .a1, rung: .organisedActivities),
        ]),
        DemoEmployerProfile(name: "Transportbedrijf Nijhof", sector: "transport", city: "Almelo", areaCode: "0546", hartwerk: false, jobs: [
            DemoJob("Bijrijder", "Helpen bij laden, lossen en bezorgen.", requirements: [], drivingLicence: false, language: .a2),
            DemoJob("Bezorger", "Pakketten bezorgen in de regio.", requirements: ["chauffeur"], drivingLicence: true, language: .a2),
        ]),
        DemoEmployerProfile(name: "Callcenter TwenteConnect", sector: "klantcontact", city: "Enschede", areaCode: "053", hartwerk: false, jobs: [
            DemoJob("Klantenservicemedewerker", "Vragen van klanten beantwoorden via telefoon en chat.", hours: [20, 24, 32], requirements: ["klantcontact", "computervaardigheden"], language: .b2, rung: .paidWorkWithSupport),
        ]),
    ]

    static let all = hartwerk + regional
}
