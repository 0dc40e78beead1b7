/// A snapshot record line read straight from the tape: the collections with many records have a
/// hand-written decoder (`TapeDecodable`), the others go through their `init(from:)`.
extension Snapshot.Record: TapeDecodable {
    init(tape object: TapeObject) throws {
        // Like `allKeys` of a keyed container: members that name no collection do not count.
        let kinds = object.keys.compactMap(Change.Kind.init(rawValue:))
        guard kinds.count == 1, let kind = kinds.first else { throw Snapshot.Record.tagError }
        let record = try object.value(kind.rawValue)
        switch kind {
        case .user: change = .putUser(try record.decodable())
        case .client: change = .putClient(try record.decode())
        case .employer: change = .putEmployer(try record.decodable())
        case .vacancy: change = .putVacancy(try record.decodable())
        case .placement: change = .putPlacement(try record.decode())
        case .melding: change = .putMelding(try record.decode())
        case .draft: change = .putDraft(try record.decodable())
        case .proposal: change = .putProposal(try record.decode())
        }
    }
}
