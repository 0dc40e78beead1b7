import WerkbankCore

/// The texts of one screen area: key → Dutch and English text.
typealias AppStringEntries = [String: (nl: String, en: String)]

/// Every text the screens show, Dutch first, English second. Each area keeps its keys, prefixed
/// with the area name, in a table next to its screens (`CaseloadStrings.swift`, …), listed in
/// `AppStrings.areas`; a key belongs to one area only.
public let appStrings = StringTable(AppStrings.areas.reduce(into: AppStringEntries()) { all, area in
    all.merge(area) { first, _ in first }
})

enum AppStrings {
    static let areas: [AppStringEntries] = [
        shellStrings, caseloadStrings, todayStrings, vacanciesStrings, dossierStrings, formStrings,
        ladderStrings, instrumentStrings, dashboardStrings, intakeStrings, deskStrings,
    ]
}

/// Looks up a screen text in the current language.
public func appText(_ key: String, _ arguments: CustomStringConvertible...) -> String {
    appStrings.text(key, arguments.map(\.description))
}
