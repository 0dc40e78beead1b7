/// Merges checked import records into an existing dataset (see `CSVImport` for the rules).
/// Benefit periods and ladder observations get deterministic ids (`K12-u1`, `K12-t3`: client id
/// and position among that client's rows); one matching an existing record keeps that
/// record's id (and, for the ladder, who recorded it and why).
enum ImportMerge {
    static func merge(_ imported: ImportedRecords, into existing: Dataset) -> ImportResult {
        var data = existing
        data.clients.reserveCapacity(existing.clients.count + imported.clients.count)
        var summary = ImportSummary()
        for var client in imported.clients {
            let previous = existing.clients[client.id]
            if let benefits = imported.benefits {
                client.benefits = withIds(benefits[client.id] ?? [], existing: previous?.benefits ?? [], prefix: client.id + "-u",
                                          matches: { $0.start == $1.start }, merge: { old, new in new.with(id: old.id) })
            } else {
                client.benefits = previous?.benefits ?? []
            }
            if let ladder = imported.ladder {
                client.ladder = withIds(ladder[client.id] ?? [], existing: previous?.ladder ?? [], prefix: client.id + "-t",
                                        matches: { ($0.date, $0.kind, $0.rung) == ($1.date, $1.kind, $1.rung) }, merge: { old, _ in old })
            } else {
                client.ladder = previous?.ladder ?? []
            }
            if let previous {
                var updated = withCSVFields(of: client, on: previous)
                if updated != previous { updated.version += 1 }
                data.clients[client.id] = updated
            } else {
                summary.newClients += 1
                data.clients[client.id] = client
            }
            summary.clients += 1
            summary.benefits += client.benefits.count
            summary.ladderObservations += client.ladder.count
            if !client.coach.isEmpty, data.users[client.coach] == nil {
                data.users[client.coach] = User(name: client.coach, displayName: client.coach, role: .coach)
                summary.newCoaches.append(client.coach)
            }
        }
        for melding in imported.meldingen {
            data.meldingen[melding.id] = existing.meldingen[melding.id].map { withCSVFields(of: melding, on: $0) } ?? melding
            summary.meldingen += 1
        }
        return ImportResult(dataset: data, summary: summary)
    }

    /// `previous` with the fields klanten.csv carries (and benefits and ladder) taken from `client`.
    static func withCSVFields(of client: Client, on previous: Client) -> Client {
        var result = previous
        result.bsn = client.bsn
        result.firstName = client.firstName
        result.infix = client.infix
        result.lastName = client.lastName
        result.birthDate = client.birthDate
        result.postcode = client.postcode
        result.district = client.district
        result.coach = client.coach
        result.targetGroups = client.targetGroups
        result.barriers = client.barriers
        result.workObligation = client.workObligation
        result.benefits = client.benefits
        result.ladder = client.ladder
        return result
    }

    /// `previous` with the fields meldingen.csv carries taken from `melding`.
    static func withCSVFields(of melding: Melding, on previous: Melding) -> Melding {
        var result = previous
        result.clientId = melding.clientId
        result.date = melding.date
        result.applicationDate = melding.applicationDate
        result.decision = melding.decision
        result.decisionDate = melding.decisionDate
        return result
    }

    /// Gives each of `records` (in order) the id of the first unused existing record it
    /// matches, merged by `merge`; the others get `prefix` + their 1-based position (the next
    /// free number when that id is already taken).
    static func withIds<T: ImportIdentified>(_ records: [T], existing: [T], prefix: String,
                                         matches: (T, T) -> Bool, merge: (T, T) -> T) -> [T] {
        var unused = existing
        var result: [T?] = []
        var taken = Set<String>()
        for record in records {
            if let index = unused.firstIndex(where: { matches($0, record) }) {
                let merged = merge(unused.remove(at: index), record)
                taken.insert(merged.id)
                result.append(merged)
            } else {
                result.append(nil)
            }
        }
        return zip(records.indices, result).map { index, matched in
            if let matched { return matched }
            var number = index + 1
            while taken.contains(prefix + String(number)) { number += 1 }
            taken.insert(prefix + String(number))
            return records[index].with(id: prefix + String(number))
        }
    }
}

/// Records whose id the import assigns.
protocol ImportIdentified: Identifiable where ID == String {
    var id: String { get set }
}

extension ImportIdentified {
    func with(id: String) -> Self {
        var copy = self
        copy.id = id
        return copy
    }
}

extension BenefitPeriod: ImportIdentified {}
extension LadderObservation: ImportIdentified {}
