/// A view that can sit in a `Form`: it takes focus, knows whether it is empty (for required
/// fields) and whether the person changed it, and validates itself.
public protocol FormControl: View {
    var isFocused: Bool { get set }
    /// Set when the person changes the value; the owner clears it after saving.
    var isDirty: Bool { get set }
    /// True when nothing was entered or chosen (a required field then fails).
    var isEmpty: Bool { get }
    /// Lines the control wants in a form.
    var preferredHeight: Int { get }
    /// The control's own check (mask complete, validator); nil when valid.
    func validationMessage() -> String?
}
