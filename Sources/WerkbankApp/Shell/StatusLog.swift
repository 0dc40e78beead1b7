import Foundation
import TerminalUI

/// The status messages of this session and where each was given. A message belongs to the
/// screen and client it was given on: it names that client ("opgeslagen: actie gedaan —
/// Jansen, P.") and is cleared once the user moves to another screen or client. The last
/// `capacity` messages stay readable in the message log ("Berichten" in the palette).
final class StatusLog {
    /// Where a message was given: the top screen and the client it is about (a dossier).
    struct Place: Equatable {
        var screen: ObjectIdentifier?
        var clientId: String?
    }

    struct Entry: Equatable {
        var message: StatusMessage
        var clientName: String?
        /// "14:03:27", local time.
        var time: String

        /// The message as shown: with the client it is about.
        var shown: StatusMessage {
            guard let clientName else { return message }
            return StatusMessage(message.text + " — " + clientName, severity: message.severity)
        }
    }

    static let capacity = 50

    /// Oldest first; at most `capacity`.
    private(set) var entries: [Entry] = []
    /// Goes up with every message given (not when one is cleared).
    private(set) var serial = 0
    /// Where the message now shown was given.
    private(set) var place = Place()
    /// Whether a message is shown now (the latest entry).
    private(set) var isShowing = false
    /// Where the user is now, and the name of a client (set by the root view).
    var currentPlace: () -> Place = { Place() }
    var clientName: (String) -> String? = { _ in nil }
    /// The time a message is given, "14:03:27" (replaceable: screen tests fix it).
    var clock: () -> String = { StatusLog.localTime(Date()) }

    /// The message shown on the status line, naming its client.
    var shown: StatusMessage? { isShowing ? entries.last?.shown : nil }

    /// A message was given (or the status line cleared, `nil`): it belongs to where the user is.
    func record(_ message: StatusMessage?) {
        guard let message else {
            isShowing = false
            return
        }
        serial += 1
        place = currentPlace()
        entries.append(Entry(message: message, clientName: place.clientId.flatMap(clientName), time: clock()))
        if entries.count > StatusLog.capacity { entries.removeFirst(entries.count - StatusLog.capacity) }
        isShowing = true
    }

    /// After an event: a message given during it belongs to where the event led (a form that
    /// saved and closed leaves its message on the dossier below); an older one is cleared
    /// once the user is somewhere else. Returns whether the shown message was cleared.
    func settle(messagesBefore: Int) -> Bool {
        let now = currentPlace()
        if serial != messagesBefore, isShowing, var last = entries.popLast() {
            place = now
            last.clientName = now.clientId.flatMap(clientName)
            entries.append(last)
            return false
        }
        guard isShowing, now != place else { return false }
        isShowing = false
        return true
    }

    static func localTime(_ date: Date) -> String {
        let formatter = DateFormatter()
        formatter.dateFormat = "HH:mm:ss"
        return formatter.string(from: date)
    }
}
