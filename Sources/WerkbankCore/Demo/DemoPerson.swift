/// The personal facts of one demo client: name, birth date, address, household, education,
/// language, work history and skills. Correlated the way a caseload is: statushouders are
/// younger and have a lower Dutch level, parents have a household with children, etc.
struct DemoPerson {
    let origin: DemoOrigin
    let female: Bool
    var firstName: DemoName
    var infix: String
    var lastName: DemoName
    var birthDate: Day
    let household: Household
    let children: Int
    let education: EducationLevel
    let languageLevel: LanguageLevel
    let drivingLicence: Bool
    let occupations: [DemoOccupation]
    let workExperience: String

    static let originTable = WeightedTable(DemoOrigin.allCases.map { ($0, $0.weight) })

    /// Age buckets of a bijstand caseload (percent).
    static let ageTable = WeightedTable([(18...26, 14.0), (27...34, 17.0), (35...44, 21.0), (45...54, 25.0), (55...66, 23.0)])
    static let refugeeAgeTable = WeightedTable([(18...26, 24.0), (27...34, 30.0), (35...44, 26.0), (45...54, 14.0), (55...66, 6.0)])

    static let educationTables: [DemoOrigin: WeightedTable<EducationLevel>] = {
        let dutch = WeightedTable<EducationLevel>([(.none, 2), (.primary, 8), (.vmbo, 28), (.mbo1, 10), (.mbo2to4, 35), (.havoVwo, 9), (.hboWo, 8)])
        let secondGeneration = WeightedTable<EducationLevel>([(.none, 4), (.primary, 14), (.vmbo, 30), (.mbo1, 12), (.mbo2to4, 30), (.havoVwo, 5), (.hboWo, 5)])
        let polish = WeightedTable<EducationLevel>([(.primary, 10), (.vmbo, 30), (.mbo2to4, 45), (.havoVwo, 10), (.hboWo, 5)])
        let refugee = WeightedTable<EducationLevel>([(.none, 15), (.primary, 25), (.vmbo, 10), (.mbo1, 5), (.mbo2to4, 15), (.havoVwo, 10), (.hboWo, 20)])
        var tables: [DemoOrigin: WeightedTable<EducationLevel>] = [.dutch: dutch, .turkish: secondGeneration, .moroccan: secondGeneration, .polish: polish]
        for origin in DemoOrigin.allCases where origin.isRefugee { tables[origin] = refugee }
        return tables
    }()

    static let refugeeLanguage = WeightedTable<LanguageLevel>([(.a0, 10), (.a1, 28), (.a2, 35), (.b1, 22), (.b2, 5)])
    static let polishLanguage = WeightedTable<LanguageLevel>([(.a1, 25), (.a2, 40), (.b1, 30), (.b2, 5)])
    static let secondGenerationLanguage = WeightedTable<LanguageLevel>([(.native, 70), (.b2, 12), (.b1, 10), (.a2, 8)])

    init(today: Day, random: inout SeededRandom) {
        origin = DemoPerson.originTable.draw(&random)
        female = random.chance(0.5)
        let pool = origin.names
        firstName = random.pick(female ? pool.female : pool.male)
        let surname = random.pick(pool.surnames)
        infix = surname.infix
        lastName = female ? surname.femaleLast : surname.last

        let age = random.int((origin.isRefugee ? DemoPerson.refugeeAgeTable : DemoPerson.ageTable).draw(&random))
        // Exactly `age` years old today: the birthday passed 1-360 days ago.
        birthDate = today.adding(months: -12 * age).adding(days: -random.int(1...360))

        let withChildren: Bool
        if age < 23 {
            household = random.weighted([(.single, 85), (.singleParent, 10), (.couple, 5)])
        } else if age > 57 {
            household = random.weighted([(.single, 70), (.couple, 25), (.coupleWithChildren, 5)])
        } else if origin.isRefugee {
            household = random.weighted([(.single, 35), (.singleParent, 15), (.couple, 10), (.coupleWithChildren, 40)])
        } else {
            household = random.weighted([(.single, 45), (.singleParent, 25), (.couple, 12), (.coupleWithChildren, 18)])
        }
        withChildren = household == .singleParent || household == .coupleWithChildren
        children = withChildren ? random.weighted([(1, 40.0), (2, 35.0), (3, 17.0), (4, 8.0)]) : 0

        education = DemoPerson.educationTables[origin]?.draw(&random) ?? .vmbo
        switch origin {
        case .dutch: languageLevel = .native
        case .turkish, .moroccan: languageLevel = DemoPerson.secondGenerationLanguage.draw(&random)
        case .polish: languageLevel = DemoPerson.polishLanguage.draw(&random)
        case .syrian, .eritrean, .iraqi, .afghan, .somali: languageLevel = DemoPerson.refugeeLanguage.draw(&random)
        }
        let licence = random.chance(origin.isRefugee ? 0.18 : (age < 21 ? 0.2 : 0.45))
        drivingLicence = licence

        let jobCount = age < 21 ? random.weighted([(0, 60.0), (1, 40.0)]) : random.weighted([(0, 22.0), (1, 48.0), (2, 30.0)])
        let allowed = DemoTexts.occupations.filter { licence || !$0.needsDrivingLicence }
        let jobs = random.sample(allowed, count: jobCount)
        var experience: [String] = []
        for job in jobs {
            let years = random.int(1...max(1, min(15, age - 18)))
            let place = origin.isRefugee ? " in \(origin.country)" : random.pick(DemoTexts.experienceKinds)
            experience.append("\(years) jaar \(job.name)\(place)")
        }
        occupations = jobs
        workExperience = experience.joined(separator: "; ")
    }

    /// Born abroad: refugees, Polish labour migrants, and Turkish or Moroccan clients who did not
    /// grow up with Dutch.
    var isFirstGeneration: Bool { origin != .dutch && languageLevel != .native }

    /// Most skills and about half the certificates of the former occupations, plus the
    /// certificates earned with a course.
    func skillsAndCertificates(earned: [String], random: inout SeededRandom) -> (skills: [String], certificates: [String]) {
        var skills: [String] = []
        var certificates: [String] = []
        for occupation in occupations {
            for skill in occupation.skills where !skills.contains(skill) && random.chance(0.8) { skills.append(skill) }
            for certificate in occupation.certificates where !certificates.contains(certificate) && random.chance(0.5) {
                certificates.append(certificate)
            }
        }
        for certificate in earned where !certificates.contains(certificate) { certificates.append(certificate) }
        return (skills, certificates)
    }

    /// A postcode `1234 AB` in a Hengelo district, and a street address there.
    static func address(random: inout SeededRandom) -> (postcode: String, district: String, address: String) {
        let district = DemoPlaces.districtTable.draw(&random)
        var letters = ""
        repeat {
            letters = String(random.pick(DemoPlaces.letters)) + String(random.pick(DemoPlaces.letters))
        } while DemoPlaces.forbiddenPostcodeLetters.contains(letters)
        let number = random.pick(district.postcodeNumbers)
        let house = String(random.int(1...240)) + (random.chance(0.1) ? random.pick(["a", "b", "-1"]) : "")
        return ("\(number) \(letters)", district.name, "\(random.pick(district.streets)) \(house)")
    }

    /// Nine digits passing the elfproef.
    static func bsn(random: inout SeededRandom) -> String {
        while true {
            var digits = [random.int(1...6)] + (1..<8).map { _ in random.int(0...9) }
            let sum = digits.enumerated().reduce(0) { $0 + $1.element * (9 - $1.offset) }
            let check = sum % 11
            guard check < 10 else { continue }
            digits.append(check)
            return String(digits.map { Character(String($0)) })
        }
    }

    static func mobile(random: inout SeededRandom) -> String {
        "06-" + String((0..<8).map { _ in Character(String(random.int(0...9))) })
    }
}

extension DemoPlaces {
    static let districtTable = WeightedTable(districts.map { ($0, $0.weight) })
}
