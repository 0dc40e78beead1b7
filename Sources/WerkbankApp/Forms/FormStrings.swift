/// The texts of the edit forms, Dutch first, English second (merged into `appStrings`).
let formStrings: AppStringEntries = [
    "form.required": ("verplicht: vul dit in", "required: fill this in"),
    "form.incomplete": ("onvolledig", "incomplete"),
    "form.choose": ("(kies)", "(choose)"),
    "form.email": ("'{0}' is geen e-mailadres", "'{0}' is not an e-mail address"),
    "form.decimal": ("geen getal (bijv. 12 of 12,5)", "not a number (e.g. 12 or 12.5)"),
    "form.number_range": ("'{0}' is geen getal van {1} tot en met {2}", "'{0}' is not a number from {1} to {2}"),
    "form.fix_errors": ("niet opgeslagen: verbeter de velden met een melding", "not saved: correct the fields with a message"),
    "form.hint": ("Ctrl-S opslaan · Esc annuleren · Tab veld · Ctrl-Z laatste wijziging terug",
                  "Ctrl-S save · Esc cancel · Tab field · Ctrl-Z undo last change"),
]
