/// Catches a misspelt subcommand before argument parsing, so `disclose buld` suggests `build`.
public enum CommandSuggestion {
    /// The error text for a first argument that is not a command (nor an option or `help`), or nil.
    public static func unknownCommand(in arguments: [String], known: [String]) -> String? {
        guard let first = arguments.first, !first.hasPrefix("-"), first != "help", !known.contains(first) else { return nil }
        if let closest = Suggestion.closest(to: first, in: known) {
            return "error: unknown command '\(first)'; did you mean '\(closest)'? (see `disclose --help`)"
        }
        return "error: unknown command '\(first)'; the commands are \(known.joined(separator: ", ")) (see `disclose --help`)"
    }
}
