import Foundation

/// Where a demo client's family comes from. Decides the name pool, the country of origin
/// (first generation only), statushouder status and the likely Dutch language level.
enum DemoOrigin: Sendable, CaseIterable {
    case dutch, turkish, moroccan, polish, syrian, eritrean, iraqi, afghan, somali

    /// Share of the caseload (percent).
    var weight: Double {
        switch self {
        case .dutch: return 69
        case .turkish: return 8
        case .moroccan: return 5
        case .polish: return 3
        case .syrian: return 10
        case .eritrean: return 2.4
        case .iraqi: return 1.2
        case .afghan: return 0.8
        case .somali: return 0.6
        }
    }

    /// Refugees who came with a residence permit (statushouders).
    var isRefugee: Bool {
        switch self {
        case .syrian, .eritrean, .iraqi, .afghan, .somali: return true
        case .dutch, .turkish, .moroccan, .polish: return false
        }
    }

    var country: String {
        switch self {
        case .dutch: return "Nederland"
        case .turkish: return "Turkije"
        case .moroccan: return "Marokko"
        case .polish: return "Polen"
        case .syrian: return "Syrië"
        case .eritrean: return "Eritrea"
        case .iraqi: return "Irak"
        case .afghan: return "Afghanistan"
        case .somali: return "Somalië"
        }
    }

    var names: DemoNamePool {
        switch self {
        case .dutch: return DemoNamePool.dutch
        case .turkish: return DemoNamePool.turkish
        case .moroccan: return DemoNamePool.moroccan
        case .polish: return DemoNamePool.polish
        case .syrian, .iraqi: return DemoNamePool.arabic
        case .eritrean: return DemoNamePool.eritrean
        case .afghan: return DemoNamePool.afghan
        case .somali: return DemoNamePool.somali
        }
    }
}

/// A name part with its plain-ASCII form (for e-mail addresses and user names).
struct DemoName: Sendable {
    let text: String
    let ascii: String

    init(_ text: String) {
        self.text = text
        self.ascii = DemoName.asciiFold(text)
    }

    /// "Öztürk" → "ozturk", "Wiśniewski" → "wisniewski", "Yılmaz" → "yilmaz", "Oude Vrielink" → "oudevrielink".
    static func asciiFold(_ text: String) -> String {
        let folded = text.folding(options: [.caseInsensitive, .diacriticInsensitive], locale: nil)
        return String(folded.compactMap { character -> Character? in
            switch character {
            case "ı": return "i"
            case "ł": return "l"
            case "a"..."z": return character
            default: return nil
            }
        })
    }
}

/// A surname, possibly with a tussenvoegsel ("van den" + "Berg").
struct DemoSurname: Sendable {
    let infix: String
    let last: DemoName
    /// The female form for languages that inflect surnames (Polish -ski → -ska).
    let femaleLast: DemoName

    init(_ infix: String, _ last: String) {
        self.infix = infix
        self.last = DemoName(last)
        var female = last
        for (male, feminine) in [("ski", "ska"), ("cki", "cka"), ("dzki", "dzka")] where last.hasSuffix(male) {
            female = String(last.dropLast(male.count)) + feminine
        }
        self.femaleLast = DemoName(female)
    }

    init(_ last: String) { self.init("", last) }
}

struct DemoNamePool: Sendable {
    let male: [DemoName]
    let female: [DemoName]
    let surnames: [DemoSurname]

    init(male: [String], female: [String], surnames: [DemoSurname]) {
        self.male = male.map(DemoName.init)
        self.female = female.map(DemoName.init)
        self.surnames = surnames
    }

    static let dutch = DemoNamePool(
        male: ["Jan", "Henk", "Gerrit", "Bert", "Johan", "Erik", "Mark", "Dennis", "Sander", "Bas", "Thijs",
               "Ruud", "Wim", "Harry", "Gert-Jan", "Jeroen", "Niels", "Kevin", "Stefan", "Martijn", "Rick",
               "Jesse", "Daan", "Luuk", "Sem", "Bram", "Tim", "Hendrik", "Teun", "Frank", "Ronald", "Marco",
               "Daniël", "Michaël", "Raphaël", "Noël", "René", "André", "Björn", "Joël", "Gijs", "Hans"],
        female: ["Anna", "Maria", "Ingrid", "Marieke", "Sandra", "Anouk", "Linda", "Esther", "Monique", "Petra",
                 "Janneke", "Lotte", "Femke", "Sanne", "Kim", "Lisa", "Eva", "Iris", "Fleur", "Denise",
                 "Gerda", "Hennie", "Wilma", "Tineke", "Yvonne", "Miranda", "Chantal", "Patricia", "Romy",
                 "Zoë", "Chloë", "Noëlle", "Joëlle", "Anaïs", "Loïs", "Désirée", "Renée", "Hélène", "Inès", "Mariëlle"],
        surnames: [
            DemoSurname("de", "Vries"), DemoSurname("van den", "Berg"), DemoSurname("van der", "Veen"),
            DemoSurname("ter", "Horst"), DemoSurname("ten", "Hove"), DemoSurname("van", "Dijk"),
            DemoSurname("de", "Jong"), DemoSurname("de", "Boer"), DemoSurname("van", "Es"),
            DemoSurname("ter", "Haar"), DemoSurname("ten", "Brinke"), DemoSurname("ter", "Braak"),
            DemoSurname("van de", "Kamp"), DemoSurname("van der", "Meulen"), DemoSurname("te", "Riele"),
            DemoSurname("van 't", "Hof"), DemoSurname("in 't", "Veld"), DemoSurname("van den", "Heuvel"),
            DemoSurname("de", "Graaf"), DemoSurname("ter", "Beek"), DemoSurname("ten", "Dam"),
            DemoSurname("van", "Leeuwen"), DemoSurname("de", "Wit"), DemoSurname("van den", "Bosch"),
            DemoSurname("Nijhuis"), DemoSurname("Kamphuis"), DemoSurname("Pierik"), DemoSurname("Brinkhuis"),
            DemoSurname("Wolbers"), DemoSurname("Nijenhuis"), DemoSurname("Scholten"), DemoSurname("Lansink"),
            DemoSurname("Oude Vrielink"), DemoSurname("Oude Egbrink"), DemoSurname("Olde Rikkert"),
            DemoSurname("Hofste"), DemoSurname("Leferink"), DemoSurname("Bruggink"), DemoSurname("Wessels"),
            DemoSurname("Kuipers"), DemoSurname("Meijer"), DemoSurname("Smit"), DemoSurname("Mulder"),
            DemoSurname("Jansen"), DemoSurname("Bakker"), DemoSurname("Visser"), DemoSurname("Hendriks"),
            DemoSurname("Dekker"), DemoSurname("Brouwer"), DemoSurname("Huisman"), DemoSurname("Schuurman"),
            DemoSurname("Hoëll"), DemoSurname("Geerdink"), DemoSurname("Grobbink"), DemoSurname("Rouwhorst"),
            DemoSurname("Kösters"), DemoSurname("Brüggemann"), DemoSurname("Pröpper"), DemoSurname("Reinders"),
        ])

    static let turkish = DemoNamePool(
        male: ["Mehmet", "Mustafa", "Ahmet", "Hüseyin", "Emre", "Burak", "Ömer", "Yusuf", "Hakan", "Murat", "Kemal", "Serkan"],
        female: ["Ayşe", "Fatma", "Emine", "Özlem", "Büşra", "Gülşen", "Elif", "Zeynep", "Hatice", "Meryem", "Esra", "Şeyma"],
        surnames: ["Yılmaz", "Öztürk", "Çelik", "Şahin", "Doğan", "Kılıç", "Aydın", "Özdemir", "Arslan",
                   "Yıldız", "Kaya", "Demir", "Koç", "Güneş", "Aksoy"].map { DemoSurname($0) })

    static let moroccan = DemoNamePool(
        male: ["Mohamed", "Youssef", "Said", "Hamza", "Ilias", "Soufiane", "Abdelkader", "Mourad", "Khalid", "Rachid"],
        female: ["Fatima", "Khadija", "Nadia", "Samira", "Naima", "Latifa", "Soumaya", "Hanane", "Malika", "Ikram"],
        surnames: ["El Amrani", "Bouzid", "Ouali", "El Idrissi", "Benali", "Azzouzi", "Boukhari", "Ait Taleb",
                   "El Khattabi", "Ziani", "Amrani", "Haddouchi"].map { DemoSurname($0) })

    static let polish = DemoNamePool(
        male: ["Piotr", "Krzysztof", "Tomasz", "Paweł", "Łukasz", "Michał", "Marek", "Grzegorz", "Andrzej", "Jakub"],
        female: ["Agnieszka", "Małgorzata", "Katarzyna", "Joanna", "Anna", "Ewa", "Magdalena", "Dorota", "Beata", "Żaneta"],
        surnames: ["Kowalski", "Nowak", "Wiśniewski", "Wójcik", "Kamiński", "Lewandowski", "Zieliński",
                   "Szymański", "Woźniak", "Dąbrowski", "Mazur", "Krawczyk", "Kaczmarek", "Jabłoński"].map { DemoSurname($0) })

    static let arabic = DemoNamePool(
        male: ["Ahmad", "Mohammad", "Rami", "Omar", "Khaled", "Abdulrahman", "Alaa", "Bassel", "Hussein", "Fadi", "Mahmoud", "Ali"],
        female: ["Lina", "Rasha", "Hiba", "Yara", "Nour", "Rania", "Amal", "Dima", "Reem", "Huda", "Layla", "Salma"],
        surnames: ["Al-Hassan", "Alkhatib", "Haddad", "Al-Ahmad", "Darwish", "Khalil", "Nasser", "Hamdan",
                   "Al-Ali", "Sabbagh", "Ibrahim", "Mansour", "Al-Jasim", "Kurdi"].map { DemoSurname($0) })

    static let eritrean = DemoNamePool(
        male: ["Yonas", "Samuel", "Filmon", "Daniel", "Aman", "Robel", "Mehari", "Tesfalem", "Biniam", "Ermias"],
        female: ["Semhar", "Helen", "Senait", "Mehret", "Luwam", "Saba", "Selam", "Feven", "Winta", "Ruta"],
        surnames: ["Tesfay", "Ghebremariam", "Habte", "Kidane", "Berhane", "Tekle", "Woldemichael",
                   "Gebreyesus", "Haile", "Mebrahtu"].map { DemoSurname($0) })

    static let afghan = DemoNamePool(
        male: ["Ahmad", "Mohammad", "Farid", "Jawad", "Mustafa", "Rahim", "Hamid"],
        female: ["Fatima", "Maryam", "Zahra", "Shabnam", "Farzana", "Nargis", "Sima"],
        surnames: ["Ahmadi", "Rahimi", "Hashimi", "Karimi", "Noori", "Sultani", "Haidari"].map { DemoSurname($0) })

    static let somali = DemoNamePool(
        male: ["Abdi", "Mohamed", "Abdullahi", "Hassan", "Yusuf", "Ismail"],
        female: ["Hodan", "Amina", "Fadumo", "Asha", "Sahra", "Hawa"],
        surnames: ["Warsame", "Farah", "Abdi", "Hussein", "Omar", "Mohamud", "Jama"].map { DemoSurname($0) })
}
