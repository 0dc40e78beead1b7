import XCTest
@testable import WerkbankCore

final class SearchFoldingTests: XCTestCase {
    func testFoldWithOffsetsPointsEveryByteAtItsCharacter() {
        XCTAssertEqual(SearchFolding.foldWithOffsets("Jansen-de Wit").bytes, Array("jansen-de wit".utf8))
        XCTAssertEqual(SearchFolding.foldWithOffsets("Jansen-de Wit").characterOffsets, Array(0..<13))
        let celik = SearchFolding.foldWithOffsets("ÇeLik")
        XCTAssertEqual(celik.bytes, Array("celik".utf8))
        XCTAssertEqual(celik.characterOffsets, [0, 1, 2, 3, 4])
        let yilmaz = SearchFolding.foldWithOffsets("Yılmaz")
        XCTAssertEqual(yilmaz.bytes.count, yilmaz.characterOffsets.count)
        XCTAssertEqual(yilmaz.characterOffsets.last, 5, "six characters, whatever ı folds to")
        let lines = SearchFolding.foldWithOffsets("a\r\nb")
        XCTAssertEqual(lines.characterOffsets, [0, 1, 2], "CR LF is one character (folded to one byte)")
        XCTAssertEqual(lines.bytes, [0x61, 0x0A, 0x62])
    }
}
