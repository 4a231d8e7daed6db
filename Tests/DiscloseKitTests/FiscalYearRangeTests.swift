import Foundation
import Testing

@testable import DiscloseKit

/// Issue 27, item 7: one accepted fiscal-year range for every command, argument and folder.
@Suite("One fiscal-year range")
struct FiscalYearRangeTests {
    static let outside = [Int.min, -1, 0, 1, 1899, 9999, 10000, Int.max]
    static let low = FiscalYear.supported.lowerBound
    static let high = FiscalYear.supported.upperBound

    /// Every file under the project, to show a refused command wrote nothing.
    static func files(_ project: TestProject) -> [String] {
        (FileManager.default.enumerator(atPath: project.root.path)?.allObjects as? [String] ?? []).sorted()
    }

    @Test func everyCommandRefusesAYearOutsideTheRangeAsAUsageErrorWritingNothing() throws {
        let project = try TestProject.group(years: [2024, 2025])
        defer { project.cleanUp() }
        let before = Self.files(project)
        for year in Self.outside {
            let options = project.options(fiscalYear: year)
            func expectRefused(_ name: String, _ attempt: () throws -> Void) {
                do {
                    try attempt()
                    Issue.record("\(name) accepted \(year)")
                } catch let error as DiscloseError {
                    #expect(error.description.contains("is out of range: fiscal years run from 1900 to 9998"), "\(name) \(year): \(error)")
                    if case .usage = error.reason {} else { Issue.record("\(name) \(year): not a usage error: \(error)") }
                } catch {
                    Issue.record("\(name) \(year): \(error)")
                }
            }
            let folder = project.root.appendingPathComponent("t").path
            expectRefused("validate") { _ = try Pipeline(options: options).validate() }
            expectRefused("build") { _ = try Pipeline(options: options).build() }
            expectRefused("templates data") { _ = try Pipeline(options: options).dataTemplates(to: folder, company: nil) }
            expectRefused("templates data --company") { _ = try Pipeline(options: options).dataTemplates(to: folder, company: "P") }
            expectRefused("approve") {
                _ = try Approval(options: options, selectors: nil, edition: nil, by: "A", note: nil, date: nil).record()
            }
            expectRefused("new-year") { _ = try Pipeline(options: project.options()).startYear(year) }
            expectRefused("diff --against") {
                let evaluation = try Pipeline(options: project.options()).evaluate()
                _ = try YearComparison.make(evaluation: evaluation, laterYear: 2025, earlierYear: year, publishedFolder: project.root.path)
            }
        }
        #expect(Self.files(project) == before)
    }

    @Test func yearsAtBothEndsAreAccepted() throws {
        let project = try TestProject.group(years: [2025])
        defer { project.cleanUp() }
        for year in [Self.low, Self.low + 1, Self.high - 1, Self.high] {
            // Inside the range: no range error (the folder or the registry may still say why not).
            do {
                _ = try Pipeline(options: project.options(fiscalYear: year)).validate()
            } catch {
                #expect(!"\(error)".contains("out of range"), "\(year): \(error)")
            }
            do {
                _ = try Pipeline(options: project.options()).startYear(year)
            } catch {
                #expect(!"\(error)".contains("out of range"), "new-year \(year): \(error)")
            }
            let folder = project.root.appendingPathComponent("t\(year)").path
            // A kit is for a company consolidated that year (P is from 2000 on): refused for FY1900, never for its range.
            do {
                _ = try Pipeline(options: project.options(fiscalYear: year)).dataTemplates(to: folder, company: "P")
                #expect(year > 2000, "FY\(year) has no consolidated P")
            } catch {
                #expect(!"\(error)".contains("out of range"), "templates data \(year): \(error)")
                #expect("\(error)".contains("is not consolidated at the end of FY\(year)"))
            }
        }
        #expect(FileManager.default.fileExists(atPath: project.root.appendingPathComponent("data/FY9998/P").path))
        #expect(FileManager.default.fileExists(atPath: project.root.appendingPathComponent("data/FY9997/P").path))
    }

    @Test func theCommandLineExitsSixtyFourForEveryCommandWithAYearOutside() throws {
        let project = try TestProject.group(years: [2025])
        defer { project.cleanUp() }
        let before = Self.files(project)
        for year in ["0", "1899", "9999", "10000", "-5"] {
            for arguments in [
                ["new-year", year], ["build", "--fy", year], ["check", "--fy", year], ["status", "--fy", year],
                ["explain", "x", "--fy", year], ["evidence", "--fy", year], ["diff", "--fy", year], ["diff", "--against", year],
                ["templates", "data", "t", "--fy", year], ["approve", "--all", "--by", "A", "--fy", year],
            ] {
                var arguments = arguments
                if year == "-5" {
                    // A negative number is passed as `--fy=-5`, or after `--` for an argument.
                    arguments = arguments.filter { $0 != "-5" }.map { $0 == "--fy" || $0 == "--against" ? $0 + "=-5" : $0 }
                    if arguments.first == "new-year" { arguments = ["new-year", "--", "-5"] }
                }
                let result = try EndToEndTests.run(arguments, in: project.root)
                #expect(result.status == 64, "\(arguments): \(result.stderr)")
            }
        }
        #expect(Self.files(project) == before)
    }

    @Test func aDataFolderOfAYearOutsideTheRangeIsIgnoredWithAWarning() throws {
        let project = try TestProject.group(years: [2025])
        defer { project.cleanUp() }
        for folder in ["FY0000", "FY1899", "FY9999"] {
            for spec in DatasetCatalog.perCompany { try project.write("data/\(folder)/P/\(spec.fileName)", TestProject.header(spec.dataset)) }
        }
        let validation = try Pipeline(options: project.options()).validate()
        #expect(validation.data.fiscalYears == [2025])
        let ignored = validation.data.unpublished.map(\.message)
        // Below the range no company is consolidated (that is said first); above it, the range is.
        #expect(ignored.filter { $0.contains("fiscal years run from 1900 to 9998") }.count == 1, "\(ignored)")
        #expect(ignored.filter { $0.contains("no company in companies.csv is consolidated") }.count == 2, "\(ignored)")
    }
}
