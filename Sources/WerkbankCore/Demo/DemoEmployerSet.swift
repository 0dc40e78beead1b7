/// The demo employers (the 12 Hartwerk members and other regional employers) with their contact
/// persons and vacancies: 20-40 open ones and a few filled or closed ones from the past year.
struct DemoEmployerSet: Sendable {
    let employers: [Employer]
    let vacancies: [Vacancy]
    let openVacancies: [Vacancy]
    /// Hartwerk members weigh more: they take most candidates.
    let employerTable: WeightedTable<Int>

    init(staff: DemoStaff, today: Day, random: inout SeededRandom) {
        var employers: [Employer] = []
        for (index, profile) in DemoEmployers.all.enumerated() {
            let pool = DemoNamePool.dutch
            let female = random.chance(0.5)
            let first = random.pick(female ? pool.female : pool.male)
            let surname = random.pick(pool.surnames)
            let contact = [first.text, surname.infix, surname.last.text].filter { !$0.isEmpty }.joined(separator: " ")
            let domain = DemoName.asciiFold(profile.name.split(separator: " ").prefix(2).joined()) + ".example"
            let subscriberDigits = 10 - profile.areaCode.count
            let phone = profile.areaCode + "-" + (0..<subscriberDigits).map { _ in String(random.int(0...9)) }.joined()
            employers.append(Employer(
                id: demoID("W", index + 1, width: 2), name: profile.name, sector: profile.sector, city: profile.city,
                contactName: contact, contactPhone: phone,
                contactEmail: "\(first.ascii.prefix(1)).\(surname.last.ascii)@\(domain)",
                accountManager: staff.accountManagers[index % staff.accountManagers.count].name,
                hartwerk: profile.hartwerk))
        }

        var vacancies: [Vacancy] = []
        let employerTable = WeightedTable(DemoEmployers.all.indices.map { ($0, DemoEmployers.all[$0].hartwerk ? 1.6 : 1.0) })
        let openCount = random.int(20...40)
        let pastCount = random.int(6...10)
        for number in 1...(openCount + pastCount) {
            let employerIndex = employerTable.draw(&random)
            let profile = DemoEmployers.all[employerIndex]
            let job = random.pick(profile.jobs)
            let isOpen = number <= openCount
            let opened = isOpen ? today.adding(days: -random.int(0...60)) : today.adding(days: -random.int(90...360))
            let closes = isOpen ? today.adding(days: random.int(14...75)) : opened.adding(days: random.int(30...60))
            let district = profile.city == "Hengelo" ? random.pick(DemoPlaces.districts).name : profile.city
            vacancies.append(Vacancy(
                id: demoID("V", number, width: 3), employerId: employers[employerIndex].id,
                title: job.title, description: job.description, hoursPerWeek: random.pick(job.hours),
                positions: random.weighted([(1, 6.0), (2, 3.0), (3, 1.0)]), requirements: job.requirements,
                drivingLicence: job.drivingLicence, minimumLanguageLevel: job.minimumLanguageLevel,
                minimumRung: job.minimumRung, district: district, opened: opened, closes: closes,
                status: isOpen ? .open : (random.chance(0.7) ? .filled : .closed)))
        }
        self.employers = employers
        self.vacancies = vacancies
        self.openVacancies = vacancies.filter { $0.status == .open }
        self.employerTable = employerTable
    }
}

/// A record id: prefix and zero-padded number, `demoID("W", 7, width: 2)` = "W07".
func demoID(_ prefix: String, _ number: Int, width: Int) -> String {
    let digits = String(number)
    return prefix + String(repeating: "0", count: max(0, width - digits.count)) + digits
}
