import Foundation
import Testing

@testable import DiscloseKit

/// `concurrentMap` hands each element to exactly one thread and keeps the elements' order.
@Suite("Concurrent map")
struct ConcurrentMapTests {
    @Test(arguments: [1, 2, 3, 8])
    func resultsKeepTheOrderOfTheElementsForAnyNumberOfThreads(threads: Int) {
        let numbers = Array(0..<2_000)
        let squares = numbers.concurrentMap(threads: threads, state: {}) { _, number in number * number }
        #expect(squares == numbers.map { $0 * $0 })
    }

    @Test(arguments: [1, 2, 8])
    func eachThreadKeepsItsOwnStateAndEveryElementIsTransformedOnce(threads: Int) {
        let numbers = Array(0..<500)
        // Each result is (element, how many elements its thread had transformed by then).
        let seen = numbers.concurrentMap(threads: threads, state: { 0 }) { count, number in
            count += 1
            return [number, count]
        }
        #expect(seen.map { $0[0] } == numbers)
        let counts = seen.map { $0[1] }
        #expect(counts.allSatisfy { (1...numbers.count).contains($0) })
        if threads == 1 { #expect(counts == numbers.map { $0 + 1 }) }
        // A thread's counts run 1, 2, 3, … so the number of 1s is the number of threads that took work.
        #expect((1...threads).contains(counts.filter { $0 == 1 }.count))
    }

    @Test func noElementsOrOneElementNeedNoThread() {
        #expect([Int]().concurrentMap(threads: 4, state: {}) { _, number in number } == [])
        #expect([7].concurrentMap(threads: 4, state: {}) { _, number in number + 1 } == [8])
    }
}
