/// What the demo vacancies and employers carry beyond the basics: carved jobs (tasks with the
/// skills they need), skills wished for per sector, the physical load per sector and the roles
/// of contact persons.
enum DemoEmployerDetails {
    /// Jobs split into tasks (job carving), by vacancy title.
    static let carved: [String: [VacancyTask]] = [
        "Medewerker magazijn": [
            VacancyTask(name: "goederen ontvangen en controleren", skills: ["magazijnwerk"], hoursPerWeek: 16),
            VacancyTask(name: "heftruck rijden", skills: ["heftruck"], hoursPerWeek: 8),
            VacancyTask(name: "voorraad tellen", skills: [], hoursPerWeek: 8),
        ],
        "Magazijnmedewerker": [
            VacancyTask(name: "orders verzamelen", skills: ["orderpicken"], hoursPerWeek: 20),
            VacancyTask(name: "laden met de heftruck", skills: ["heftruck"], hoursPerWeek: 8),
            VacancyTask(name: "verpakken", skills: [], hoursPerWeek: 8),
        ],
        "Allround onderhoudsmedewerker": [
            VacancyTask(name: "timmerwerk", skills: ["timmeren"], hoursPerWeek: 16),
            VacancyTask(name: "kitten en schilderen", skills: ["schilderen"], hoursPerWeek: 8),
            VacancyTask(name: "materiaal halen en opruimen", skills: [], hoursPerWeek: 8),
        ],
        "Medewerker kringloopwinkel": [
            VacancyTask(name: "spullen sorteren", skills: [], hoursPerWeek: 8),
            VacancyTask(name: "prijzen en verkopen", skills: ["verkoop"], hoursPerWeek: 8),
            VacancyTask(name: "kassa", skills: ["kassawerk"], hoursPerWeek: 8),
        ],
        "Keukenhulp": [
            VacancyTask(name: "afwassen", skills: [], hoursPerWeek: 8),
            VacancyTask(name: "groente snijden en voorbereiden", skills: ["koken"], hoursPerWeek: 8),
            VacancyTask(name: "kantine schoonhouden", skills: ["schoonmaak"], hoursPerWeek: 8),
        ],
        "Productiemedewerker keukens": [
            VacancyTask(name: "kastonderdelen monteren", skills: ["productiewerk"], hoursPerWeek: 16),
            VacancyTask(name: "fronten afwerken", skills: ["timmeren"], hoursPerWeek: 12),
            VacancyTask(name: "inpakken", skills: [], hoursPerWeek: 8),
        ],
    ]

    /// Skills that are a plus, by employer sector.
    static let desired: [String: [String]] = [
        "zorg": ["BHV"],
        "horeca": ["BHV", "hygiëne"],
        "logistiek": ["scanner"],
        "bouw en infra": ["heftruck"],
        "klantcontact": ["Engels"],
    ]

    static let physicalLoad: [String: PhysicalLoad] = [
        "bouw en vastgoed": .heavy, "bouw en infra": .heavy, "dakdekkers": .heavy, "groenvoorziening": .heavy,
        "metaal": .heavy, "schilders en onderhoud": .medium, "vastgoedonderhoud": .medium, "keukenproductie": .medium,
        "logistiek": .medium, "schoonmaak": .medium, "transport": .medium, "installatietechniek": .medium,
        "interieurbouw": .medium, "overheid": .medium,
    ]

    static let contactRoles = ["hoofd P&O", "bedrijfsleider", "leidinggevende productie", "eigenaar", "recruiter"]
}
