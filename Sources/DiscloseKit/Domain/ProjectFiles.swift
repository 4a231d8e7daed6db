/// The names of the files a project keeps at its root, for every stage that names them (diagnostics, the project,
/// sign-off).
public enum ProjectFiles {
    /// The sign-off record, committed with the project.
    public static let approvals = "approvals.yaml"
}
