import Foundation
import Testing

@testable import DiscloseKit

@Suite("SHA-256")
struct SHA256Tests {
    @Test(arguments: [
        ("", "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"),
        ("abc", "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"),
        ("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq",
         "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1"),
        ("abcdefghbcdefghicdefghijdefghijkefghijklfghijklmghijklmnhijklmnoijklmnopjklmnopqklmnopqrlmnopqrsmnopqrstnopqrstu",
         "cf5b16a778af8380036ce59e7b0492370b249b11e8f07a51afac45037afee9d1"),
        ("The quick brown fox jumps over the lazy dog", "d7a8fbb307d7809469ca9abcb0082e4f8d5651e46d3cdb762d02d0bf37c9e592"),
    ])
    func digestsMatchTheKnownVectors(message: String, digest: String) {
        #expect(SHA256.hex(of: message) == digest)
    }

    @Test func aMillionAsMatchTheLongVector() {
        var hasher = SHA256()
        let block = [UInt8](repeating: UInt8(ascii: "a"), count: 1000)
        for _ in 0..<1000 { hasher.update(block) }
        #expect(hasher.hexDigest() == "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0")
    }

    @Test func feedingInPiecesOfEveryLengthGivesTheSameDigest() {
        let message = Array((0..<300).map { UInt8($0 % 251) })
        var whole = SHA256()
        whole.update(message)
        for piece in [1, 3, 55, 56, 63, 64, 65, 129] {
            var hasher = SHA256()
            var offset = 0
            while offset < message.count {
                hasher.update(message[offset..<min(offset + piece, message.count)])
                offset += piece
            }
            #expect(hasher.hexDigest() == whole.hexDigest(), "pieces of \(piece) bytes")
        }
    }

    @Test func lengthsAroundThePaddingBoundaryDifferFromEachOther() {
        let digests = (50...70).map { SHA256.hex(of: String(repeating: "x", count: $0)) }
        #expect(Set(digests).count == digests.count)
        #expect(SHA256.hex(of: String(repeating: "a", count: 55)) == "9f4390f8d30c2dd92ec9f095b65e2b9ae9b0a925a5258e241c9f1e910f734318")
        #expect(SHA256.hex(of: String(repeating: "a", count: 56)) == "b35439a4ac6f0948b6d6f9e3c6af0f5f590ce20f1bde7090ef7970686ec6738a")
        #expect(SHA256.hex(of: String(repeating: "a", count: 64)) == "ffe054fe7ae0cb6dc65c3af9b61d5209f439851db43d0ba5997337df154668eb")
    }

    @Test func aFileDigestEqualsTheDigestOfItsBytes() throws {
        let project = try TestProject()
        defer { project.cleanUp() }
        let text = String(repeating: "row,日本語,42\n", count: 100_000)
        try project.write("big.csv", text)
        #expect(try SHA256.hex(ofFile: project.root.appendingPathComponent("big.csv").path) == SHA256.hex(of: text))
    }
}
