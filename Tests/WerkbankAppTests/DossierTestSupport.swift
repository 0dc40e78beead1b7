import Foundation
import TerminalUI
import WerkbankCore
import XCTest
@testable import WerkbankApp

/// Opening a dossier in the headless app and finding things in it.
extension AppHarness {
    /// A client of the user's caseload with a BSN and a postcode (deterministic: lowest id).
    func someClient(file: StaticString = #filePath, line: UInt = #line) throws -> Client {
        try XCTUnwrap(model.data.clients(of: model.user.name).sorted { $0.id < $1.id }
            .first { $0.bsn != nil && !$0.postcode.isEmpty }, file: file, line: line)
    }

    /// Opens the dossier of `clientId` (as the caseload's Enter would: the view policy and the
    /// audit line first) and draws it. A client outside the caseload asks a reason first.
    @discardableResult
    func openDossier(_ clientId: String) -> DossierScreen {
        root.openDossier(clientId)
        application.redraw()
        return root.top as! DossierScreen
    }

    /// Activates the tab titled `title` with its number key.
    func showTab(_ title: String, in dossier: DossierScreen, file: StaticString = #filePath, line: UInt = #line) {
        guard let index = dossier.tabs.firstIndex(where: { $0.title == title }) else {
            return XCTFail("no tab \(title)", file: file, line: line)
        }
        type(String(index + 1))
        XCTAssertEqual(dossier.activeTabTitle, title, file: file, line: line)
    }

    /// The lines of the audit log (who viewed or changed what).
    func auditLog() throws -> [String] {
        try String(contentsOf: directory.appendingPathComponent("audit.jsonl"), encoding: .utf8)
            .split(separator: "\n").map(String.init)
    }
}
