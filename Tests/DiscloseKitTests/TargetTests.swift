import Testing

@testable import DiscloseKit

@Suite("Targets and rounding")
struct TargetTests {
    @Test(arguments: [
        ("= 0", Target.Comparison.equal, 0, 0, false),
        (">= 95%", .atLeast, 95, 0, true),
        ("<= 3", .atMost, 3, 0, false),
        ("100%", .atLeast, 100, 0, true),
        ("> 2", .greater, 2, 0, false),
        ("< 1.5%", .less, 15, 1, true),
        ("97.3%", .atLeast, 973, 1, true),
    ])
    func everyTargetFormParses(text: String, comparison: Target.Comparison, mantissa: Int, scale: Int, percent: Bool) throws {
        let target = try #require(Target(text))
        #expect(target.comparison == comparison)
        #expect(target.mantissa == mantissa)
        #expect(target.scale == scale)
        #expect(target.isPercent == percent)
    }

    @Test(arguments: ["", "about half", ">=", "95%%", "1.2.3", "=> 5", "-1"])
    func unparseableTargetsAreRefused(text: String) {
        #expect(Target(text) == nil)
    }

    @Test func percentagesRoundHalfUpOnIntegers() {
        #expect(Ratio(9425, 10000).percentText() == "94.3")
        #expect(Ratio(9424, 10000).percentText() == "94.2")
        #expect(Ratio(1, 3).percentText() == "33.3")
        #expect(Ratio(2, 3).percentText() == "66.7")
        #expect(Ratio(0, 5).percentText() == "0.0")
        #expect(Ratio(1, 0).percentText() == nil)
    }

    @Test func comparisonsCrossMultiplySo97Point25DoesNotMeet97Point3() throws {
        let target = try #require(Target(">= 97.3%"))
        #expect(!target.isMet(Ratio(9725, 10000)))
        #expect(target.isMet(Ratio(973, 1000)))
        #expect(Ratio(9725, 10000).percentText() == "97.3")
    }

    @Test func exactPercentagesInJSONKeepUpToSixDecimals() {
        #expect(Ratio(9425, 10000).percentJSON == "94.25")
        #expect(Ratio(1, 1).percentJSON == "100")
        #expect(Ratio(1, 3).percentJSON == "33.333333")
    }

    @Test func countsAreGroupedByThousands() {
        #expect(Edition.english.number(1_234_567) == "1,234,567")
        #expect(Edition.english.number(999) == "999")
        #expect(Edition.english.number(0) == "0")
        #expect(Edition.japanese.number(1_234_567) == "1,234,567")
    }
}
