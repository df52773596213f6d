/// Settings for one generated client, read from a small YAML or JSON file (see `Spec/generator.yaml`).
struct GeneratorConfig: Sendable, Equatable {
    /// The client struct's name, e.g. `XAIClient`.
    var clientName = "APIClient"
    /// The Swift module the client is compiled into; the example catalog imports it.
    var moduleName = "GeneratedClient"
    /// `public` or `internal`.
    var access = "public"
    /// Folder the client's Swift files are written to.
    var output = "Sources/GeneratedClient"
    /// Where the example catalog for the conformance tests goes; nil to skip it.
    var exampleCatalog: String?
    /// `true` adds `RequestCatalog.swift` to the client: every request builder, taking its arguments
    /// as JSON, for the wire check that validates what the client sends (`make corpus`).
    var requestCatalog = false
    /// Environment variable holding the API key, for `fromEnvironment()`.
    var apiKeyEnvironmentVariable: String?
    /// Environment variable that, when set, replaces the server URL in `fromEnvironment()` (a proxy
    /// or a local server); by default the key's variable with `_API_KEY` replaced by `_BASE_URL`.
    var serverURLEnvironmentVariable: String?
    /// A folder of `.mustache` templates replacing the built-in ones; nil uses those compiled in.
    var templates: String?
    /// Always the same three files (`Client.swift`, `Types.swift`, `Operations.swift`) instead of one
    /// per type and operation: what a SwiftPM build plugin needs, since it names its outputs first.
    var fixedFiles = false
    /// `false` leaves `Hashable` off the generated types (they stay `Codable` and `Sendable`): a
    /// synthesised `==` and `hash(into:)` per type is about a fifth of a client's debug compile time
    /// (docs/compile-time.md), worth dropping for a large spec whose users do not compare values.
    var hashable = true

    /// The settings that are true or false.
    private static var flags: [String: WritableKeyPath<GeneratorConfig, Bool>] {
        [
        "requestCatalog": \.requestCatalog, "fixedFiles": \.fixedFiles, "hashable": \.hashable,
        ]
    }

    static func load(path: String, diagnostics: Diagnostics) throws(Diagnostic) -> GeneratorConfig {
        let node = try DocumentLoader.load(path: path, diagnostics: diagnostics)
        var config = GeneratorConfig()
        let known: Set = ["clientName", "moduleName", "access", "output", "exampleCatalog", "requestCatalog", "apiKeyEnvironmentVariable", "serverURLEnvironmentVariable", "templates", "fixedFiles", "hashable"]
        for member in node.members ?? [] {
            guard known.contains(member.key) else {
                throw .error("unknown setting '\(member.key)'; known: \(known.sorted().joined(separator: ", "))", at: member.value.origin, pointer: "/" + member.key)
            }
            if let flag = Self.flags[member.key] {
                guard let value = member.value.bool else {
                    throw .error("setting '\(member.key)' must be true or false", at: member.value.origin, pointer: "/" + member.key)
                }
                config[keyPath: flag] = value
                continue
            }
            guard let text = member.value.string else {
                throw .error("setting '\(member.key)' must be a string", at: member.value.origin, pointer: "/" + member.key)
            }
            switch member.key {
            case "clientName": config.clientName = text
            case "moduleName": config.moduleName = text
            case "access":
                guard text == "public" || text == "internal" || text == "package" else {
                    throw .error("access must be public, package or internal", at: member.value.origin, pointer: "/access")
                }
                config.access = text
            case "output": config.output = text
            case "exampleCatalog": config.exampleCatalog = text
            case "apiKeyEnvironmentVariable": config.apiKeyEnvironmentVariable = text
            case "serverURLEnvironmentVariable": config.serverURLEnvironmentVariable = text
            default: config.templates = text
            }
        }
        return config
    }

    /// `serverURLEnvironmentVariable`, or the one derived from the key's (`XAI_API_KEY` gives `XAI_BASE_URL`).
    var resolvedServerURLVariable: String? {
        if let serverURLEnvironmentVariable { return serverURLEnvironmentVariable }
        guard let key = apiKeyEnvironmentVariable, key.hasSuffix("_API_KEY") else { return nil }
        return String(key.dropLast("_API_KEY".count)) + "_BASE_URL"
    }
}
