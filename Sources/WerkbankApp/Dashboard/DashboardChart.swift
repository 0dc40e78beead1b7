import TerminalUI
import WerkbankCore

/// The chart beside (or below) a dashboard table: one title line, then bars. Charts of rows
/// (years, months, coaches) show the rows around the table's cursor, so they follow it.
struct DashboardChart {
    var report: any Report
    /// The table row under the cursor and the first row the table shows (charts of rows show
    /// the same rows as the table, and always the cursor's).
    var cursorRow: Int
    var firstRow: Int
    var glyphs: Glyphs

    func render(_ area: Rect, into buffer: inout Buffer) {
        guard area.height >= 2, area.width >= 20 else { return }
        let body = Rect(x: area.x, y: area.y + 1, width: area.width, height: area.height - 1)
        switch report {
        case let report as BestandReport: bestand(report, area, body, &buffer)
        case let report as UitstroomReport: uitstroom(report, area, body, &buffer)
        case let report as PreventieReport: preventie(report, area, body, &buffer)
        case let report as LadderReport: ladder(report, area, body, &buffer)
        case let report as KPIReport: kpi(report, area, body, &buffer)
        case let report as CaseloadReport: caseload(report, area, body, &buffer)
        case let report as InstrumentenReport: instrumenten(report, area, body, &buffer)
        case let report as PlaatsingenReport: plaatsingen(report, area, body, &buffer)
        default: break
        }
    }

    private func title(_ text: String, _ area: Rect, _ buffer: inout Buffer) -> Int {
        buffer.put(text, x: area.x, y: area.y, maxWidth: area.width, style: Style(.accent, .bold))
    }

    /// `size` consecutive indices of `count` from `first`, moved so that they include `index`.
    static func window(count: Int, first: Int, including index: Int, size: Int) -> Range<Int> {
        guard count > size else { return 0..<count }
        var start = min(first, index)
        if index >= start + size { start = index - size + 1 }
        start = max(0, min(start, count - size))
        return start..<(start + size)
    }

    private func window(_ count: Int, _ body: Rect) -> Range<Int> {
        DashboardChart.window(count: count, first: firstRow, including: min(cursorRow, max(0, count - 1)), size: body.height)
    }

    private func rows<T>(_ items: [T], _ body: Rect) -> ArraySlice<T> { items[window(items.count, body)] }

    private func bestand(_ report: BestandReport, _ area: Rect, _ body: Rect, _ buffer: inout Buffer) {
        let x = title(appText("dashboard.chart.bestand") + " ", area, &buffer)
        Sparkline(values: report.years.map { Double($0.eindstand) }, glyphs: glyphs)
            .render(Rect(x: x, y: area.y, width: max(0, area.maxX - x), height: 1), into: &buffer)
        BarChart(bars: rows(report.years, body).map { year in
            BarChart.Bar(String(year.year), value: Double(year.eindstand), valueText: DutchNumber.integer(year.eindstand))
        }, maxValue: Double(report.years.map(\.eindstand).max() ?? 0), glyphs: glyphs).render(body, into: &buffer)
    }

    /// Per year one bar stacked by reason: werk, via SWB, zelfstandig (the outflow to work),
    /// then every other reason.
    private func uitstroom(_ report: UitstroomReport, _ area: Rect, _ body: Rect, _ buffer: inout Buffer) {
        let parts: [(String, Role, (UitstroomReport.Year) -> Int)] = [
            (appText("dashboard.chart.legend.werk"), .success, { $0.count(.work) }),
            (appText("dashboard.chart.legend.werk_swb"), .accent, { $0.count(.workViaSWB) }),
            (appText("dashboard.chart.legend.zelfstandig"), .rung5, { $0.count(.selfEmployed) }),
            (appText("dashboard.chart.legend.overig"), .muted, { $0.total - $0.toWork }),
        ]
        var x = title(appText("dashboard.chart.uitstroom") + "  ", area, &buffer)
        for (label, role, _) in parts where x < area.maxX {
            x = buffer.put(glyphs.barEighths[8], x: x, y: area.y, maxWidth: area.maxX - x, style: Style(role))
            x = buffer.put(" \(label)  ", x: x, y: area.y, maxWidth: area.maxX - x, style: Style(.text))
        }
        let maxTotal = report.years.map(\.total).max() ?? 0
        let valueTexts = report.years.map { "\(DutchNumber.integer($0.toWork))/\(DutchNumber.integer($0.total))" }
        let valueWidth = valueTexts.map(DisplayWidth.of).max() ?? 0
        let barWidth = max(0, body.width - 6 - valueWidth - 1)
        let shown = window(report.years.count, body)
        for (line, index) in shown.enumerated() {
            let year = report.years[index], y = body.y + line
            buffer.put(String(year.year), x: body.x, y: y, style: Style(.text))
            var filled = 0, cumulative = 0
            for (_, role, count) in parts {
                cumulative += count(year)
                let end = maxTotal > 0 ? Int((Double(cumulative) / Double(maxTotal) * Double(barWidth)).rounded()) : 0
                if end > filled {
                    buffer.put(String(repeating: glyphs.barEighths[8], count: end - filled), x: body.x + 5 + filled, y: y, style: Style(role))
                    filled = end
                }
            }
            buffer.put(DisplayWidth.pad(valueTexts[index], to: valueWidth, alignRight: true), x: body.maxX - valueWidth, y: y, style: Style(.text))
        }
    }

    private func preventie(_ report: PreventieReport, _ area: Rect, _ body: Rect, _ buffer: inout Buffer) {
        _ = title(appText("dashboard.chart.preventie", DutchNumber.tenths(KPIReport.preventionTarget)), area, &buffer)
        BarChart(bars: rows(report.months, body).map { month in
            let rate = month.counts.preventionRate
            let met = rate.map { $0 >= KPIReport.preventionTarget } ?? false
            return BarChart.Bar(month.month.iso, value: Double(rate?.tenths ?? 0) / 10,
                                valueText: rate.map { DutchNumber.tenths($0) + "%" } ?? "–", role: met ? .success : .warning)
        }, maxValue: 100, target: Double(KPIReport.preventionTarget.tenths) / 10, glyphs: glyphs).render(body, into: &buffer)
    }

    /// Start, now and expected side by side, one bar per rung, on one scale.
    private func ladder(_ report: LadderReport, _ area: Rect, _ body: Rect, _ buffer: inout Buffer) {
        _ = title(appText("dashboard.chart.ladder", DutchNumber.integer(report.clients)), area, &buffer)
        let columns = body.columns([.fill, .fill, .fill], spacing: 2)
        let distributions = [(coreText("report.column.start"), report.start), (coreText("report.column.actueel"), report.actual),
                             (coreText("report.column.verwacht"), report.expected)]
        let scale = Double(distributions.flatMap { $0.1.values }.max() ?? 0)
        for (column, (heading, counts)) in zip(columns, distributions) {
            buffer.put(heading, x: column.x, y: column.y, maxWidth: column.width, style: Style(.header, .bold))
            BarChart(bars: Rung.allCases.map { rung in
                BarChart.Bar(String(rung.rawValue), value: Double(counts[rung] ?? 0), valueText: DutchNumber.integer(counts[rung] ?? 0),
                             role: .rung(rung.rawValue))
            }, maxValue: scale, glyphs: glyphs).render(Rect(x: column.x, y: column.y + 1, width: column.width, height: column.height - 1), into: &buffer)
        }
    }

    /// One gauge per ambition: the value against the target marker, ✓ or ✗.
    private func kpi(_ report: KPIReport, _ area: Rect, _ body: Rect, _ buffer: inout Buffer) {
        _ = title(appText("dashboard.chart.kpi"), area, &buffer)
        let labelWidth = min(report.scores.map { DisplayWidth.of($0.indicator.label) }.max() ?? 0, body.width / 3)
        let step = body.height >= 2 * report.scores.count ? 2 : 1
        for (line, score) in report.scores.enumerated() {
            let y = body.y + line * step
            guard y < body.maxY else { break }
            let role: Role = score.met.map { $0 ? .success : .error } ?? .muted
            let mark = score.met.map { $0 ? (glyphs.isASCII ? "+" : "✓") : (glyphs.isASCII ? "x" : "✗") } ?? " "
            buffer.put(DisplayWidth.truncate(score.indicator.label, to: labelWidth, ellipsis: glyphs.ellipsis), x: body.x, y: y, style: Style(.text))
            let valueText = (score.value.map { DutchNumber.tenths($0) + "%" } ?? "–")
                + (score.target.map { " / " + DutchNumber.tenths($0) + "%" } ?? "")
            BarChart(bars: [BarChart.Bar("", value: Double(score.value?.tenths ?? 0) / 10, valueText: valueText, role: role)],
                     maxValue: 100, target: score.target.map { Double($0.tenths) / 10 }, glyphs: glyphs)
                .render(Rect(x: body.x + labelWidth + 1, y: y, width: max(0, body.width - labelWidth - 3), height: 1), into: &buffer)
            buffer.put(mark, x: body.maxX - 1, y: y, style: Style(role, .bold))
        }
    }

    private func caseload(_ report: CaseloadReport, _ area: Rect, _ body: Rect, _ buffer: inout Buffer) {
        _ = title(appText("dashboard.chart.caseload"), area, &buffer)
        BarChart(bars: rows(report.coaches, body).map { row in
            BarChart.Bar(row.coach.isEmpty ? coreText("report.caseload.no_coach") : row.coach, value: Double(row.clients),
                         valueText: appText("dashboard.chart.caseload_value", DutchNumber.integer(row.clients), DutchNumber.integer(row.overdueActions)),
                         role: row.overdueActions > 0 ? .warning : .accent)
        }, glyphs: glyphs).render(body, into: &buffer)
    }

    /// The cost per instrument in the year of the cursor.
    private func instrumenten(_ report: InstrumentenReport, _ area: Rect, _ body: Rect, _ buffer: inout Buffer) {
        var first = 0
        guard let year = report.years.first(where: { year in
            defer { first += year.lines.count + 1 }
            return cursorRow < first + year.lines.count + 1
        }) ?? report.years.last else { return }
        _ = title(appText("dashboard.chart.instrumenten", String(year.year), DutchNumber.cents(year.totalCents)), area, &buffer)
        BarChart(bars: year.lines.sorted { $0.costCents > $1.costCents }.prefix(body.height).map { line in
            BarChart.Bar(line.name, value: Double(line.costCents), valueText: DutchNumber.cents(line.costCents))
        }, glyphs: glyphs).render(body, into: &buffer)
    }

    /// The funnel, then the lasting outflow after 6 and 12 months.
    private func plaatsingen(_ report: PlaatsingenReport, _ area: Rect, _ body: Rect, _ buffer: inout Buffer) {
        _ = title(appText("dashboard.chart.plaatsingen"), area, &buffer)
        let funnel = PlacementStage.allCases.map { stage in
            BarChart.Bar(stage.label, value: Double(report.funnel[stage] ?? 0), valueText: DutchNumber.integer(report.funnel[stage] ?? 0),
                         role: stage == .permanent ? .success : .accent)
        }
        let funnelArea = Rect(x: body.x, y: body.y, width: body.width, height: min(funnel.count, body.height))
        BarChart(bars: funnel, glyphs: glyphs).render(funnelArea, into: &buffer)
        for (line, row) in report.lasting.enumerated() {
            let y = funnelArea.maxY + line
            guard y < body.maxY else { break }
            buffer.put(appText("dashboard.chart.lasting", row.months, DutchNumber.integer(row.stillWorking), DutchNumber.integer(row.placed),
                               DutchNumber.integer(row.offBenefit)), x: body.x, y: y, maxWidth: body.width, style: Style(.text))
        }
    }
}
