/// Where long work reports what it is doing; silent unless the command line attaches a terminal.
public struct ProgressReporter: Sendable {
    let sink: (@Sendable (String) -> Void)?

    public init(_ sink: (@Sendable (String) -> Void)?) {
        self.sink = sink
    }

    /// Reports nothing (pipes, CI logs, `--json`, tests).
    public static let silent = ProgressReporter(nil)

    /// Rows read so far from one file.
    func report(file: String, rows: Int) {
        sink?("\(file): \(rows) rows")
    }

    /// A stage of the pipeline starting.
    public func report(_ message: String) {
        sink?(message)
    }
}
