extension Project {
    /// The edition of the main language: the words of the terminal views (status, explain, diff, check).
    public var mainEdition: Edition {
        Edition.named(config.disclosure.mainLanguage) ?? .english
    }
}
