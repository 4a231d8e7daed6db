import Foundation

/// A bounded hand-over of parsed batches from the parsing thread to the SQLite writer.
///
/// A reference type by necessity (two threads share it); every access goes through its lock.
final class BatchQueue: @unchecked Sendable {
    private let condition = NSCondition()
    private var items: [ParsedBatch] = []
    private var finished = false
    private var cancelled = false
    private let capacity: Int

    init(capacity: Int = 8) {
        self.capacity = capacity
    }

    /// Waits for room, then adds `batch`; false when the reader has cancelled (stop producing).
    func put(_ batch: ParsedBatch) -> Bool {
        condition.lock()
        defer { condition.unlock() }
        while items.count >= capacity, !cancelled { condition.wait() }
        guard !cancelled else { return false }
        items.append(batch)
        condition.broadcast()
        return true
    }

    /// The next batch, or nil once the producer has finished and everything was taken.
    func take() -> ParsedBatch? {
        condition.lock()
        defer { condition.unlock() }
        while items.isEmpty, !finished { condition.wait() }
        guard !items.isEmpty else { return nil }
        let batch = items.removeFirst()
        condition.broadcast()
        return batch
    }

    /// The producer has nothing more.
    func finish() {
        condition.lock()
        finished = true
        condition.broadcast()
        condition.unlock()
    }

    /// The consumer stops early (an error); the producer's next `put` returns false.
    func cancel() {
        condition.lock()
        cancelled = true
        items.removeAll()
        condition.broadcast()
        condition.unlock()
    }
}
