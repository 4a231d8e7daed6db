import Foundation

/// A bounded hand-over of parsed batches from the parsing threads to the SQLite writer, in plan order.
///
/// The plan is cut into units (one company's folder for one year); parsing threads claim units in order and
/// publish each unit's batches under its number, and the writer takes them unit by unit, so the store is
/// filled in the same order whatever the number of threads. A reference type by necessity (threads share it);
/// every access goes through its lock.
final class BatchQueue: @unchecked Sendable {
    private let condition = NSCondition()
    private let units: Int
    /// Batches published and not yet taken, per unit; which units are complete.
    private var pending: [[ParsedBatch]]
    private var complete: [Bool]
    /// The unit the writer is reading, and the next one a parsing thread may claim.
    private var reading = 0
    private var claimed = 0
    /// Rows (plus one per batch) published and not yet taken, and the most that may wait.
    private var buffered = 0
    private let capacity: Int
    private var cancelled = false
    private var writerWaiting = false
    private var parsersWaiting = 0

    /// Rows waiting that wake a sleeping writer.
    static let wakeRows = 4_096

    init(units: Int, capacity: Int = 16_384) {
        self.units = units
        self.capacity = capacity
        pending = Array(repeating: [], count: units)
        complete = Array(repeating: false, count: units)
    }

    /// The next unit to parse, or nil when all are claimed or the writer has cancelled.
    func claim() -> Int? {
        condition.lock()
        defer { condition.unlock() }
        guard !cancelled, claimed < units else { return nil }
        claimed += 1
        return claimed - 1
    }

    /// Adds `batches` of `unit` (the last ones when `finished`); waits while the queue is full, unless the
    /// writer has nothing left of this very unit. False when the writer has cancelled (stop producing).
    func publish(_ batches: [ParsedBatch], of unit: Int, finished: Bool) -> Bool {
        condition.lock()
        defer { condition.unlock() }
        // The unit being read may always add to an empty list (else writer and parser would wait for each other);
        // beyond that it waits like the others, so one large file never piles up in memory.
        while buffered >= capacity, !(unit == reading && pending[unit].isEmpty), !cancelled {
            parsersWaiting += 1
            condition.wait()
            parsersWaiting -= 1
        }
        guard !cancelled else { return false }
        pending[unit].append(contentsOf: batches)
        buffered += batches.reduce(0) { $0 + $1.rows.count + 1 }
        if finished { complete[unit] = true }
        // The writer is woken when there is a good deal to store, or near the end; not for every small unit
        // (with thousands of small folders it would otherwise sleep and wake thousands of times).
        if writerWaiting, buffered >= min(capacity, Self.wakeRows) || claimed == units {
            condition.broadcast()
        }
        return true
    }

    /// The next batches in plan order, or nil once every unit was taken (or the queue was cancelled).
    func take() -> [ParsedBatch]? {
        condition.lock()
        defer { condition.unlock() }
        while !cancelled, reading < units {
            if !pending[reading].isEmpty {
                let batches = pending[reading]
                pending[reading] = []
                buffered -= batches.reduce(0) { $0 + $1.rows.count + 1 }
                if parsersWaiting > 0 { condition.broadcast() }
                return batches
            }
            if complete[reading] {
                reading += 1
                if parsersWaiting > 0 { condition.broadcast() }
                continue
            }
            writerWaiting = true
            condition.wait()
            writerWaiting = false
        }
        return nil
    }

    /// The writer stops early (an error); parsing threads stop at their next `claim` or `publish`.
    func cancel() {
        condition.lock()
        cancelled = true
        pending = []
        condition.broadcast()
        condition.unlock()
    }
}
