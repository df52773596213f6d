// Generated from an OpenAPI document by the generator. Do not edit by hand.
@_spi(Generated) import GeneratedClientRuntime
import Foundation

/// - Remark: Generated from `#/components/schemas/ModelInputContentItem`.
public enum ModelInputContentItem: Swift.Codable, Swift.Hashable, Swift.Sendable {
    /// Text input.
    case inputText(ModelInputContentItem.InputText)
    /// Text output (used in compact response output items).
    case outputText(ModelInputContentItem.OutputText)
    /// Image input. Note: Storing and fetching images is not fully supported at the moment.
    case inputImage(ModelInputContentItem.InputImage)
    /// File input.
    case inputFile(ModelInputContentItem.InputFile)
    /// A variant this client does not know yet, kept as the JSON it arrived as.
    case unknown(GeneratedClientRuntime.JSONValue)

    public init(from decoder: any Swift.Decoder) throws {
        switch try GeneratedClientRuntime.UnionCoding.tag("type", in: decoder) {
        case "input_text": self = .inputText(try ModelInputContentItem.InputText(from: decoder))
        case "output_text": self = .outputText(try ModelInputContentItem.OutputText(from: decoder))
        case "input_image": self = .inputImage(try ModelInputContentItem.InputImage(from: decoder))
        case "input_file": self = .inputFile(try ModelInputContentItem.InputFile(from: decoder))
        default: self = .unknown(try GeneratedClientRuntime.JSONValue(from: decoder))
        }
    }

    public func encode(to encoder: any Swift.Encoder) throws {
        switch self {
        case .inputText(let value):
            try value.encode(to: encoder)
        case .outputText(let value):
            try value.encode(to: encoder)
        case .inputImage(let value):
            try value.encode(to: encoder)
        case .inputFile(let value):
            try value.encode(to: encoder)
        case .unknown(let value):
            try value.encode(to: encoder)
        }
    }
}

extension ModelInputContentItem {
    /// Text input.
    ///
    /// - Remark: Generated from `#/components/schemas/ModelInputContentItem/oneOf/0`.
    public struct InputText: Swift.Codable, Swift.Hashable, Swift.Sendable {
        /// Text input.
        ///
        /// - Remark: Generated from `#/components/schemas/ModelInputContentItem/oneOf/0/properties/text`.
        public var text: Swift.String
        /// - Remark: Generated from `#/components/schemas/ModelInputContentItem/oneOf/0/properties/type`.
        public var type: Swift.String { "input_text" }
        /// The object's members that no property above reads, as the server sent them: a field added to
        /// the API after this client was generated. Written back beside the properties when encoding,
        /// so a field the document lacks can be sent too; a name a property has is refused there.
        public var unknownFields: [Swift.String: GeneratedClientRuntime.JSONValue] = [:]

        /// The JSON names the properties read.
        private static let knownKeys = GeneratedClientRuntime.UnknownFields.Known(["text", "type"])

        /// Creates an `InputText`.
        ///
        /// - Parameters:
        ///   - text: Text input.
        public init(
            text: Swift.String,
        ) {
            self.text = text
        }

        public init(from decoder: any Swift.Decoder) throws {
            let container = try decoder.container(keyedBy: GeneratedClientRuntime.AnyCodingKey.self)
            self.text = try container.decodeRequired(Swift.String.self, forKey: "text")
            self.unknownFields = try GeneratedClientRuntime.UnknownFields.decode(from: decoder, known: Self.knownKeys)
        }

        public func encode(to encoder: any Swift.Encoder) throws {
            var container = encoder.container(keyedBy: GeneratedClientRuntime.AnyCodingKey.self)
            try container.encode(self.text, forKey: "text")
            try GeneratedClientRuntime.UnionCoding.encodeTag("input_text", as: "type", to: encoder)
            if !self.unknownFields.isEmpty { try GeneratedClientRuntime.UnknownFields.encode(self.unknownFields, known: Self.knownKeys, of: Self.self, to: encoder) }
        }
    }
}

extension ModelInputContentItem {
    /// Text output (used in compact response output items).
    ///
    /// - Remark: Generated from `#/components/schemas/ModelInputContentItem/oneOf/1`.
    public struct OutputText: Swift.Codable, Swift.Hashable, Swift.Sendable {
        /// - Remark: Generated from `#/components/schemas/ModelInputContentItem/oneOf/1/properties/text`.
        public var text: Swift.String
        /// - Remark: Generated from `#/components/schemas/ModelInputContentItem/oneOf/1/properties/type`.
        public var type: Swift.String { "output_text" }
        /// The object's members that no property above reads, as the server sent them: a field added to
        /// the API after this client was generated. Written back beside the properties when encoding,
        /// so a field the document lacks can be sent too; a name a property has is refused there.
        public var unknownFields: [Swift.String: GeneratedClientRuntime.JSONValue] = [:]

        /// The JSON names the properties read.
        private static let knownKeys = GeneratedClientRuntime.UnknownFields.Known(["text", "type"])

        /// Creates an `OutputText`.
        ///
        /// - Parameters:
        ///   - text: The `text` value.
        public init(
            text: Swift.String,
        ) {
            self.text = text
        }

        public init(from decoder: any Swift.Decoder) throws {
            let container = try decoder.container(keyedBy: GeneratedClientRuntime.AnyCodingKey.self)
            self.text = try container.decodeRequired(Swift.String.self, forKey: "text")
            self.unknownFields = try GeneratedClientRuntime.UnknownFields.decode(from: decoder, known: Self.knownKeys)
        }

        public func encode(to encoder: any Swift.Encoder) throws {
            var container = encoder.container(keyedBy: GeneratedClientRuntime.AnyCodingKey.self)
            try container.encode(self.text, forKey: "text")
            try GeneratedClientRuntime.UnionCoding.encodeTag("output_text", as: "type", to: encoder)
            if !self.unknownFields.isEmpty { try GeneratedClientRuntime.UnknownFields.encode(self.unknownFields, known: Self.knownKeys, of: Self.self, to: encoder) }
        }
    }
}

extension ModelInputContentItem {
    /// Image input. Note: Storing and fetching images is not fully supported at the moment.
    ///
    /// - Remark: Generated from `#/components/schemas/ModelInputContentItem/oneOf/2`.
    public struct InputImage: Swift.Codable, Swift.Hashable, Swift.Sendable {
        /// Only included for compatibility.
        ///
        /// - Remark: Generated from `#/components/schemas/ModelInputContentItem/oneOf/2/properties/file_id`.
        public var fileID: Swift.String?
        /// A public URL of image prompt, only available for vision models.
        ///
        /// - Remark: Generated from `#/components/schemas/ModelInputContentItem/oneOf/2/properties/image_url`.
        public var imageURL: Swift.String
        /// - Remark: Generated from `#/components/schemas/ModelInputContentItem/oneOf/2/properties/type`.
        public var type: Swift.String { "input_image" }
        /// The object's members that no property above reads, as the server sent them: a field added to
        /// the API after this client was generated. Written back beside the properties when encoding,
        /// so a field the document lacks can be sent too; a name a property has is refused there.
        public var unknownFields: [Swift.String: GeneratedClientRuntime.JSONValue] = [:]

        /// The JSON names the properties read.
        private static let knownKeys = GeneratedClientRuntime.UnknownFields.Known(["file_id", "image_url", "type"])

        /// Creates an `InputImage`.
        ///
        /// - Parameters:
        ///   - fileID: Only included for compatibility.
        ///   - imageURL: A public URL of image prompt, only available for vision models.
        public init(
            fileID: Swift.String? = nil,
            imageURL: Swift.String,
        ) {
            self.fileID = fileID
            self.imageURL = imageURL
        }

        public init(from decoder: any Swift.Decoder) throws {
            let container = try decoder.container(keyedBy: GeneratedClientRuntime.AnyCodingKey.self)
            self.fileID = try container.decodeIfPresent(Swift.String.self, forKey: "file_id")
            self.imageURL = try container.decodeRequired(Swift.String.self, forKey: "image_url")
            self.unknownFields = try GeneratedClientRuntime.UnknownFields.decode(from: decoder, known: Self.knownKeys)
        }

        public func encode(to encoder: any Swift.Encoder) throws {
            var container = encoder.container(keyedBy: GeneratedClientRuntime.AnyCodingKey.self)
            try container.encodeIfPresent(self.fileID, forKey: "file_id")
            try container.encode(self.imageURL, forKey: "image_url")
            try GeneratedClientRuntime.UnionCoding.encodeTag("input_image", as: "type", to: encoder)
            if !self.unknownFields.isEmpty { try GeneratedClientRuntime.UnknownFields.encode(self.unknownFields, known: Self.knownKeys, of: Self.self, to: encoder) }
        }
    }
}

extension ModelInputContentItem {
    /// File input.
    ///
    /// - Remark: Generated from `#/components/schemas/ModelInputContentItem/oneOf/3`.
    public struct InputFile: Swift.Codable, Swift.Hashable, Swift.Sendable {
        /// Inline file bytes (base64 encoded).
        ///
        /// When set, the file content is provided directly in the request and does NOT need
        /// to be uploaded to the Files API first.
        ///
        /// Exactly one of `file_id`, `file_data`, or `file_url` should be set.
        ///
        /// - Remark: Generated from `#/components/schemas/ModelInputContentItem/oneOf/3/properties/file_data`.
        public var fileData: Swift.String?
        /// The file ID from the Files API.
        ///
        /// Set this to reference a previously-uploaded file.
        /// Exactly one of `file_id`, `file_data`, or `file_url` should be set.
        ///
        /// - Remark: Generated from `#/components/schemas/ModelInputContentItem/oneOf/3/properties/file_id`.
        public var fileID: Swift.String?
        /// Public URL for a file attachment.
        ///
        /// When set, the file content is fetched from this URL.
        /// Exactly one of `file_id`, `file_data`, or `file_url` should be set.
        ///
        /// - Remark: Generated from `#/components/schemas/ModelInputContentItem/oneOf/3/properties/file_url`.
        public var fileURL: Swift.String?
        /// Filename for inline uploads.
        ///
        /// Required when `file_data` is set.
        ///
        /// - Remark: Generated from `#/components/schemas/ModelInputContentItem/oneOf/3/properties/filename`.
        public var filename: Swift.String?
        /// Optional MIME type for inline uploads (e.g. "application/pdf").
        ///
        /// - Remark: Generated from `#/components/schemas/ModelInputContentItem/oneOf/3/properties/mime_type`.
        public var mimeType: Swift.String?
        /// - Remark: Generated from `#/components/schemas/ModelInputContentItem/oneOf/3/properties/type`.
        public var type: Swift.String { "input_file" }
        /// The object's members that no property above reads, as the server sent them: a field added to
        /// the API after this client was generated. Written back beside the properties when encoding,
        /// so a field the document lacks can be sent too; a name a property has is refused there.
        public var unknownFields: [Swift.String: GeneratedClientRuntime.JSONValue] = [:]

        /// The JSON names the properties read.
        private static let knownKeys = GeneratedClientRuntime.UnknownFields.Known(["file_data", "file_id", "file_url", "filename", "mime_type", "type"])

        /// Creates an `InputFile`.
        ///
        /// - Parameters:
        ///   - fileData: Inline file bytes (base64 encoded).
        ///   - fileID: The file ID from the Files API.
        ///   - fileURL: Public URL for a file attachment.
        ///   - filename: Filename for inline uploads.
        ///   - mimeType: Optional MIME type for inline uploads (e.g. "application/pdf").
        public init(
            fileData: Swift.String? = nil,
            fileID: Swift.String? = nil,
            fileURL: Swift.String? = nil,
            filename: Swift.String? = nil,
            mimeType: Swift.String? = nil,
        ) {
            self.fileData = fileData
            self.fileID = fileID
            self.fileURL = fileURL
            self.filename = filename
            self.mimeType = mimeType
        }

        public init(from decoder: any Swift.Decoder) throws {
            let container = try decoder.container(keyedBy: GeneratedClientRuntime.AnyCodingKey.self)
            self.fileData = try container.decodeIfPresent(Swift.String.self, forKey: "file_data")
            self.fileID = try container.decodeIfPresent(Swift.String.self, forKey: "file_id")
            self.fileURL = try container.decodeIfPresent(Swift.String.self, forKey: "file_url")
            self.filename = try container.decodeIfPresent(Swift.String.self, forKey: "filename")
            self.mimeType = try container.decodeIfPresent(Swift.String.self, forKey: "mime_type")
            self.unknownFields = try GeneratedClientRuntime.UnknownFields.decode(from: decoder, known: Self.knownKeys)
        }

        public func encode(to encoder: any Swift.Encoder) throws {
            var container = encoder.container(keyedBy: GeneratedClientRuntime.AnyCodingKey.self)
            try container.encodeIfPresent(self.fileData, forKey: "file_data")
            try container.encodeIfPresent(self.fileID, forKey: "file_id")
            try container.encodeIfPresent(self.fileURL, forKey: "file_url")
            try container.encodeIfPresent(self.filename, forKey: "filename")
            try container.encodeIfPresent(self.mimeType, forKey: "mime_type")
            try GeneratedClientRuntime.UnionCoding.encodeTag("input_file", as: "type", to: encoder)
            if !self.unknownFields.isEmpty { try GeneratedClientRuntime.UnknownFields.encode(self.unknownFields, known: Self.knownKeys, of: Self.self, to: encoder) }
        }
    }
}
