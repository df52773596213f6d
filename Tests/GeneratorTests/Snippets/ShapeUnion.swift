// FILE: Types/Content.swift
// Generated from an OpenAPI document by the generator. Do not edit by hand.
@_spi(Generated) import GeneratedClientRuntime
import Foundation

/// - Remark: Generated from `#/components/schemas/Content`.
public enum Content: Swift.Codable, Swift.Hashable, Swift.Sendable {
    case string(Swift.String)
    case parts([Part])

    public init(from decoder: any Swift.Decoder) throws {
        switch try GeneratedClientRuntime.JSONShape(of: decoder) {
        case .string: self = .string(try Swift.String(from: decoder))
        case .array: self = .parts(try [Part](from: decoder))
        default: throw GeneratedClientRuntime.UnionCoding.noVariant(in: decoder, type: "Content")
        }
    }

    public func encode(to encoder: any Swift.Encoder) throws {
        switch self {
        case .string(let value):
            try value.encode(to: encoder)
        case .parts(let value):
            try value.encode(to: encoder)
        }
    }
}

// FILE: Types/Part.swift
// Generated from an OpenAPI document by the generator. Do not edit by hand.
@_spi(Generated) import GeneratedClientRuntime
import Foundation

/// - Remark: Generated from `#/components/schemas/Part`.
public struct Part: Swift.Codable, Swift.Hashable, Swift.Sendable {
    /// - Remark: Generated from `#/components/schemas/Part/properties/text`.
    public var text: Swift.String?
    /// The object's members that no property above reads, as the server sent them: a field added to
    /// the API after this client was generated. Written back beside the properties when encoding,
    /// so a field the document lacks can be sent too; a name a property has is refused there.
    public var unknownFields: [Swift.String: GeneratedClientRuntime.JSONValue] = [:]

    /// The JSON names the properties read.
    private static let knownKeys = GeneratedClientRuntime.UnknownFields.Known(["text"])

    /// Creates a `Part`.
    ///
    /// - Parameters:
    ///   - text: The `text` value.
    public init(
        text: Swift.String? = nil,
    ) {
        self.text = text
    }

    public init(from decoder: any Swift.Decoder) throws {
        let container = try decoder.container(keyedBy: GeneratedClientRuntime.AnyCodingKey.self)
        self.text = try container.decodeIfPresent(Swift.String.self, forKey: "text")
        self.unknownFields = try GeneratedClientRuntime.UnknownFields.decode(from: decoder, known: Self.knownKeys)
    }

    public func encode(to encoder: any Swift.Encoder) throws {
        var container = encoder.container(keyedBy: GeneratedClientRuntime.AnyCodingKey.self)
        try container.encodeIfPresent(self.text, forKey: "text")
        if !self.unknownFields.isEmpty { try GeneratedClientRuntime.UnknownFields.encode(self.unknownFields, known: Self.knownKeys, of: Self.self, to: encoder) }
    }
}

