import WerkbankCore

/// The employer desk's entries from the vacancy list (F7): `w` the employers, `n` a new
/// vacancy, `e` edits the selected one, `d` its candidates from all caseloads.
extension VacanciesScreen {
    func performDesk(_ command: VacancyListCommand) {
        switch command {
        case .employers:
            root.push(EmployersScreen(root: root))
        case .new:
            root.presentForm(VacancyForm.form(nil, employerId: selectedVacancy?.employerId, model: root.model, glyphs: root.glyphs) {
                [unowned self] _ in self.willAppear()
            })
        case .edit:
            guard let vacancy = selectedVacancy else { return }
            root.presentForm(VacancyForm.form(vacancy, model: root.model, glyphs: root.glyphs) { [unowned self] _ in self.willAppear() })
        case .desk:
            guard let vacancy = selectedVacancy else { return }
            root.push(DeskScreen(root: root, vacancy: vacancy))
        default:
            break
        }
    }
}
