/// The views the renderer itself fills with text it has rendered: a whole file, and the extension a
/// nested type is declared in (extensions cannot nest).
struct FileView {
    var imports: [String]
    var body: String
}

struct ExtensionView {
    var parent: String
    var body: String
}
