/// Hengelo neighbourhoods (wijken) with their postcode numbers and streets, for demo addresses.
struct DemoDistrict: Sendable {
    let name: String
    let postcodeNumbers: [Int]
    let streets: [String]
    /// Relative share of the caseload living there.
    let weight: Double
}

enum DemoPlaces {
    static let districts: [DemoDistrict] = [
        DemoDistrict(name: "Binnenstad", postcodeNumbers: [7551], streets: ["Marskant", "Brinkstraat", "Enschedesestraat", "Drienerstraat", "Thiemsland"], weight: 8),
        DemoDistrict(name: "Berflo Es", postcodeNumbers: [7556], streets: ["Bornsestraat", "Berflo-Esstraat", "Oelerweg", "Vossenbeltweg", "Slachthuisstraat"], weight: 13),
        DemoDistrict(name: "Hasseler Es", postcodeNumbers: [7552], streets: ["Hasselerbaan", "Oppenheimstraat", "Wiekstraat", "Kolkstraat"], weight: 9),
        DemoDistrict(name: "Groot Driene", postcodeNumbers: [7553], streets: ["Geerdinksweg", "Wolter ten Catestraat", "Landmansweg", "Gieterijstraat"], weight: 11),
        DemoDistrict(name: "Klein Driene", postcodeNumbers: [7553], streets: ["Breemarsweg", "Drienerweg", "Anninksweg", "Johan van Oldenbarneveltstraat"], weight: 10),
        DemoDistrict(name: "Tuindorp", postcodeNumbers: [7555], streets: ["Tuindorpstraat", "C.T. Storkstraat", "Lansinkweg", "Sloetsweg"], weight: 7),
        DemoDistrict(name: "Nijverheid", postcodeNumbers: [7554], streets: ["Nijverheidstraat", "Boekelosestraat", "Paul Krugerstraat", "Bataafsestraat"], weight: 8),
        DemoDistrict(name: "Hengelose Es", postcodeNumbers: [7559], streets: ["Esrand", "Beckumerstraat", "Oldenzaalsestraat", "Ribbeltsweg"], weight: 8),
        DemoDistrict(name: "Woolde", postcodeNumbers: [7555], streets: ["Woolderesweg", "Haaksbergerstraat", "Wooldriksweg", "Stationsplein"], weight: 5),
        DemoDistrict(name: "Slangenbeek", postcodeNumbers: [7558], streets: ["Slangenbeeksweg", "Deldenerstraat", "Kettingbrugweg", "Tichelwerk"], weight: 6),
        DemoDistrict(name: "Wilderinkshoek", postcodeNumbers: [7557], streets: ["Wilderinkshoek", "Pruisendijk", "Mammoetstraat", "Ravelijn"], weight: 6),
        DemoDistrict(name: "Hengelo-Noord", postcodeNumbers: [7559], streets: ["Van Nagellstraat", "Bosmaatweg", "Kuipersdijk", "Vijverweg"], weight: 5),
        DemoDistrict(name: "Westermaat", postcodeNumbers: [7557], streets: ["Westermaatweg", "Mozartlaan", "Bachlaan", "Chopinstraat"], weight: 4),
    ]

    /// Letters a Dutch postcode never uses: SA, SD and SS.
    static let forbiddenPostcodeLetters: Set<String> = ["SA", "SD", "SS"]

    static let letters = Array("ABCDEFGHJKLMNPRSTVWXZ")
}
