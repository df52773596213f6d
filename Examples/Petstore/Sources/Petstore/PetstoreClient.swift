// Generated from an OpenAPI document by the generator. Do not edit by hand.
@_spi(Generated) import GeneratedClientRuntime
import Foundation

// One import gives a user the whole client: the runtime's types (errors, configuration, streams)
// come with it.
@_exported import GeneratedClientRuntime

/// Petstore
public struct PetstoreClient: Swift.Sendable {
    /// The transport, middlewares and policies every call goes through.
    public let client: GeneratedClientRuntime.APIClient

    /// The server the API document names.
    public static let defaultServerURL: Swift.String = "https://petstore.example.com/v1"

    /// How calls send the API key, unless an operation says otherwise: alternatives, each the
    /// schemes sent together (the document's `security`).
    public static let defaultSecurity: [[GeneratedClientRuntime.SecurityScheme]] = [[.apiKey(name: "X-API-Key", in: .header)]]

    /// Creates a client that sends every call through `client`.
    public init(client: GeneratedClientRuntime.APIClient) {
        self.client = client
    }

    /// Creates a client for `serverURL`, authenticating with `apiKey` when one is given.
    public init(
        apiKey: Swift.String? = nil,
        serverURL: Swift.String = Self.defaultServerURL,
        configuration: GeneratedClientRuntime.APIClientConfiguration = .init()
    ) throws {
        self.init(client: try GeneratedClientRuntime.APIClient(serverURL: serverURL, apiKey: apiKey, security: Self.defaultSecurity, configuration: configuration))
    }

    /// A copy of this client with `change` applied to its configuration, for one call or a few:
    /// `try await client.configured { $0.retry = .none }.someCall(...)`.
    public func configured(_ change: (inout GeneratedClientRuntime.APIClientConfiguration) -> Swift.Void) -> Self {
        var copy = client
        change(&copy.configuration)
        return Self(client: copy)
    }

    /// Every operation again, each returning its value together with the answer's status, headers,
    /// request id and rate limits: `try await client.raw.someCall(...)` gives an
    /// `APIResponse` whose `value` is what `client.someCall(...)` returns.
    public var raw: Raw { Raw(base: self) }

    /// The operations of ``raw``: each returns `GeneratedClientRuntime.APIResponse` around its value.
    public struct Raw: Swift.Sendable {
        /// The client whose calls these are.
        public let base: PetstoreClient
    }

    /// Creates a client authenticated with the key in the `PETSTORE_API_KEY` environment variable.
    /// The server is `serverURL` when given, else the one in `PETSTORE_BASE_URL` when that is set
    /// (a proxy or a local server), else ``defaultServerURL``.
    ///
    /// - Throws: `GeneratedClientRuntime.APIClientError.missingAPIKey` when the variable is unset or empty.
    public static func fromEnvironment(
        serverURL: Swift.String? = nil,
        configuration: GeneratedClientRuntime.APIClientConfiguration = .init()
    ) throws -> Self {
        let server = serverURL ?? GeneratedClientRuntime.APIClient.environmentValue("PETSTORE_BASE_URL") ?? Self.defaultServerURL
        return try Self(apiKey: GeneratedClientRuntime.APIClient.apiKey(fromEnvironment: "PETSTORE_API_KEY"), serverURL: server, configuration: configuration)
    }
}
