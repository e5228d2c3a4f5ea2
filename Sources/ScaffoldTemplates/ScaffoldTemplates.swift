/// The scaffold templates of `bbctl init`: the files under the repository's `templates/`
/// directory, embedded at build time by the `EmbedTemplates` plugin (the generated source
/// defines `embedded`), so the binary needs no template files at run time.
public enum ScaffoldTemplates {
    /// Template path relative to `templates/` ('/'-separated) → its text.
    public static var files: [String: String] { embedded }
}
