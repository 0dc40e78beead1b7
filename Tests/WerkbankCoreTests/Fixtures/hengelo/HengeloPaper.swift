/// The tables of "Werk maken van werk 2016-2020" (seed `003_*`, Bijlage 1 "Feiten en cijfers")
/// exactly as printed, including the figures that do not add up.
enum HengeloPaper {
    struct StockYear {
        let year, beginstand, inflow, inflowLonger, inflowShorter, outflow, saldo, eindstand: Int
    }

    /// a.2 Bestandsontwikkeling (2017: t/m juli).
    static let stock: [StockYear] = [
        StockYear(year: 2012, beginstand: 1707, inflow: 1126, inflowLonger: 1006, inflowShorter: 120, outflow: 873, saldo: 253, eindstand: 1963),
        StockYear(year: 2013, beginstand: 1963, inflow: 1097, inflowLonger: 981, inflowShorter: 116, outflow: 942, saldo: 155, eindstand: 2118),
        StockYear(year: 2014, beginstand: 2118, inflow: 1105, inflowLonger: 997, inflowShorter: 108, outflow: 997, saldo: 108, eindstand: 2226),
        StockYear(year: 2015, beginstand: 2226, inflow: 1001, inflowLonger: 911, inflowShorter: 90, outflow: 958, saldo: 43, eindstand: 2269),
        StockYear(year: 2016, beginstand: 2268, inflow: 603, inflowLonger: 549, inflowShorter: 54, outflow: 486, saldo: 117, eindstand: 2388),
        StockYear(year: 2017, beginstand: 2376, inflow: 509, inflowLonger: 444, inflowShorter: 65, outflow: 492, saldo: 17, eindstand: 2377),
    ]

    struct WorkOutflowYear {
        let year, work, viaSWB, selfEmployed, total: Int
    }

    /// a.1 Uitstroom naar betaalde arbeid (2017: t/m juli).
    static let workOutflow: [WorkOutflowYear] = [
        WorkOutflowYear(year: 2012, work: 198, viaSWB: 30, selfEmployed: 6, total: 234),
        WorkOutflowYear(year: 2013, work: 236, viaSWB: 52, selfEmployed: 16, total: 304),
        WorkOutflowYear(year: 2014, work: 293, viaSWB: 43, selfEmployed: 9, total: 345),
        WorkOutflowYear(year: 2015, work: 319, viaSWB: 30, selfEmployed: 15, total: 364),
        WorkOutflowYear(year: 2016, work: 296, viaSWB: 19, selfEmployed: 19, total: 334),
        WorkOutflowYear(year: 2017, work: 152, viaSWB: 18, selfEmployed: 6, total: 176),
    ]

    struct PreventionMonth {
        let month: String
        let meldingen, applications, granted, rejected, notProcessed, withdrawn: Int
        /// The paper's "Nog geen besluit" row.
        let noDecisionYet: Int
        /// "% Toegekend tov meldingen" and "Preventiequote" in tenths of a percent.
        let grantedPercentage, preventionRate: Int
    }

    /// a.8 Effecten instroombeperking, January-June 2017.
    static let prevention: [PreventionMonth] = [
        PreventionMonth(month: "2017-01", meldingen: 131, applications: 87, granted: 54, rejected: 11, notProcessed: 8, withdrawn: 6, noDecisionYet: 139, grantedPercentage: 412, preventionRate: 588),
        PreventionMonth(month: "2017-02", meldingen: 144, applications: 84, granted: 54, rejected: 7, notProcessed: 8, withdrawn: 11, noDecisionYet: 148, grantedPercentage: 375, preventionRate: 625),
        PreventionMonth(month: "2017-03", meldingen: 142, applications: 115, granted: 73, rejected: 8, notProcessed: 7, withdrawn: 12, noDecisionYet: 157, grantedPercentage: 514, preventionRate: 486),
        PreventionMonth(month: "2017-04", meldingen: 105, applications: 75, granted: 49, rejected: 8, notProcessed: 7, withdrawn: 6, noDecisionYet: 110, grantedPercentage: 467, preventionRate: 533),
        PreventionMonth(month: "2017-05", meldingen: 103, applications: 73, granted: 46, rejected: 4, notProcessed: 7, withdrawn: 9, noDecisionYet: 110, grantedPercentage: 447, preventionRate: 553),
        PreventionMonth(month: "2017-06", meldingen: 92, applications: 58, granted: 37, rejected: 6, notProcessed: 7, withdrawn: 6, noDecisionYet: 94, grantedPercentage: 402, preventionRate: 598),
    ]
    /// The "Totaal" column of a.8 (no "Nog geen besluit" total is printed).
    static let preventionTotal = PreventionMonth(month: "totaal", meldingen: 717, applications: 492, granted: 313, rejected: 44, notProcessed: 44,
                                                 withdrawn: 50, noDecisionYet: 0, grantedPercentage: 437, preventionRate: 563)

    /// b.2 Positie op de participatieladder medio 2017, in tenths of a percent per rung 0…6
    /// ("nog in onderzoek" / "nog te bepalen" is rung 0). The start column sums to 100,2%.
    static let startShares = [13, 92, 483, 209, 91, 111, 3]
    static let expectedShares = [13, 27, 222, 288, 195, 181, 74]
}
