/// User-visible text of WerkbankCore and the command line: code labels, validation and
/// error messages. Dutch first, English second.
public let coreStrings = StringTable([
    // Participatieladder
    "rung.0": ("in onderzoek", "under assessment"),
    "rung.1": ("geïsoleerd", "isolated"),
    "rung.2": ("sociale contacten buiten de deur", "social contacts outside the home"),
    "rung.3": ("deelname georganiseerde activiteiten", "taking part in organised activities"),
    "rung.4": ("onbetaald werk / vrijwilligerswerk", "unpaid or voluntary work"),
    "rung.5": ("betaald werk met ondersteuning", "paid work with support"),
    "rung.6": ("betaald werk", "paid work"),
    "group.zelfredzaam": ("zelfredzaam", "self-reliant"),
    "group.middengroep": ("kwetsbare middengroep", "vulnerable middle group"),
    "group.maatschappelijke_participatie": ("maatschappelijke participatie", "social participation"),
    "group.onbekend": ("onbekend", "unknown"),
    "ladderkind.start": ("start", "start"),
    "ladderkind.actueel": ("actueel", "current"),
    "ladderkind.verwacht": ("verwacht", "expected"),
    // Doelgroepen
    "code.pro_vso_entree": ("schoolverlater PrO/VSO/Entree", "school leaver PrO/VSO/Entree"),
    "code.jongere": ("jongere < 27", "young person < 27"),
    "code.ouder": ("ouder met (jonge) kinderen", "parent of (young) children"),
    "code.statushouder": ("statushouder", "refugee status holder"),
    "code.banenafspraak": ("doelgroep banenafspraak", "job agreement target group"),
    "code.beschut": ("beschut werk", "sheltered work"),
    "code.50plus": ("50-plusser", "over 50"),
    // Belemmeringen
    "code.opleiding": ("lage/verouderde opleiding", "low or outdated education"),
    "code.fysiek": ("fysiek", "physical"),
    "code.psychisch": ("psychisch", "psychological"),
    "code.sociaal": ("sociaal", "social"),
    "code.werkervaring": ("geen werkervaring", "no work experience"),
    "code.leeftijd": ("leeftijd", "age"),
    "code.zorgtaken": ("zorgtaken", "care duties"),
    "code.taal": ("taal", "language"),
    "code.schulden": ("schulden", "debts"),
    "code.verslaving": ("verslaving", "addiction"),
    "code.vervoer": ("vervoer", "transport"),
    "code.kinderopvang": ("kinderopvang", "childcare"),
    // Arbeidsplicht
    "code.opgelegd": ("arbeidsplicht opgelegd", "work obligation imposed"),
    "code.gedeeltelijke_ontheffing": ("gedeeltelijke ontheffing", "partial exemption"),
    "code.volledige_ontheffing": ("volledige ontheffing", "full exemption"),
    // Reden einde uitkering
    "code.werk": ("werk in dienstbetrekking", "employment"),
    "code.werk_swb": ("werk via SWB", "work via SWB"),
    "code.zelfstandig": ("zelfstandig", "self-employed"),
    "code.verhuizing": ("verhuizing", "moved away"),
    "code.inkomen_partner": ("inkomen partner", "partner's income"),
    "code.studie": ("studie", "study"),
    "code.detentie": ("detentie", "detention"),
    "code.aow": ("AOW", "state pension"),
    "code.overlijden": ("overlijden", "death"),
    "code.overig": ("overig", "other"),
    // Besluit
    "code.toegekend": ("toegekend", "granted"),
    "code.afgewezen": ("afgewezen", "rejected"),
    "code.buiten_behandeling": ("buiten behandeling", "not processed"),
    "code.ingetrokken": ("ingetrokken", "withdrawn"),
    "code.werk_gevonden": ("werk gevonden", "found work"),
    "code.eigen_middelen": ("eigen middelen", "own means"),
    "code.doorverwezen": ("doorverwezen", "referred elsewhere"),
    "code.overig_geen_aanvraag": ("overig", "other"),
    // Routes
    "code.aba": ("ABA (beoordeling arbeidsvermogen)", "work capacity assessment"),
    "code.medisch_advies": ("medisch advies", "medical advice"),
    "code.psychisch_onderzoek": ("psychisch onderzoek", "psychological assessment"),
    "code.arbeidsdeskundige": ("arbeidsdeskundige", "labour expert"),
    // Huishouden
    "code.alleenstaand": ("alleenstaand", "single"),
    "code.alleenstaande_ouder": ("alleenstaande ouder", "single parent"),
    "code.samenwonend": ("samenwonend", "living together"),
    "code.gezin": ("gezin met kinderen", "family with children"),
    // Opleiding
    "code.geen": ("geen", "none"),
    "code.basisonderwijs": ("basisonderwijs", "primary school"),
    "code.vmbo": ("vmbo", "vmbo"),
    "code.mbo1": ("mbo 1 (entree)", "mbo 1 (entry)"),
    "code.mbo2_4": ("mbo 2-4", "mbo 2-4"),
    "code.havo_vwo": ("havo/vwo", "havo/vwo"),
    "code.hbo_wo": ("hbo/wo", "higher education"),
    // Taalniveau
    "code.a0": ("A0", "A0"), "code.a1": ("A1", "A1"), "code.a2": ("A2", "A2"),
    "code.b1": ("B1", "B1"), "code.b2": ("B2", "B2"), "code.c1": ("C1", "C1"),
    "code.moedertaal": ("moedertaal", "native"),
    // Contactkanaal
    "code.gesprek": ("gesprek", "meeting"),
    "code.telefoon": ("telefoon", "phone"),
    "code.mail": ("mail", "mail"),
    "code.huisbezoek": ("huisbezoek", "home visit"),
    // Rollen
    "code.werkcoach": ("werkcoach", "work coach"),
    "code.intaker": ("intaker", "intake officer"),
    "code.supervisor": ("teamleider", "supervisor"),
    "code.admin": ("beheerder", "administrator"),
    // Acties en plaatsingen
    "actionstatus.open": ("open", "open"),
    "actionstatus.gedaan": ("gedaan", "done"),
    "actionstatus.vervallen": ("vervallen", "cancelled"),
    "stage.voorgesteld": ("voorgesteld", "proposed"),
    "stage.proefplaatsing": ("proefplaatsing", "trial placement"),
    "stage.tijdelijk_contract": ("tijdelijk contract", "temporary contract"),
    "stage.vast_contract": ("vast contract", "permanent contract"),
])

/// Looks up a core text in the current language.
public func coreText(_ key: String, _ arguments: CustomStringConvertible...) -> String {
    coreStrings.text(key, arguments.map(\.description))
}
