/// The demo employers (the 12 Hartwerk members and other regional employers) with their contact
/// persons and vacancies: 20-40 open ones and a few filled or closed ones from the past year.
struct DemoEmployerSet: Sendable {
    let employers: [Employer]
    let vacancies: [Vacancy]
    let openVacancies: [Vacancy]
    /// Hartwerk members weigh more: they take most candidates.
    let employerTable: WeightedTable<Int>

    /// `random` draws what the employers and vacancies always had; `details` the agreements and
    /// contact roles added later, so the older draws (and the clients built on them) stay the same.
    init(staff: DemoStaff, today: Day, random: inout SeededRandom, details: inout SeededRandom) {
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
                size: details.int(profile.hartwerk ? 40...400 : 8...250),
                contacts: [ContactPerson(name: contact, role: details.pick(DemoEmployerDetails.contactRoles), phone: phone,
                                         email: "\(first.ascii.prefix(1)).\(surname.last.ascii)@\(domain)")],
                accountManager: staff.accountManagers[index % staff.accountManagers.count].name,
                hartwerk: profile.hartwerk,
                socialReturn: profile.hartwerk && details.chance(0.75)
                    ? SocialReturn(places: details.int(2...8), since: today.adding(months: -details.int(3...18)),
                                   deadline: today.adding(months: details.int(3...24)))
                    : nil,
                jobAgreementJobs: profile.hartwerk ? details.int(1...6) : (details.chance(0.2) ? details.int(1...2) : 0)))
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
            let hours = random.pick(job.hours)
            let positions = random.weighted([(1, 6.0), (2, 3.0), (3, 1.0)])
            vacancies.append(Vacancy(
                id: demoID("V", number, width: 3), employerId: employers[employerIndex].id,
                title: job.title, function: job.function, description: job.description,
                tasks: DemoEmployerDetails.carved[job.title] ?? [], hoursPerWeek: hours,
                schedule: hours >= 32 ? "ma-vr overdag" : "parttime, dagen in overleg", positions: positions,
                candidatesWanted: positions * 2,
                requirements: job.requirements.filter { !Certificate.known.contains($0) },
                desiredSkills: DemoEmployerDetails.desired[profile.sector] ?? [],
                certificates: job.requirements.filter { Certificate.known.contains($0) },
                drivingLicence: job.drivingLicence, minimumLanguageLevel: job.minimumLanguageLevel,
                physicalLoad: DemoEmployerDetails.physicalLoad[profile.sector] ?? .light,
                minimumRung: job.minimumRung, place: profile.city, district: district, opened: opened, closes: closes,
                start: closes.adding(days: 14),
                status: isOpen ? .open : (random.chance(0.7) ? .filled : .withdrawn)))
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
