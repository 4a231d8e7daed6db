import Foundation
import Testing

@testable import DiscloseKit

@Suite("disclose generate")
struct SyntheticGroupTests {
    /// Every file under `folder`, by relative path.
    static func files(_ folder: URL) throws -> [String: Data] {
        var result: [String: Data] = [:]
        let enumerator = FileManager.default.enumerator(atPath: folder.path)
        while let relative = enumerator?.nextObject() as? String {
            let url = folder.appendingPathComponent(relative)
            var isDirectory: ObjCBool = false
            if FileManager.default.fileExists(atPath: url.path, isDirectory: &isDirectory), !isDirectory.boolValue {
                result[relative] = try Data(contentsOf: url)
            }
        }
        return result
    }

    @Test func theSameSeedWritesByteIdenticalFilesAndAnotherSeedDoesNot() throws {
        let folder = try TestProject()
        defer { folder.cleanUp() }
        let group = SyntheticGroup(companies: 12, people: 600, years: 2, seed: 42)
        try group.write(to: folder.root.appendingPathComponent("a").path)
        try group.write(to: folder.root.appendingPathComponent("b").path)
        try SyntheticGroup(companies: 12, people: 600, years: 2, seed: 43).write(to: folder.root.appendingPathComponent("c").path)
        let a = try Self.files(folder.root.appendingPathComponent("a"))
        #expect(a.count > 12 * 8)
        #expect(a == (try Self.files(folder.root.appendingPathComponent("b"))))
        #expect(a != (try Self.files(folder.root.appendingPathComponent("c"))))
    }

    @Test func aGeneratedProjectIsValidAndBuilds() throws {
        let folder = try TestProject()
        defer { folder.cleanUp() }
        let target = folder.root.appendingPathComponent("group")
        let result = try EndToEndTests.run(["generate", target.path, "--companies", "25", "--people", "2000", "--years", "3", "--seed", "7"], in: folder.root)
        #expect(result.status == 0, "\(result.stderr)")
        let check = try EndToEndTests.run(["check", "--strict"], in: target)
        #expect(check.status == 0, "\(check.stderr)")
        #expect(check.stderr.contains("0 errors, 0 warnings"))
        let build = try EndToEndTests.run(["build"], in: target)
        #expect(build.status == 0, "\(build.stderr)")
        let json = try String(contentsOf: target.appendingPathComponent("output/FY2025/data.json"), encoding: .utf8)
        #expect(json.contains("\"id\": \"group-training\""))
    }

    @Test func smallCompaniesHaveOneToThreePeopleAndTheGroupKeepsItsHeadcount() {
        let plain = SyntheticGroup(companies: 200, people: 9000, years: 1, seed: 5).members()
        let many = SyntheticGroup(companies: 200, people: 9000, years: 1, seed: 5, smallCompanies: 75).members()
        #expect(plain.reduce(0) { $0 + $1.people } == 9000)
        #expect(many.reduce(0) { $0 + $1.people } == 9000)
        let tiny = many.dropFirst().filter { $0.people <= 3 }
        #expect((120...180).contains(tiny.count), "\(tiny.count) tiny companies of 199 subsidiaries")
        #expect(plain.dropFirst().filter { $0.people <= 3 }.isEmpty)
        #expect(zip(plain, many).allSatisfy { $0.code == $1.code && $0.country == $1.country && $0.from == $1.from })
        // The people ranges stay contiguous, so person ids never repeat across companies.
        #expect(zip(many, many.dropFirst()).allSatisfy { $0.firstPerson + $0.people == $1.firstPerson })
    }

    @Test func aGroupOfManySmallCompaniesIsValid() throws {
        let folder = try TestProject()
        defer { folder.cleanUp() }
        let target = folder.root.appendingPathComponent("many")
        let result = try EndToEndTests.run(
            ["generate", target.path, "--companies", "60", "--people", "900", "--small-companies", "80", "--years", "2"], in: folder.root)
        #expect(result.status == 0, "\(result.stderr)")
        let check = try EndToEndTests.run(["check", "--strict"], in: target)
        #expect(check.status == 0, "\(check.stderr)")
    }

    @Test func generateRefusesAFolderThatIsNotEmpty() throws {
        let folder = try TestProject()
        defer { folder.cleanUp() }
        try folder.write("keep.txt", "mine\n")
        let result = try EndToEndTests.run(["generate", folder.root.path], in: folder.root)
        #expect(result.status == 64)
        #expect(result.stderr.contains("is not empty"))
        #expect(folder.read("pipeline.yaml") == nil)
    }

    @Test func personIdsAreNeverTwelveDigitsOrEMailAddresses() {
        for number in [0, 1, 35, 36, 1_000_000, 2_176_782_335] {
            let id = DatasetWriter.personID(number)
            #expect(FieldFormat.personIDProblem(id) == nil, "\(id)")
        }
    }
}
