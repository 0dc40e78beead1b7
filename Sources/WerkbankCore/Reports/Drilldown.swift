/// The records behind a report figure, by the same definitions as the reports (docs/reports.md)
/// and on the same part of the data (`options.coach`). The number of entries equals the figure
/// for every count in the reports (checked by `DrilldownTests`); for a percentage the entries
/// are its numerator, for a cost the deployments charged.
public enum Drilldown {
    /// The entries behind `figure`, sorted by client id then record id (meldingen without a
    /// client last).
    public static func entries(for figure: ReportFigure, in dataset: Dataset, options: ReportOptions) -> [DrilldownEntry] {
        let data = dataset.scoped(toCoach: options.coach)
        let entries: [DrilldownEntry]
        switch figure {
        case .bestand(let year, let measure): entries = bestand(data, year: year, measure)
        case .uitstroom(let year, let measure): entries = uitstroom(data, year: year, measure)
        case .preventie(let first, let last, let measure): entries = preventie(data, months: first...last, measure)
        case .ladder(let measure): entries = ladder(data, peildatum: options.peildatum, measure)
        case .kpi(let indicator, let part): entries = kpi(data, options: options, indicator, part)
        case .caseload(let coach, let measure): entries = caseload(data, options: options, coach: coach, measure)
        case .instrumenten(let year, let instrumentId, let measure):
            entries = instrumenten(data, peildatum: options.peildatum, year: year, instrumentId: instrumentId, measure)
        case .plaatsingen(let measure): entries = plaatsingen(data, options: options, measure)
        }
        return entries.sorted { ($0.clientId ?? "\u{10FFFF}", $0.id) < ($1.clientId ?? "\u{10FFFF}", $1.id) }
    }

    /// The distinct clients behind the entries, in entry order.
    public static func clientIds(of entries: [DrilldownEntry]) -> [String] {
        var seen = Set<String>()
        return entries.compactMap { entry in entry.clientId.flatMap { seen.insert($0).inserted ? $0 : nil } }
    }

    // MARK: per report

    /// Benefit periods whose client and period satisfy `include`.
    private static func benefits(_ data: Dataset, where include: (BenefitPeriod) -> Bool) -> [DrilldownEntry] {
        var entries: [DrilldownEntry] = []
        data.clients.values.forEach { client in   // borrows; for-in would copy each record
            for benefit in client.benefits where include(benefit) {
                entries.append(DrilldownEntry(.benefit, id: benefit.id, clientId: client.id))
            }
        }
        return entries
    }

    /// Clients that satisfy `include`.
    private static func clients(_ data: Dataset, where include: (Client) -> Bool) -> [DrilldownEntry] {
        var entries: [DrilldownEntry] = []
        data.clients.values.forEach { client in
            if include(client) { entries.append(.client(client.id)) }
        }
        return entries
    }

    /// The stand on 1 January of `year`: started before it and not ended before it.
    static func isRunning(_ benefit: BenefitPeriod, onFirstOf year: Int) -> Bool {
        let first = Day.firstOfYear(year)
        return benefit.start < first && (benefit.end.map { $0 >= first } ?? true)
    }

    private static func bestand(_ data: Dataset, year: Int, _ measure: ReportFigure.BestandMeasure) -> [DrilldownEntry] {
        benefits(data) { benefit in
            switch measure {
            case .beginstand: return isRunning(benefit, onFirstOf: year)
            case .eindstand: return isRunning(benefit, onFirstOf: year + 1)
            case .inflow: return benefit.start.year == year
            case .inflowLonger: return benefit.start.year == year && !BestandReport.isShorterThanAMonth(benefit)
            case .inflowShorter: return benefit.start.year == year && BestandReport.isShorterThanAMonth(benefit)
            case .outflow: return benefit.end?.year == year
            }
        }
    }

    private static func uitstroom(_ data: Dataset, year: Int, _ measure: ReportFigure.UitstroomMeasure) -> [DrilldownEntry] {
        benefits(data) { benefit in
            guard benefit.end?.year == year else { return false }
            switch measure {
            case .reason(let reason): return benefit.endReason == reason
            case .toWork: return benefit.endReason?.isWork ?? false
            case .total: return true
            }
        }
    }

    private static func preventie(_ data: Dataset, months: ClosedRange<YearMonth>,
                                  _ measure: ReportFigure.PreventieMeasure) -> [DrilldownEntry] {
        data.meldingen.values.filter { melding in
            guard months.contains(YearMonth(melding.date)) else { return false }
            switch measure {
            case .meldingen: return true
            case .applications: return melding.applicationDate != nil
            case .granted: return melding.decision == .granted
            case .rejected: return melding.decision == .rejected
            case .notProcessed: return melding.decision == .notProcessed
            case .withdrawn: return melding.decision == .withdrawn
            case .undecided: return melding.applicationDate != nil && melding.decision == nil
            case .notGranted: return melding.decision != .granted
            }
        }.map { DrilldownEntry(.melding, id: $0.id, clientId: $0.clientId) }
    }

    private static func ladder(_ data: Dataset, peildatum: Day, _ measure: ReportFigure.LadderMeasure) -> [DrilldownEntry] {
        clients(data) { client in
            guard client.runningBenefit(on: peildatum) != nil else { return false }
            let position = LadderPosition(history: client.ladder, on: peildatum)
            switch measure {
            case .start(let rung): return position.start?.rung == rung
            case .actual(let rung): return position.actual?.rung == rung
            case .expected(let rung): return position.expected?.rung == rung
            case .steps(let steps): return position.steps == steps
            }
        }
    }

    private static func kpi(_ data: Dataset, options: ReportOptions, _ indicator: KPIReport.Indicator,
                            _ part: ReportFigure.KPIPart) -> [DrilldownEntry] {
        switch indicator {
        case .preventionRate:
            let months = PreventieReport(data, period: options.period).months.map(\.month)
            guard let first = months.first, let last = months.last else { return [] }
            return preventie(data, months: first...last, part == .numerator ? .notGranted : .meldingen)
        case .lowRungsProgress:
            return clients(data) { client in
                KPIReport.lowRungsOutcome(client, peildatum: options.peildatum).map { part == .denominator || $0 } ?? false
            }
        case .highRungsToWork:
            return clients(data) { client in
                KPIReport.highRungsOutcome(client, peildatum: options.peildatum).map { part == .denominator || $0 } ?? false
            }
        case .outflowToWork:
            guard let year = BestandReport(data, period: options.period).years.last?.year else { return [] }
            return part == .numerator ? uitstroom(data, year: year, .toWork) : bestand(data, year: year, .beginstand)
        }
    }

    private static func caseload(_ data: Dataset, options: ReportOptions, coach: String,
                                 _ measure: ReportFigure.CaseloadMeasure) -> [DrilldownEntry] {
        let peildatum = options.peildatum
        let weeks = options.outOfViewWeeks ?? data.settings.outOfViewWeeks
        var entries: [DrilldownEntry] = []
        data.clients.values.forEach { client in
            guard client.coach == coach, client.isActive(on: peildatum) else { return }
            switch measure {
            case .clients:
                entries.append(.client(client.id))
            case .rung(let rung):
                if LadderPosition(history: client.ladder, on: peildatum).current == rung { entries.append(.client(client.id)) }
            case .overdueActions:
                for action in client.actions where action.status == .open && action.due < peildatum {
                    entries.append(DrilldownEntry(.action, id: action.id, clientId: client.id))
                }
            case .outOfView:
                if Worklists.isOutOfView(client, on: peildatum, weeks: weeks) { entries.append(.client(client.id)) }
            }
        }
        return entries
    }

    private static func instrumenten(_ data: Dataset, peildatum: Day, year: Int, instrumentId: String?,
                                     _ measure: ReportFigure.InstrumentMeasure) -> [DrilldownEntry] {
        var entries: [DrilldownEntry] = []
        data.clients.values.forEach { client in
            for deployment in client.deployments where !deployment.cancelled && deployment.start <= peildatum
                && (instrumentId.map { $0 == deployment.instrumentId } ?? true) {
                let lastDay = min(deployment.end ?? peildatum, peildatum)
                guard lastDay >= deployment.start, (deployment.start.year...lastDay.year).contains(year) else { continue }
                let startsInYear = deployment.start.year == year
                let included: Bool
                switch measure {
                case .started: included = startsInYear
                case .active: included = true
                case .cost: included = (data.instruments[deployment.instrumentId]?.costPerMonth ?? true) || startsInYear
                }
                if included { entries.append(DrilldownEntry(.deployment, id: deployment.id, clientId: client.id)) }
            }
        }
        return entries
    }

    private static func plaatsingen(_ data: Dataset, options: ReportOptions,
                                    _ measure: ReportFigure.PlacementMeasure) -> [DrilldownEntry] {
        let peildatum = options.peildatum
        let report = PlaatsingenReport(data, period: options.period, peildatum: peildatum)
        guard let first = report.firstMonth, let last = report.lastMonth else { return [] }
        func inPeriod(_ day: Day?) -> Bool { day.map { (first...last).contains(YearMonth($0)) } ?? false }
        return data.placements.values.filter { placement in
            guard (placement.firstDate ?? peildatum) <= peildatum else { return false }
            switch measure {
            case .funnel(let stage):
                return inPeriod(placement.firstDate) && placement.furthestStage(on: peildatum) >= stage
            case .lasting(let months, let lasting):
                guard let work = placement.workStart, work <= peildatum, inPeriod(work) else { return false }
                let checkDay = work.adding(months: months)
                guard checkDay <= peildatum else { return false }
                switch lasting {
                case .placed: return true
                case .stillWorking: return placement.end.map { $0 >= checkDay } ?? true
                case .offBenefit: return data.clients[placement.clientId]?.runningBenefit(on: checkDay) == nil
                }
            }
        }.map { DrilldownEntry(.placement, id: $0.id, clientId: $0.clientId) }
    }
}
