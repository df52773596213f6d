// Generated from an OpenAPI document by the generator. Do not edit by hand.
@_spi(Generated) import GeneratedClientRuntime
import Foundation

/// One part of a message's content, chosen by `type`.
///
/// - Remark: Generated from `#/components/schemas/ContentPart`.
public enum ContentPart: Swift.Codable, Swift.Hashable, Swift.Sendable {
    /// Text prompt.
    case text(ContentPart.Text)
    /// An image, only available for vision models.
    case imageURL(ContentPart.ImageURLContentPart)
    /// A text file.
    case textFile(ContentPart.TextFile)
    /// A file attachment (OpenAI-compatible nesting).
    case file(ContentPart.FileContentPart)
    /// A variant this client does not know yet, kept as the JSON it arrived as.
    case unknown(GeneratedClientRuntime.JSONValue)

    public init(from decoder: any Swift.Decoder) throws {
        switch try GeneratedClientRuntime.UnionCoding.tag("type", in: decoder) {
        case "text": self = .text(try ContentPart.Text(from: decoder))
        case "image_url": self = .imageURL(try ContentPart.ImageURLContentPart(from: decoder))
        case "text_file": self = .textFile(try ContentPart.TextFile(from: decoder))
        case "file": self = .file(try ContentPart.FileContentPart(from: decoder))
        default: self = .unknown(try GeneratedClientRuntime.JSONValue(from: decoder))
        }
    }

    public func encode(to encoder: any Swift.Encoder) throws {
        switch self {
        case .text(let value):
            try value.encode(to: encoder)
        case .imageURL(let value):
            try value.encode(to: encoder)
        case .textFile(let value):
            try value.encode(to: encoder)
        case .file(let value):
            try value.encode(to: encoder)
        case .unknown(let value):
            try value.encode(to: encoder)
        }
    }
}

extension ContentPart {
    /// Text prompt.
    ///
    /// - Remark: Generated from `#/components/schemas/ContentPart/oneOf/0`.
    public struct Text: Swift.Codable, Swift.Hashable, Swift.Sendable {
        /// - Remark: Generated from `#/components/schemas/ContentPart/oneOf/0/properties/type`.
        public var type: Swift.String { "text" }
        /// Text prompt.
        ///
        /// - Remark: Generated from `#/components/schemas/ContentPart/oneOf/0/properties/text`.
        public var text: Swift.String
        /// The object's members that no property above reads, as the server sent them: a field added to
        /// the API after this client was generated. Written back beside the properties when encoding,
        /// so a field the document lacks can be sent too; a name a property has is refused there.
        public var unknownFields: [Swift.String: GeneratedClientRuntime.JSONValue] = [:]

        /// The JSON names the properties read.
        private static let knownKeys = GeneratedClientRuntime.UnknownFields.Known(["type", "text"])

        /// Creates a `Text`.
        ///
        /// - Parameters:
        ///   - text: Text prompt.
        public init(
            text: Swift.String,
        ) {
            self.text = text
        }

        public init(from decoder: any Swift.Decoder) throws {
            let container = try decoder.container(keyedBy: GeneratedClientRuntime.AnyCodingKey.self)
            self.text = try container.decode(Swift.String.self, forKey: "text")
            self.unknownFields = try GeneratedClientRuntime.UnknownFields.decode(from: decoder, known: Self.knownKeys)
        }

        public func encode(to encoder: any Swift.Encoder) throws {
            var container = encoder.container(keyedBy: GeneratedClientRuntime.AnyCodingKey.self)
            try GeneratedClientRuntime.UnionCoding.encodeTag("text", as: "type", to: encoder)
            try container.encode(self.text, forKey: "text")
            if !self.unknownFields.isEmpty { try GeneratedClientRuntime.UnknownFields.encode(self.unknownFields, known: Self.knownKeys, of: Self.self, to: encoder) }
        }
    }
}

extension ContentPart {
    /// An image, only available for vision models.
    ///
    /// - Remark: Generated from `#/components/schemas/ContentPart/oneOf/1`.
    public struct ImageURLContentPart: Swift.Codable, Swift.Hashable, Swift.Sendable {
        /// - Remark: Generated from `#/components/schemas/ContentPart/oneOf/1/properties/type`.
        public var type: Swift.String { "image_url" }
        /// A public URL or a base64-encoded data URL of the image, or a file id.
        ///
        /// - Remark: Generated from `#/components/schemas/ContentPart/oneOf/1/properties/image_url`.
        public var imageURL: ImageURL
        /// The object's members that no property above reads, as the server sent them: a field added to
        /// the API after this client was generated. Written back beside the properties when encoding,
        /// so a field the document lacks can be sent too; a name a property has is refused there.
        public var unknownFields: [Swift.String: GeneratedClientRuntime.JSONValue] = [:]

        /// The JSON names the properties read.
        private static let knownKeys = GeneratedClientRuntime.UnknownFields.Known(["type", "image_url"])

        /// Creates an `ImageURLContentPart`.
        ///
        /// - Parameters:
        ///   - imageURL: A public URL or a base64-encoded data URL of the image, or a file id.
        public init(
            imageURL: ImageURL,
        ) {
            self.imageURL = imageURL
        }

        public init(from decoder: any Swift.Decoder) throws {
            let container = try decoder.container(keyedBy: GeneratedClientRuntime.AnyCodingKey.self)
            self.imageURL = try container.decode(ImageURL.self, forKey: "image_url")
            self.unknownFields = try GeneratedClientRuntime.UnknownFields.decode(from: decoder, known: Self.knownKeys)
        }

        public func encode(to encoder: any Swift.Encoder) throws {
            var container = encoder.container(keyedBy: GeneratedClientRuntime.AnyCodingKey.self)
            try GeneratedClientRuntime.UnionCoding.encodeTag("image_url", as: "type", to: encoder)
            try container.encode(self.imageURL, forKey: "image_url")
            if !self.unknownFields.isEmpty { try GeneratedClientRuntime.UnknownFields.encode(self.unknownFields, known: Self.knownKeys, of: Self.self, to: encoder) }
        }
    }
}

extension ContentPart {
    /// A text file.
    ///
    /// - Remark: Generated from `#/components/schemas/ContentPart/oneOf/2`.
    public struct TextFile: Swift.Codable, Swift.Hashable, Swift.Sendable {
        /// - Remark: Generated from `#/components/schemas/ContentPart/oneOf/2/properties/type`.
        public var type: Swift.String { "text_file" }
        /// The file's text.
        ///
        /// - Remark: Generated from `#/components/schemas/ContentPart/oneOf/2/properties/text`.
        public var text: Swift.String?
        /// The file, by id or URL.
        ///
        /// - Remark: Generated from `#/components/schemas/ContentPart/oneOf/2/properties/file`.
        public var file: FileRef?
        /// The object's members that no property above reads, as the server sent them: a field added to
        /// the API after this client was generated. Written back beside the properties when encoding,
        /// so a field the document lacks can be sent too; a name a property has is refused there.
        public var unknownFields: [Swift.String: GeneratedClientRuntime.JSONValue] = [:]

        /// The JSON names the properties read.
        private static let knownKeys = GeneratedClientRuntime.UnknownFields.Known(["type", "text", "file"])

        /// Creates a `TextFile`.
        ///
        /// - Parameters:
        ///   - text: The file's text.
        ///   - file: The file, by id or URL.
        public init(
            text: Swift.String? = nil,
            file: FileRef? = nil,
        ) {
            self.text = text
            self.file = file
        }

        public init(from decoder: any Swift.Decoder) throws {
            let container = try decoder.container(keyedBy: GeneratedClientRuntime.AnyCodingKey.self)
            self.text = try container.decodeIfPresent(Swift.String.self, forKey: "text")
            self.file = try container.decodeIfPresent(FileRef.self, forKey: "file")
            self.unknownFields = try GeneratedClientRuntime.UnknownFields.decode(from: decoder, known: Self.knownKeys)
        }

        public func encode(to encoder: any Swift.Encoder) throws {
            var container = encoder.container(keyedBy: GeneratedClientRuntime.AnyCodingKey.self)
            try GeneratedClientRuntime.UnionCoding.encodeTag("text_file", as: "type", to: encoder)
            try container.encodeIfPresent(self.text, forKey: "text")
            try container.encodeIfPresent(self.file, forKey: "file")
            if !self.unknownFields.isEmpty { try GeneratedClientRuntime.UnknownFields.encode(self.unknownFields, known: Self.knownKeys, of: Self.self, to: encoder) }
        }
    }
}

extension ContentPart {
    /// A file attachment (OpenAI-compatible nesting).
    ///
    /// - Remark: Generated from `#/components/schemas/ContentPart/oneOf/3`.
    public struct FileContentPart: Swift.Codable, Swift.Hashable, Swift.Sendable {
        /// - Remark: Generated from `#/components/schemas/ContentPart/oneOf/3/properties/type`.
        public var type: Swift.String { "file" }
        /// File reference for file attachments.
        ///
        /// - Remark: Generated from `#/components/schemas/ContentPart/oneOf/3/properties/file`.
        public var file: FileRef
        /// The object's members that no property above reads, as the server sent them: a field added to
        /// the API after this client was generated. Written back beside the properties when encoding,
        /// so a field the document lacks can be sent too; a name a property has is refused there.
        public var unknownFields: [Swift.String: GeneratedClientRuntime.JSONValue] = [:]

        /// The JSON names the properties read.
        private static let knownKeys = GeneratedClientRuntime.UnknownFields.Known(["type", "file"])

        /// Creates a `FileContentPart`.
        ///
        /// - Parameters:
        ///   - file: File reference for file attachments.
        public init(
            file: FileRef,
        ) {
            self.file = file
        }

        public init(from decoder: any Swift.Decoder) throws {
            let container = try decoder.container(keyedBy: GeneratedClientRuntime.AnyCodingKey.self)
            self.file = try container.decode(FileRef.self, forKey: "file")
            self.unknownFields = try GeneratedClientRuntime.UnknownFields.decode(from: decoder, known: Self.knownKeys)
        }

        public func encode(to encoder: any Swift.Encoder) throws {
            var container = encoder.container(keyedBy: GeneratedClientRuntime.AnyCodingKey.self)
            try GeneratedClientRuntime.UnionCoding.encodeTag("file", as: "type", to: encoder)
            try container.encode(self.file, forKey: "file")
            if !self.unknownFields.isEmpty { try GeneratedClientRuntime.UnknownFields.encode(self.unknownFields, known: Self.knownKeys, of: Self.self, to: encoder) }
        }
    }
}
