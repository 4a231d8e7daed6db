/// The version `disclose --version` prints: the one place it is written. Never written into output.
public enum DiscloseVersion {
    public static let current = "0.2.0"
}
