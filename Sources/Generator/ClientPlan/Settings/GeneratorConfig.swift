import ClientModel
import OpenAPIReading

/// Settings for one generated client, read from a small YAML or JSON file (see `Spec/generator.yaml`).
package struct GeneratorConfig: Sendable, Equatable {
    /// The client struct's name, e.g. `XAIClient`.
    package var clientName = "APIClient"
    /// The Swift module the client is compiled into; the example catalog imports it.
    package var moduleName = "GeneratedClient"
    /// `public` or `internal`.
    package var access = "public"
    /// Folder the client's Swift files are written to.
    package var output = "Sources/GeneratedClient"
    /// Where the example catalog for the conformance tests goes; nil to skip it.
    package var exampleCatalog: String?
    /// Folder the test kit is written to (`<clientName>.Mock`, for a test target that depends on
    /// the client's module and on `GeneratedClientTesting`); nil for none.
    package var testKit: String?
    /// `true` adds `RequestCatalog.swift` to the client: every request builder, taking its arguments
    /// as JSON, for the wire check that validates what the client sends (`make corpus`).
    package var requestCatalog = false
    /// Environment variable holding the API key, for `fromEnvironment()`.
    package var apiKeyEnvironmentVariable: String?
    /// Environment variable that, when set, replaces the server URL in `fromEnvironment()` (a proxy
    /// or a local server); by default the key's variable with `_API_KEY` replaced by `_BASE_URL`.
    package var serverURLEnvironmentVariable: String?
    /// A folder of `.mustache` templates replacing the built-in ones; nil uses those compiled in.
    package var templates: String?
    /// Always the same three files (`Client.swift`, `Types.swift`, `Operations.swift`) instead of one
    /// per type and operation: what a SwiftPM build plugin needs, since it names its outputs first.
    package var fixedFiles = false
    /// `false` leaves `Hashable` off the generated types (they stay `Codable` and `Sendable`): a
    /// synthesised `==` and `hash(into:)` per type is about a fifth of a client's debug compile time
    /// (docs/compile-time.md), worth dropping for a large spec whose users do not compare values.
    package var hashable = true

    package init() {}

    /// One setting of the file: its name, what it holds, what it means.
    package struct Setting: Sendable {
        package enum Value: Sendable {
            case text(WritableKeyPath<GeneratorConfig, String> & Sendable)
            case optionalText(WritableKeyPath<GeneratorConfig, String?> & Sendable)
            case flag(WritableKeyPath<GeneratorConfig, Bool> & Sendable)
            case choice(WritableKeyPath<GeneratorConfig, String> & Sendable, [String])
        }

        package var name: String
        package var value: Value
    }

    /// Every setting: the one list the file reader, its error messages and `generate --help` derive from.
    package static let settings: [Setting] = [
        Setting(name: "clientName", value: .text(\.clientName)),
        Setting(name: "moduleName", value: .text(\.moduleName)),
        Setting(name: "access", value: .choice(\.access, ["public", "package", "internal"])),
        Setting(name: "output", value: .text(\.output)),
        Setting(name: "exampleCatalog", value: .optionalText(\.exampleCatalog)),
        Setting(name: "testKit", value: .optionalText(\.testKit)),
        Setting(name: "requestCatalog", value: .flag(\.requestCatalog)),
        Setting(name: "apiKeyEnvironmentVariable", value: .optionalText(\.apiKeyEnvironmentVariable)),
        Setting(name: "serverURLEnvironmentVariable", value: .optionalText(\.serverURLEnvironmentVariable)),
        Setting(name: "templates", value: .optionalText(\.templates)),
        Setting(name: "fixedFiles", value: .flag(\.fixedFiles)),
        Setting(name: "hashable", value: .flag(\.hashable)),
    ]

    package static func load(path: String, diagnostics: Diagnostics) throws(Diagnostic) -> GeneratorConfig {
        let node = try DocumentLoader.load(path: path, diagnostics: diagnostics)
        var config = GeneratorConfig()
        let byName = Dictionary(uniqueKeysWithValues: settings.map { ($0.name, $0) })
        for member in node.members ?? [] {
            let pointer = "/" + JSONPointer.escape(member.key)
            guard let setting = byName[member.key] else {
                throw .error("unknown setting '\(member.key)'; known: \(settings.map(\.name).sorted().joined(separator: ", "))", at: member.value.origin, pointer: pointer)
            }
            switch setting.value {
            case .flag(let path):
                guard let value = member.value.bool else {
                    throw .error("setting '\(member.key)' must be true or false", at: member.value.origin, pointer: pointer)
                }
                config[keyPath: path] = value
            case .text(let path):
                config[keyPath: path] = try text(of: member)
            case .optionalText(let path):
                config[keyPath: path] = try text(of: member)
            case .choice(let path, let choices):
                guard let text = member.value.string, choices.contains(text) else {
                    throw .error("\(member.key) must be \(choices.dropLast().joined(separator: ", ")) or \(choices.last ?? "")", at: member.value.origin, pointer: pointer)
                }
                config[keyPath: path] = text
            }
        }
        return config
    }

    private static func text(of member: Node.Member) throws(Diagnostic) -> String {
        guard let text = member.value.string else {
            throw .error("setting '\(member.key)' must be a string", at: member.value.origin, pointer: "/" + JSONPointer.escape(member.key))
        }
        return text
    }

    /// `serverURLEnvironmentVariable`, or the one derived from the key's (`XAI_API_KEY` gives `XAI_BASE_URL`).
    package var resolvedServerURLVariable: String? {
        if let serverURLEnvironmentVariable { return serverURLEnvironmentVariable }
        guard let key = apiKeyEnvironmentVariable, key.hasSuffix("_API_KEY") else { return nil }
        return String(key.dropLast("_API_KEY".count)) + "_BASE_URL"
    }
}
