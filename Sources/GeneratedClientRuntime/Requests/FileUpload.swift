import Foundation

/// A file sent in a multipart form: bytes in memory, or a file on disk streamed as it is sent.
public struct FileUpload: Sendable, Hashable {
    public enum Source: Sendable, Hashable {
        case data(Data)
        case file(URL)
    }

    public var source: Source
    /// The name the server records (`Content-Disposition: filename=`).
    public var filename: String
    public var contentType: String

    public init(data: Data, filename: String, contentType: String = "application/octet-stream") {
        self.source = .data(data)
        self.filename = filename
        self.contentType = contentType
    }

    /// A file on disk; it is read in chunks while uploading, never whole into memory.
    public init(fileURL: URL, filename: String? = nil, contentType: String = "application/octet-stream") {
        self.source = .file(fileURL)
        self.filename = filename ?? fileURL.lastPathComponent
        self.contentType = contentType
    }
}

// A file in a JSON document is its base64 contents (OpenAPI `format: binary` outside a form).
extension FileUpload: Codable {
    public init(from decoder: any Decoder) throws {
        self.init(data: try decoder.singleValueContainer().decode(Data.self), filename: "file")
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        switch source {
        case .data(let data): try container.encode(data)
        case .file(let url): try container.encode(try Data(contentsOf: url))
        }
    }
}
