import Foundation
import XCTest
@testable import WerkbankCore

/// The snapshot is read a slice at a time, pipelined: one slice's records go into the dataset
/// while the next is decoded. Read in many small slices it gives the same data as in one, and
/// the first fault in the file is the one named.
final class SliceReadingTests: StoreTestCase {
    private let today = Day(year: 2026, month: 11, day: 23)!
    private var path: String { file(Snapshot.fileName).path }

    private func makeDirectory() throws -> Dataset {
        let dataset = DemoGenerator(seed: DemoGenerator.defaultSeed, clients: 300, today: today).generate()
        let store = try Store.create(directory, dataset: dataset, user: "anna")
        defer { store.close() }
        return store.data
    }

    private func decode(sliceBytes: Int, parts: Set<DataPart>? = nil) throws -> Snapshot.Contents {
        let fd = open(path, O_RDONLY)
        defer { close(fd) }
        return try Snapshot.decode(fd: fd, path: path, parts: parts, sliceBytes: sliceBytes)
    }

    func testManySmallSlicesGiveTheSameDataAsOne() throws {
        let written = try makeDirectory()
        let size = try XCTUnwrap(FileManager.default.attributesOfItem(atPath: path)[.size] as? Int)
        XCTAssertGreaterThan(size / 4096, 50, "the file is read in many slices")
        let whole = try decode(sliceBytes: size)
        XCTAssertEqual(whole.dataset.clients, written.clients)
        XCTAssertEqual(whole.dataset.meldingen, written.meldingen)
        let sliced = try decode(sliceBytes: 4096)
        XCTAssertEqual(sliced.dataset, whole.dataset)
        // Some parts, in small slices: the same parts as from the whole read.
        let parts = try decode(sliceBytes: 4096, parts: [.benefits, .ladder, .meldingen])
        XCTAssertEqual(parts.dataset.meldingen, whole.dataset.meldingen)
        XCTAssertEqual(parts.dataset.clients.mapValues(\.ladder), whole.dataset.clients.mapValues(\.ladder))
        XCTAssertEqual(parts.dataset.clients.mapValues(\.benefits), whole.dataset.clients.mapValues(\.benefits))
    }

    func testADamagedLineIsNamedBeforeACutOffFurtherOn() throws {
        _ = try makeDirectory()
        let original = try snapshotLines()
        var lines = original
        let header = try snapshotHeader(lines)
        let sections = try XCTUnwrap(header.sections)
        let meldingIndex = try XCTUnwrap(DataPart.allCases.firstIndex(of: .meldingen))
        let meldingStart = 1 + sections[..<meldingIndex].reduce(0) { $0 + $1.lines }
        XCTAssertGreaterThan(sections[meldingIndex].lines, 100)
        // A byte changed in the 11th melding line: its checksum no longer matches.
        let damaged = meldingStart + 10
        lines[damaged] = lines[damaged].replacingOccurrences(of: "\"date\":\"2", with: "\"date\":\"1")
        try writeSnapshot(lines)
        XCTAssertThrowsError(try decode(sliceBytes: 4096)) { error in
            XCTAssertTrue("\(error)".contains("regel \(damaged + 1)") && "\(error)".contains("controlegetal"), "\(error)")
        }
        // The file cut off in the line after next, in the slice after the damaged one or in it:
        // the damaged line, met first, is still the one named.
        let bytes = try Data(contentsOf: file(Snapshot.fileName))
        let cut = lines[...(damaged + 1)].reduce(0) { $0 + $1.utf8.count + 1 } + 20
        try bytes.prefix(cut).write(to: file(Snapshot.fileName))
        XCTAssertThrowsError(try decode(sliceBytes: 4096)) { error in
            XCTAssertTrue("\(error)".contains("regel \(damaged + 1)"), "\(error)")
        }
        // Undamaged but cut off: the cut is named.
        try writeSnapshot(original)
        try Data(contentsOf: file(Snapshot.fileName)).prefix(cut).write(to: file(Snapshot.fileName))
        XCTAssertThrowsError(try decode(sliceBytes: 4096)) { error in
            XCTAssertTrue("\(error)".contains("onvolledig of beschadigd"), "\(error)")
        }
    }

    func testARecordOfAnotherCollectionInTheMeldingSectionIsNamed() throws {
        _ = try makeDirectory()
        let lines = try snapshotLines()
        let placement = try XCTUnwrap(lines.first { unframed($0).hasPrefix("{\"placement\"") })
        let first = try editSnapshotSection(.meldingen) { $0[3] = placement }
        XCTAssertThrowsError(try decode(sliceBytes: 4096)) { error in
            XCTAssertTrue("\(error)".contains("regel \(first + 3): een placement-record in een sectie voor iets anders"), "\(error)")
        }
    }
}
