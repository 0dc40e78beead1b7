import Foundation
import XCTest
@testable import WerkbankCore

/// Who is working, who may open which dossier, who may add users (Sources/WerkbankCore/Access).
final class AccessTests: XCTestCase {
    override func setUp() { Language.current = .nl }

    private let users: [String: User] = Dictionary(uniqueKeysWithValues: [
        User(name: "anna", displayName: "A. Admin", role: .admin, login: "anna"),
        User(name: "bert", displayName: "B. Coach", role: .coach, login: "bert"),
        User(name: "bert-intake", displayName: "B. Intaker", role: .intaker, login: "bert"),
        User(name: "carla", displayName: "C. Coach", role: .coach),
        User(name: "dirk", displayName: "D. Teamleider", role: .supervisor),
    ].map { ($0.name, $0) })

    func testWhoIsWorkingFollowsTheLoginBindings() {
        let resolve = { (requested: String?, login: String) in WhoIsWorking.resolve(requested: requested, login: login, users: self.users) }
        // Bound users: only their own login works as them.
        XCTAssertEqual(resolve("bert", "bert"), .known(users["bert"]!, admin: nil))
        XCTAssertEqual(resolve(nil, "bert"), .known(users["bert"]!, admin: nil), "the user named like the login")
        XCTAssertEqual(resolve(nil, "anna"), .known(users["anna"]!, admin: nil), "the only user of the login")
        guard case .choose(let choices, let problem) = resolve("bert", "carla") else { return XCTFail("bert from login carla") }
        XCTAssertEqual(problem, "gebruiker 'bert' hoort bij OS-login 'bert', niet bij 'carla'")
        XCTAssertEqual(choices.map(\.name), ["carla", "dirk"], "a login without bindings gets the unbound users")
        // A login with bindings does not get the unbound users.
        guard case .choose(let own, _) = resolve("carla", "bert") else { return XCTFail("carla from login bert") }
        XCTAssertEqual(own.map(\.name), ["bert", "bert-intake"])
        // Unbound users: any login without bindings.
        XCTAssertEqual(resolve("carla", "root"), .known(users["carla"]!, admin: nil))
        // An admin bound to the login may act for anyone; that is recorded.
        XCTAssertEqual(resolve("bert", "anna"), .known(users["bert"]!, admin: "anna"))
        XCTAssertEqual(resolve("bert", "anna").userName, "bert")
        // Unknown names and undecided logins.
        guard case .choose(_, let unknown) = resolve("zoe", "root") else { return XCTFail("unknown name") }
        XCTAssertEqual(unknown, "gebruiker 'zoe' bestaat niet in deze gegevensmap")
        XCTAssertEqual(resolve(nil, "root"), .choose([users["carla"]!, users["dirk"]!], problem: nil))
        XCTAssertNil(resolve(nil, "root").userName)
        // A directory without users takes any name (the first `user add`).
        XCTAssertEqual(WhoIsWorking.resolve(requested: nil, login: "root", users: [:]), .noUsersYet("root"))
        XCTAssertEqual(WhoIsWorking.resolve(requested: "zoe", login: "root", users: [:]).userName, "zoe")
    }

    func testViewPolicyAsksAReasonOutsideOnesOwnWork() {
        var data = Dataset()
        data.users = users
        let own = Client(id: "K1", firstName: "Eva", lastName: "Eigen", coach: "bert")
        let other = Client(id: "K2", firstName: "Otto", lastName: "Ander", coach: "carla")
        let unassigned = Client(id: "K3", firstName: "Nina", lastName: "Nieuw")
        let pending = Client(id: "K4", firstName: "Piet", lastName: "Wacht", coach: "carla")
        data.meldingen["M1"] = Melding(id: "M1", clientId: "K4", date: Day(year: 2026, month: 11, day: 1)!)
        for client in [own, other, unassigned, pending] { data.clients[client.id] = client }
        let table: [(String, Client, ViewPolicy.DossierAccess)] = [
            ("bert", own, .open), ("bert", other, .reasonRequired), ("bert", unassigned, .reasonRequired),
            ("bert-intake", unassigned, .open), ("bert-intake", pending, .open), ("bert-intake", other, .reasonRequired),
            ("dirk", own, .reasonRequired), ("anna", own, .reasonRequired),
        ]
        for (user, client, expected) in table {
            XCTAssertEqual(ViewPolicy.dossierAccess(for: users[user]!, to: client, in: data), expected, "\(user) → \(client.id)")
        }
        XCTAssertEqual(ViewPolicy.viewDetail(reason: nil, text: "x"), "dossier")
        XCTAssertEqual(ViewPolicy.viewDetail(reason: .complaint, text: " bezwaar 12 "), "dossier; reden: klacht — bezwaar 12")
        XCTAssertEqual(AccessReason.allCases.map(\.label),
                       ["vervanging collega", "overleg / casuïstiek", "klacht of bezwaar", "controle", "anders"])
    }

    func testOnlyAnAdminAddsUsersExceptTheFirst() throws {
        var data = Dataset()
        let first = User(name: "anna", displayName: "A. Admin", role: .admin, login: "anna")
        XCTAssertEqual(try UserAdmin.add(first, by: "root", in: data), .putUser(first), "no users yet: anyone")
        data.users["anna"] = first
        data.users["bert"] = users["bert"]
        let new = User(name: "eva", displayName: "E. Coach", role: .coach)
        XCTAssertEqual(try UserAdmin.add(new, by: "anna", in: data), .putUser(new))
        for (user, actor, expected) in [
            (new, "bert", "'bert' mag geen gebruikers toevoegen; dat mag alleen rol beheerder (admin)"),
            (User(name: "bert", displayName: "x", role: .coach), "anna", "gebruiker 'bert' bestaat al"),
            (User(name: "e va", displayName: "x", role: .coach), "anna", "naam 'e va' mag alleen letters, cijfers, '.', '_' en '-' bevatten (hoogstens 32 tekens)"),
            (User(name: "eva", displayName: "x", role: .coach, login: "a/b"), "anna", "login 'a/b' mag alleen letters, cijfers, '.', '_' en '-' bevatten (hoogstens 32 tekens)"),
            (User(name: "eva", displayName: " ", role: .coach), "anna", "--naam ontbreekt (de naam zoals collega's die zien)"),
        ] {
            XCTAssertThrowsError(try UserAdmin.add(user, by: actor, in: data)) { error in
                XCTAssertEqual((error as? WerkbankError)?.message, expected)
            }
        }
    }

    func testUserRecordsWithoutLoginStillReadAndTheFieldIsLeftOutWhenEmpty() throws {
        let old = Data(#"{"displayName":"B. Coach","name":"bert","role":"werkcoach"}"#.utf8)
        let user = try FastJSONDecoder().decode(User.self, from: old)
        XCTAssertNil(user.login)
        XCTAssertEqual(try FastJSONEncoder().encode(user), old)
        let bound = User(name: "bert", displayName: "B. Coach", role: .coach, login: "bert")
        XCTAssertEqual(String(decoding: try FastJSONEncoder().encode(bound), as: UTF8.self),
                       #"{"displayName":"B. Coach","login":"bert","name":"bert","role":"werkcoach"}"#)
    }
}

/// File modes of private and group-shared data directories, refusal of what others can read,
/// the audit log failing closed, and an administrator acting for someone.
final class DirectoryAccessTests: StoreTestCase {
    private func mode(_ name: String) throws -> Int {
        var info = stat()
        XCTAssertEqual(stat(name.hasPrefix("/") ? name : file(name).path, &info), 0, name)
        return Int(info.st_mode & 0o7777)
    }

    func testPrivateDirectoryGetsPrivateModesWhateverTheUmask() throws {
        let old = umask(0)
        defer { umask(old) }
        let store = try Store.create(directory, dataset: sampleDataset(), user: "anna")
        try store.commit([.putUser(User(name: "eva", displayName: "E", role: .coach))], summary: "eva")
        try store.compact()
        store.close()
        XCTAssertEqual(try mode(directory.path), 0o700)
        for name in ["snapshot.jsonl", "journal.jsonl", "audit.jsonl", "instrumenten.json", "werkbank.lock"] {
            XCTAssertEqual(try mode(name), 0o600, name)
        }
    }

    func testGroupSharedDirectoryKeepsGroupModesWhateverTheUmask() throws {
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        XCTAssertEqual(chmod(directory.path, 0o2770), 0)
        let old = umask(0o077)
        defer { umask(old) }
        let store = try Store.create(directory, dataset: sampleDataset(), user: "anna")
        try store.commit([.putUser(User(name: "eva", displayName: "E", role: .coach))], summary: "eva")
        try store.recordAccess("bekeken", subject: "K1000000", detail: "dossier")
        try store.compact()   // a new snapshot by rename
        store.close()
        XCTAssertEqual(try mode(directory.path), 0o2770)
        for name in ["snapshot.jsonl", "journal.jsonl", "audit.jsonl", "instrumenten.json", "werkbank.lock"] {
            XCTAssertEqual(try mode(name), 0o660, name)
        }
    }

    func testDirectoryOrFileOpenToOthersIsRefusedWithTheFix() throws {
        try Store.create(directory, dataset: sampleDataset(), user: "anna").close()
        XCTAssertEqual(chmod(directory.path, 0o755), 0)
        for readOnly in [false, true] {
            let message = try XCTUnwrap(openError(readOnly: readOnly))
            XCTAssertEqual(message, "\(directory.path) is leesbaar of schrijfbaar voor iedereen op deze computer (rechten 755); "
                           + "werkbank opent het niet. Herstel met: chmod -R o-rwx \(directory.path)")
        }
        XCTAssertEqual(chmod(directory.path, 0o700), 0)
        XCTAssertEqual(chmod(file("audit.jsonl").path, 0o602), 0)
        let message = try XCTUnwrap(openError())
        XCTAssertTrue(message.hasPrefix(file("audit.jsonl").path + " is leesbaar of schrijfbaar") && message.contains("rechten 602"), message)
        XCTAssertEqual(chmod(file("audit.jsonl").path, 0o600), 0)
        XCTAssertNil(openError())
    }

    func testANewDirectoryOpenToOthersIsMadePrivateBeforeItIsFilled() throws {
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        XCTAssertEqual(chmod(directory.path, 0o755), 0)
        try Store.open(directory, user: "anna").close()
        XCTAssertEqual(try mode(directory.path), 0o700)
    }

    func testAViewIsRefusedAndNotLoggedLaterWhenTheAuditLineCannotBeWritten() throws {
        try Store.create(directory, dataset: sampleDataset(), user: "anna").close()
        // A full disk: every write to /dev/full fails with ENOSPC.
        try FileManager.default.removeItem(at: file("audit.jsonl"))
        try FileManager.default.createSymbolicLink(atPath: file("audit.jsonl").path, withDestinationPath: "/dev/full")
        let store = try Store.open(directory, user: "anna")
        XCTAssertThrowsError(try store.recordAccess("bekeken", subject: "K1000000", detail: "dossier")) { error in
            XCTAssertTrue((error as? WerkbankError)?.message.contains("audit.jsonl") == true, "\(error)")
        }
        store.close()
        // Read-only stores (report, export) refuse as well.
        let reader = try Store.open(directory, user: "anna", readOnly: true)
        XCTAssertThrowsError(try reader.recordAccess("report", subject: nil, detail: "bestand"))
        reader.close()
    }

    func testAnAdminActingForSomeoneIsNamedOnEveryAuditLine() throws {
        let store = try Store.create(directory, dataset: sampleDataset(), user: "anna")
        store.act(as: "bert", admin: "anna")
        try store.commit([.putUser(User(name: "eva", displayName: "E", role: .coach))], summary: "eva", subject: "K1000000")
        try store.recordAccess("bekeken", subject: "K1000000", detail: "dossier")
        store.close()
        let audit = String(decoding: try Data(contentsOf: file("audit.jsonl")), as: UTF8.self).split(separator: "\n")
        XCTAssertEqual(audit.count, 3)
        for line in audit.dropFirst() {
            XCTAssertTrue(line.contains(#""admin":"anna""#) && line.contains(#""user":"bert""#), String(line))
        }
        XCTAssertFalse(audit[0].contains("admin"), "the create line was anna's own")
        XCTAssertTrue(try journalLines()[0].contains(#""user":"bert""#))
    }
}
