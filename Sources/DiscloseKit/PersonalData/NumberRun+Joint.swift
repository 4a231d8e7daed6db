extension NumberRun {
    /// What may stand between two digit groups of one number, after `NormalizedText` (which has made
    /// full-width forms ASCII, every white space a space and every dash, hyphen, minus and `ー` a `-`).
    ///
    /// A dash is `-`, a wave dash (`〜`, `～` read as `~`, `〰`, `∼`) or a box-drawing line (`─`, `━`,
    /// `│`…); a dot is `.`, `。` (`｡`), a middle dot (`・`, `･`, `·`, `‧`) or a bullet (`∙`, `⋅`, `•`);
    /// a slash is `/` (`／`), `⁄` or `∕`; then spaces and brackets. A separator holds at most one dash,
    /// dot or slash (`isSeparator`). A line break (`\n`) is a space, but ends an Individual Number.
    enum Joint {
        case dash, dot, slash, space, open, close

        init?(_ scalar: Unicode.Scalar) {
            switch scalar.value {
            case 0x2D, 0x7E, 0x301C, 0x3030, 0x223C, 0x2053, 0x2500...0x257F: self = .dash
            case 0x2E, 0x3002, 0x30FB, 0xFF65, 0xB7, 0x2027, 0x2219, 0x22C5, 0x2022: self = .dot
            case 0x2F, 0x2044, 0x2215, 0x29F8: self = .slash
            case 0x20, 0x0A: self = .space
            case 0x28: self = .open
            case 0x29: self = .close
            default: return nil
            }
        }

        /// A dash, dot or slash: one per separator.
        var joins: Bool { self == .dash || self == .dot || self == .slash }
    }
}
