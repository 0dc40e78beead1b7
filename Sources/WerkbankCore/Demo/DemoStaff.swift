/// The people who work with the demo data: werkcoaches, intakers, a teamleider, a beheerder and
/// the accountmanagers werk.
///
/// There is no accountmanager role: an accountmanager keeps employers and vacancies and owns no
/// caseload, which is what the `admin` role may do, so the accountmanagers are users with role
/// `admin` and are named as `accountManager` on the employers.
struct DemoStaff: Sendable {
    let users: [User]
    let coaches: [User]
    let intakers: [User]
    let accountManagers: [User]
    /// Relative caseload size per coach (part-timers get fewer clients), same order as `coaches`.
    let coachTable: WeightedTable<String>

    /// Clients with a running benefit per coach the generator aims at.
    static let targetCaseload = 125.0
    /// Share of clients that are in a caseload today (running benefit or nugger).
    static let caseloadShare = 0.43

    static let namedCoaches: [(initial: String, surname: DemoSurname, weight: Double)] = [
        ("M", DemoSurname("van den", "Berg"), 1.15), ("S", DemoSurname("ter", "Horst"), 1.0),
        ("A", DemoSurname("Yılmaz"), 0.75), ("J", DemoSurname("Nijhuis"), 1.1),
        ("E", DemoSurname("de", "Vries"), 0.9), ("L", DemoSurname("Kamphuis"), 1.05),
        ("R", DemoSurname("El Amrani"), 0.8),
    ]

    init(clientCount: Int, random: inout SeededRandom) {
        var taken = Set<String>()
        func user(_ initial: String, _ surname: DemoSurname, _ role: UserRole) -> User {
            let infixInitials = surname.infix.split(separator: " ").compactMap(\.first).map(String.init).joined()
            let base = DemoName.asciiFold(initial + infixInitials + surname.last.text)
            var name = base
            var counter = 2
            while taken.contains(name) {
                name = base + String(counter)
                counter += 1
            }
            taken.insert(name)
            let display = [initial + ".", surname.infix, surname.last.text].filter { !$0.isEmpty }.joined(separator: " ")
            return User(name: name, displayName: display, role: role)
        }

        let coachCount = max(DemoStaff.namedCoaches.count,
                             Int((Double(clientCount) * DemoStaff.caseloadShare / DemoStaff.targetCaseload).rounded(.up)))
        var coaches: [User] = []
        var weights: [Double] = []
        for index in 0..<coachCount {
            if index < DemoStaff.namedCoaches.count {
                let named = DemoStaff.namedCoaches[index]
                coaches.append(user(named.initial, named.surname, .coach))
                weights.append(named.weight)
            } else {
                let pool = random.chance(0.8) ? DemoNamePool.dutch : random.pick([DemoNamePool.turkish, DemoNamePool.moroccan])
                let first = random.pick(random.chance(0.5) ? pool.male : pool.female)
                coaches.append(user(String(first.text.prefix(1)), random.pick(pool.surnames), .coach))
                weights.append(0.75 + random.unit() * 0.4)
            }
        }
        let intakerCount = max(1, coachCount / 7)
        var intakers = [user("H", DemoSurname("Scholten"), .intaker)]
        while intakers.count < intakerCount {
            let first = random.pick(DemoNamePool.dutch.female)
            intakers.append(user(String(first.text.prefix(1)), random.pick(DemoNamePool.dutch.surnames), .intaker))
        }
        let supervisor = user("G", DemoSurname("Wolbers"), .supervisor)
        let admin = user("B", DemoSurname("Lansink"), .admin)
        let accountManagers = [user("P", DemoSurname("Leferink"), .admin), user("N", DemoSurname("Öztürk"), .admin)]

        self.coaches = coaches
        self.intakers = intakers
        self.accountManagers = accountManagers
        self.users = coaches + intakers + [supervisor, admin] + accountManagers
        self.coachTable = WeightedTable(Array(zip(coaches.map(\.name), weights)))
    }
}
