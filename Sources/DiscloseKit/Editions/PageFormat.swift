/// The format of one page file.
public enum PageFormat: String, Sendable, CaseIterable {
    case markdown = "md"
    case html

    /// The page's file name in its edition's folder.
    public var fileName: String { "privacy." + rawValue }
}
