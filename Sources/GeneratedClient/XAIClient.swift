// Generated from an OpenAPI document by the generator. Do not edit by hand.
import ClientRuntime
import Foundation

/// xAI's REST API
///
/// REST API for xAI compatible with other providers.
public struct XAIClient: Swift.Sendable {
    /// The transport, middlewares and policies every call goes through.
    public let client: ClientRuntime.APIClient

    /// The server the API document names.
    public static let defaultServerURL: Swift.String = "https://api.x.ai"

    /// How calls send the API key, unless an operation says otherwise: alternatives, each the
    /// schemes sent together (the document's `security`).
    public static let defaultSecurity: [[ClientRuntime.SecurityScheme]] = [[.bearer]]

    /// Creates a client that sends every call through `client`.
    public init(client: ClientRuntime.APIClient) {
        self.client = client
    }

    /// Creates a client for `serverURL`, authenticating with `apiKey` when one is given.
    public init(
        apiKey: Swift.String? = nil,
        serverURL: Swift.String = Self.defaultServerURL,
        configuration: ClientRuntime.Configuration = .init()
    ) throws {
        self.init(client: try ClientRuntime.APIClient(serverURL: serverURL, apiKey: apiKey, security: Self.defaultSecurity, configuration: configuration))
    }

    /// A copy of this client with `change` applied to its configuration, for one call or a few:
    /// `try await client.configured { $0.retry = .none }.someCall(...)`.
    public func configured(_ change: (inout ClientRuntime.Configuration) -> Swift.Void) -> Self {
        var copy = client
        change(&copy.configuration)
        return Self(client: copy)
    }

    /// Creates a client authenticated with the key in the `XAI_API_KEY` environment variable.
    /// The server is `serverURL` when given, else the one in `XAI_BASE_URL` when that is set
    /// (a proxy or a local server), else ``defaultServerURL``.
    ///
    /// - Throws: `ClientRuntime.ClientError.missingAPIKey` when the variable is unset or empty.
    public static func fromEnvironment(
        serverURL: Swift.String? = nil,
        configuration: ClientRuntime.Configuration = .init()
    ) throws -> Self {
        let server = serverURL ?? ClientRuntime.APIKey.environmentValue("XAI_BASE_URL") ?? Self.defaultServerURL
        return try Self(apiKey: ClientRuntime.APIKey.fromEnvironment("XAI_API_KEY"), serverURL: server, configuration: configuration)
    }
}
