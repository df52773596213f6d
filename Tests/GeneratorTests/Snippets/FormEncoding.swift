// FILE: Operations/CreateCustomer.swift
// Generated from an OpenAPI document by the generator. Do not edit by hand.
@_spi(Generated) import GeneratedClientRuntime
import Foundation

extension TestClient {
    /// - `POST /customers`
    /// - Generated from `#/paths/~1customers/post`.
    public func createCustomer(_ body: CreateCustomerRequest) async throws -> Swift.Void {
        try await raw.createCustomer(body).value
    }

    /// The HTTP request for `createCustomer`, before the client's middlewares and authentication.
    public func createCustomerRequest(_ body: CreateCustomerRequest) throws -> GeneratedClientRuntime.APIClient.Request {
        var request = GeneratedClientRuntime.APIClient.Request(method: .post, path: "/customers", operationID: "createCustomer")
        var form = GeneratedClientRuntime.FormURLEncoded()
        try form.append("name", body.name)
        try form.append("address", body.address, style: "deepObject", explode: true)
        try form.append("tags", body.tags, style: "form", explode: false)
        try form.append("metadata", body.metadata, style: "form", explode: true)
        try form.append("preferences", body.preferences)
        request.setFormBody(form)
        return request
    }
}

extension TestClient.Raw {
    /// Like `createCustomer`, with the answer's status, headers, request id and rate limits.
    public func createCustomer(_ body: CreateCustomerRequest) async throws -> GeneratedClientRuntime.APIResponse<Swift.Void> {
        let request = try base.createCustomerRequest(body)
        let response = try await base.client.send(request)
        switch response.status {
        case 204: return response.carrying(())
        default: throw response.unexpectedStatus()
        }
    }
}

// FILE: Types/CreateCustomerRequest.swift
// Generated from an OpenAPI document by the generator. Do not edit by hand.
@_spi(Generated) import GeneratedClientRuntime
import Foundation

/// - Remark: Generated from `#/paths/~1customers/post/requestBody/content/application~1x-www-form-urlencoded/schema`.
public struct CreateCustomerRequest: Swift.Codable, Swift.Hashable, Swift.Sendable {
    /// - Remark: Generated from `#/paths/~1customers/post/requestBody/content/application~1x-www-form-urlencoded/schema/properties/name`.
    public var name: Swift.String
    /// - Remark: Generated from `#/paths/~1customers/post/requestBody/content/application~1x-www-form-urlencoded/schema/properties/address`.
    public var address: CreateCustomerRequest.Address?
    /// - Remark: Generated from `#/paths/~1customers/post/requestBody/content/application~1x-www-form-urlencoded/schema/properties/tags`.
    public var tags: [Swift.String]?
    /// - Remark: Generated from `#/paths/~1customers/post/requestBody/content/application~1x-www-form-urlencoded/schema/properties/metadata`.
    public var metadata: [Swift.String: Swift.String]?
    /// - Remark: Generated from `#/paths/~1customers/post/requestBody/content/application~1x-www-form-urlencoded/schema/properties/preferences`.
    public var preferences: CreateCustomerRequest.Preferences?
    /// The object's members that no property above reads, as the server sent them: a field added to
    /// the API after this client was generated. Written back beside the properties when encoding,
    /// so a field the document lacks can be sent too; a name a property has is refused there.
    public var unknownFields: [Swift.String: GeneratedClientRuntime.JSONValue] = [:]

    /// The JSON names the properties read.
    private static let knownKeys = GeneratedClientRuntime.UnknownFields.Known(["name", "address", "tags", "metadata", "preferences"])

    /// Creates a `CreateCustomerRequest`.
    ///
    /// - Parameters:
    ///   - name: The `name` value.
    ///   - address: The `address` value.
    ///   - tags: The `tags` value.
    ///   - metadata: The `metadata` value.
    ///   - preferences: The `preferences` value.
    public init(
        name: Swift.String,
        address: CreateCustomerRequest.Address? = nil,
        tags: [Swift.String]? = nil,
        metadata: [Swift.String: Swift.String]? = nil,
        preferences: CreateCustomerRequest.Preferences? = nil,
    ) {
        self.name = name
        self.address = address
        self.tags = tags
        self.metadata = metadata
        self.preferences = preferences
    }

    public init(from decoder: any Swift.Decoder) throws {
        let container = try decoder.container(keyedBy: GeneratedClientRuntime.AnyCodingKey.self)
        self.name = try container.decode(Swift.String.self, forKey: "name")
        self.address = try container.decodeIfPresent(CreateCustomerRequest.Address.self, forKey: "address")
        self.tags = try container.decodeIfPresent([Swift.String].self, forKey: "tags")
        self.metadata = try container.decodeIfPresent([Swift.String: Swift.String].self, forKey: "metadata")
        self.preferences = try container.decodeIfPresent(CreateCustomerRequest.Preferences.self, forKey: "preferences")
        self.unknownFields = try GeneratedClientRuntime.UnknownFields.decode(from: decoder, known: Self.knownKeys)
    }

    public func encode(to encoder: any Swift.Encoder) throws {
        var container = encoder.container(keyedBy: GeneratedClientRuntime.AnyCodingKey.self)
        try container.encode(self.name, forKey: "name")
        try container.encodeIfPresent(self.address, forKey: "address")
        try container.encodeIfPresent(self.tags, forKey: "tags")
        try container.encodeIfPresent(self.metadata, forKey: "metadata")
        try container.encodeIfPresent(self.preferences, forKey: "preferences")
        if !self.unknownFields.isEmpty { try GeneratedClientRuntime.UnknownFields.encode(self.unknownFields, known: Self.knownKeys, of: Self.self, to: encoder) }
    }
}

extension CreateCustomerRequest {
    /// - Remark: Generated from `#/paths/~1customers/post/requestBody/content/application~1x-www-form-urlencoded/schema/properties/address`.
    public struct Address: Swift.Codable, Swift.Hashable, Swift.Sendable {
        /// - Remark: Generated from `#/paths/~1customers/post/requestBody/content/application~1x-www-form-urlencoded/schema/properties/address/properties/city`.
        public var city: Swift.String?
        /// - Remark: Generated from `#/paths/~1customers/post/requestBody/content/application~1x-www-form-urlencoded/schema/properties/address/properties/zip`.
        public var zip: Swift.String?
        /// The object's members that no property above reads, as the server sent them: a field added to
        /// the API after this client was generated. Written back beside the properties when encoding,
        /// so a field the document lacks can be sent too; a name a property has is refused there.
        public var unknownFields: [Swift.String: GeneratedClientRuntime.JSONValue] = [:]

        /// The JSON names the properties read.
        private static let knownKeys = GeneratedClientRuntime.UnknownFields.Known(["city", "zip"])

        /// Creates an `Address`.
        ///
        /// - Parameters:
        ///   - city: The `city` value.
        ///   - zip: The `zip` value.
        public init(
            city: Swift.String? = nil,
            zip: Swift.String? = nil,
        ) {
            self.city = city
            self.zip = zip
        }

        public init(from decoder: any Swift.Decoder) throws {
            let container = try decoder.container(keyedBy: GeneratedClientRuntime.AnyCodingKey.self)
            self.city = try container.decodeIfPresent(Swift.String.self, forKey: "city")
            self.zip = try container.decodeIfPresent(Swift.String.self, forKey: "zip")
            self.unknownFields = try GeneratedClientRuntime.UnknownFields.decode(from: decoder, known: Self.knownKeys)
        }

        public func encode(to encoder: any Swift.Encoder) throws {
            var container = encoder.container(keyedBy: GeneratedClientRuntime.AnyCodingKey.self)
            try container.encodeIfPresent(self.city, forKey: "city")
            try container.encodeIfPresent(self.zip, forKey: "zip")
            if !self.unknownFields.isEmpty { try GeneratedClientRuntime.UnknownFields.encode(self.unknownFields, known: Self.knownKeys, of: Self.self, to: encoder) }
        }
    }
}

extension CreateCustomerRequest {
    /// - Remark: Generated from `#/paths/~1customers/post/requestBody/content/application~1x-www-form-urlencoded/schema/properties/preferences`.
    public struct Preferences: Swift.Codable, Swift.Hashable, Swift.Sendable {
        /// - Remark: Generated from `#/paths/~1customers/post/requestBody/content/application~1x-www-form-urlencoded/schema/properties/preferences/properties/theme`.
        public var theme: Swift.String?
        /// The object's members that no property above reads, as the server sent them: a field added to
        /// the API after this client was generated. Written back beside the properties when encoding,
        /// so a field the document lacks can be sent too; a name a property has is refused there.
        public var unknownFields: [Swift.String: GeneratedClientRuntime.JSONValue] = [:]

        /// The JSON names the properties read.
        private static let knownKeys = GeneratedClientRuntime.UnknownFields.Known(["theme"])

        /// Creates a `Preferences`.
        ///
        /// - Parameters:
        ///   - theme: The `theme` value.
        public init(
            theme: Swift.String? = nil,
        ) {
            self.theme = theme
        }

        public init(from decoder: any Swift.Decoder) throws {
            let container = try decoder.container(keyedBy: GeneratedClientRuntime.AnyCodingKey.self)
            self.theme = try container.decodeIfPresent(Swift.String.self, forKey: "theme")
            self.unknownFields = try GeneratedClientRuntime.UnknownFields.decode(from: decoder, known: Self.knownKeys)
        }

        public func encode(to encoder: any Swift.Encoder) throws {
            var container = encoder.container(keyedBy: GeneratedClientRuntime.AnyCodingKey.self)
            try container.encodeIfPresent(self.theme, forKey: "theme")
            if !self.unknownFields.isEmpty { try GeneratedClientRuntime.UnknownFields.encode(self.unknownFields, known: Self.knownKeys, of: Self.self, to: encoder) }
        }
    }
}

// FILE: Testing/TestClient+Mock.swift
// Generated from an OpenAPI document by the generator. Do not edit by hand.
// A test kit: add it to test targets only.
@_exported import GeneratedClientTesting
@_exported import GeneratedClient
import Foundation

extension TestClient {
    /// A stand-in for the API in unit tests: hand ``client`` to the code under test, script what
    /// each operation answers (`returns`, `returnsExample`, `answers` with a fault, `streams`), and
    /// read back the requests it sent, typed. No network and no server: the client's own retries,
    /// errors, limits and stream handling run on the answers as on a server's.
    ///
    /// Each scripted answer is used once, in order; a call with none left gets a `501` naming the
    /// operation.
    public struct Mock: Swift.Sendable {
        /// The client to hand to the code under test: every call it makes is answered by this mock.
        public let client: TestClient
        /// Every request received, in order, and the answers not yet used.
        public let transport: GeneratedClientTesting.MockTransport

        /// A mock whose client has `configuration` (its retry policy, timeouts, limits,
        /// middlewares), its transport replaced by the mock's. Throws as the client's initialiser
        /// does for a configured header HTTP does not allow.
        public init(configuration: GeneratedClientRuntime.APIClientConfiguration = .init()) throws {
            let transport = GeneratedClientTesting.MockTransport()
            var configuration = configuration
            configuration.transport = transport
            self.transport = transport
            self.client = try TestClient(apiKey: "mock-api-key", serverURL: "https://mock.invalid", configuration: configuration)
        }

        /// `createCustomer` (`POST /customers`): its answers, in order, and the requests it received.
        public var createCustomer: GeneratedClientTesting.MockOperation<Foundation.Data, Swift.Void, GeneratedClientTesting.NoEvents> {
            GeneratedClientTesting.MockOperation(
                transport: transport, operationID: "createCustomer", pathTemplate: "/customers",
                examples: [],
                readBody: { $0 }
            ) { value, headers in
                .empty(status: 204, headers: headers)
            }
        }
    }
}

