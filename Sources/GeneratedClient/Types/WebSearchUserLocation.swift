// Generated from an OpenAPI document by the generator. Do not edit by hand.
@_spi(Generated) import GeneratedClientRuntime
import Foundation

/// - Remark: Generated from `#/components/schemas/WebSearchUserLocation`.
public struct WebSearchUserLocation: Swift.Codable, Swift.Hashable, Swift.Sendable {
    /// City of the user's location.
    ///
    /// - Remark: Generated from `#/components/schemas/WebSearchUserLocation/properties/city`.
    public var city: Swift.String?
    /// Two-letter ISO 3166-1 alpha-2 country code, like US, GB, etc.
    ///
    /// - Remark: Generated from `#/components/schemas/WebSearchUserLocation/properties/country`.
    public var country: Swift.String?
    /// Region of the user's location.
    ///
    /// - Remark: Generated from `#/components/schemas/WebSearchUserLocation/properties/region`.
    public var region: Swift.String?
    /// Timezone of the user's location, IANA timezone like America/Chicago, Europe/London, etc.
    ///
    /// - Remark: Generated from `#/components/schemas/WebSearchUserLocation/properties/timezone`.
    public var timezone: Swift.String?
    /// Type is always `"approximate"`.
    ///
    /// - Remark: Generated from `#/components/schemas/WebSearchUserLocation/properties/type`.
    public var type: Swift.String
    /// The object's members that no property above reads, as the server sent them: a field added to
    /// the API after this client was generated. Written back beside the properties when encoding,
    /// so a field the document lacks can be sent too; a name a property has is refused there.
    public var unknownFields: [Swift.String: GeneratedClientRuntime.JSONValue] = [:]

    /// The JSON names the properties read.
    private static let knownKeys = GeneratedClientRuntime.UnknownFields.Known(["city", "country", "region", "timezone", "type"])

    /// Creates a `WebSearchUserLocation`.
    ///
    /// - Parameters:
    ///   - city: City of the user's location.
    ///   - country: Two-letter ISO 3166-1 alpha-2 country code, like US, GB, etc.
    ///   - region: Region of the user's location.
    ///   - timezone: Timezone of the user's location, IANA timezone like America/Chicago, Europe/London, etc.
    ///   - type: Type is always `"approximate"`.
    public init(
        city: Swift.String? = nil,
        country: Swift.String? = nil,
        region: Swift.String? = nil,
        timezone: Swift.String? = nil,
        type: Swift.String,
    ) {
        self.city = city
        self.country = country
        self.region = region
        self.timezone = timezone
        self.type = type
    }

    public init(from decoder: any Swift.Decoder) throws {
        let container = try decoder.container(keyedBy: GeneratedClientRuntime.AnyCodingKey.self)
        self.city = try container.decodeIfPresent(Swift.String.self, forKey: "city")
        self.country = try container.decodeIfPresent(Swift.String.self, forKey: "country")
        self.region = try container.decodeIfPresent(Swift.String.self, forKey: "region")
        self.timezone = try container.decodeIfPresent(Swift.String.self, forKey: "timezone")
        self.type = try container.decodeRequired(Swift.String.self, forKey: "type")
        self.unknownFields = try GeneratedClientRuntime.UnknownFields.decode(from: decoder, known: Self.knownKeys)
    }

    public func encode(to encoder: any Swift.Encoder) throws {
        var container = encoder.container(keyedBy: GeneratedClientRuntime.AnyCodingKey.self)
        try container.encodeIfPresent(self.city, forKey: "city")
        try container.encodeIfPresent(self.country, forKey: "country")
        try container.encodeIfPresent(self.region, forKey: "region")
        try container.encodeIfPresent(self.timezone, forKey: "timezone")
        try container.encode(self.type, forKey: "type")
        if !self.unknownFields.isEmpty { try GeneratedClientRuntime.UnknownFields.encode(self.unknownFields, known: Self.knownKeys, of: Self.self, to: encoder) }
    }
}
