import Foundation

/// Unique names for throwaway files and folders that the privacy guard never mistakes for personal data.
///
/// A hyphenated UUID can end in twelve digits that pass the Individual Number check digit, or hold
/// 4-4-4 digit groups; the guard then rightly redacts the path in a diagnostic and a test comparing
/// paths fails at random. One unbroken run of hex letters and digits is never a match.
enum TemporaryName {
    static func unique(_ prefix: String) -> String {
        "\(prefix)-u\(UUID().uuidString.replacingOccurrences(of: "-", with: "").lowercased())"
    }

    static func url(_ prefix: String, extension pathExtension: String = "") -> URL {
        let name = unique(prefix) + (pathExtension.isEmpty ? "" : ".\(pathExtension)")
        return FileManager.default.temporaryDirectory.appendingPathComponent(name)
    }
}
