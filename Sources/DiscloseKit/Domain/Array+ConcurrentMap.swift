import Foundation

extension Array where Element: Sendable {
    /// `transform` of every element, in the elements' order, computed on up to `threads` threads at once
    /// (on this one alone when `threads` ≤ 1 or there is one element). Each thread first makes its own
    /// `state` (a connection, a buffer) that no other thread touches; elements are handed out one at a time.
    func concurrentMap<State, Result: Sendable>(
        threads: Int, state makeState: @Sendable () -> State, _ transform: @Sendable (inout State, Element) -> Result
    ) -> [Result] {
        let workers = Swift.min(threads, count)
        guard workers > 1 else {
            var state = makeState()
            return map { transform(&state, $0) }
        }
        let slots = ConcurrentSlots<Result>(count)
        DispatchQueue.concurrentPerform(iterations: workers) { _ in
            var state = makeState()
            while let index = slots.claim() {
                slots.fill(index, with: transform(&state, self[index]))
            }
        }
        return slots.results
    }
}

/// The results of one `concurrentMap`: hands out the indices `0..<count`, each once, to whichever thread
/// asks first, and keeps what each gave.
private final class ConcurrentSlots<Result: Sendable>: @unchecked Sendable {
    private let lock = NSLock()
    private var claimed = 0
    private var slots: [Result?]

    init(_ count: Int) {
        slots = Array(repeating: nil, count: count)
    }

    func claim() -> Int? {
        lock.withLock {
            guard claimed < slots.count else { return nil }
            defer { claimed += 1 }
            return claimed
        }
    }

    func fill(_ index: Int, with result: Result) {
        lock.withLock { slots[index] = result }
    }

    /// Every result, in order (read once the threads are done).
    var results: [Result] {
        lock.withLock { slots.compactMap { $0 } }
    }
}
