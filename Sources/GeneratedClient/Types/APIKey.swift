// Generated from an OpenAPI document by the generator. Do not edit by hand.
@_spi(Generated) import GeneratedClientRuntime
import Foundation

/// - Remark: Generated from `#/components/schemas/ApiKey`.
public struct APIKey: Swift.Codable, Swift.Hashable, Swift.Sendable {
    /// A list of ACLs authorized with the API key, e.g. `"api-key:endpoint:*"`, `"api-key:model:*"`.
    ///
    /// - Remark: Generated from `#/components/schemas/ApiKey/properties/acls`.
    public var acls: [Swift.String]
    /// Indicates whether the API key is blocked.
    ///
    /// - Remark: Generated from `#/components/schemas/ApiKey/properties/api_key_blocked`.
    public var apiKeyBlocked: Swift.Bool
    /// Indicates whether the API key is disabled.
    ///
    /// - Remark: Generated from `#/components/schemas/ApiKey/properties/api_key_disabled`.
    public var apiKeyDisabled: Swift.Bool
    /// ID of the API key.
    ///
    /// - Remark: Generated from `#/components/schemas/ApiKey/properties/api_key_id`.
    public var apiKeyID: Swift.String
    /// Creation time of the API key in Unix timestamp.
    ///
    /// - Remark: Generated from `#/components/schemas/ApiKey/properties/create_time`.
    public var createTime: Swift.String
    /// User ID of the user who last modified the API key.
    ///
    /// - Remark: Generated from `#/components/schemas/ApiKey/properties/modified_by`.
    public var modifiedBy: Swift.String
    /// Last modification time of the API key in Unix timestamp.
    ///
    /// - Remark: Generated from `#/components/schemas/ApiKey/properties/modify_time`.
    public var modifyTime: Swift.String
    /// The name of the API key specified by user.
    ///
    /// - Remark: Generated from `#/components/schemas/ApiKey/properties/name`.
    public var name: Swift.String
    /// The redacted API key.
    ///
    /// - Remark: Generated from `#/components/schemas/ApiKey/properties/redacted_api_key`.
    public var redactedAPIKey: Swift.String
    /// Indicates whether the team that owns the API key.
    ///
    /// - Remark: Generated from `#/components/schemas/ApiKey/properties/team_blocked`.
    public var teamBlocked: Swift.Bool
    /// The team ID of the team that owns the API key.
    ///
    /// - Remark: Generated from `#/components/schemas/ApiKey/properties/team_id`.
    public var teamID: Swift.String
    /// User ID the API key belongs to.
    ///
    /// - Remark: Generated from `#/components/schemas/ApiKey/properties/user_id`.
    public var userID: Swift.String
    /// The object's members that no property above reads, as the server sent them: a field added to
    /// the API after this client was generated. Written back beside the properties when encoding,
    /// so a field the document lacks can be sent too; a name a property has is refused there.
    public var unknownFields: [Swift.String: GeneratedClientRuntime.JSONValue] = [:]

    /// The JSON names the properties read.
    private static let knownKeys = GeneratedClientRuntime.UnknownFields.Known(["acls", "api_key_blocked", "api_key_disabled", "api_key_id", "create_time", "modified_by", "modify_time", "name", "redacted_api_key", "team_blocked", "team_id", "user_id"])

    /// Creates an `APIKey`.
    ///
    /// - Parameters:
    ///   - acls: A list of ACLs authorized with the API key, e.g. `"api-key:endpoint:*"`, `"api-key:model:*"`.
    ///   - apiKeyBlocked: Indicates whether the API key is blocked.
    ///   - apiKeyDisabled: Indicates whether the API key is disabled.
    ///   - apiKeyID: ID of the API key.
    ///   - createTime: Creation time of the API key in Unix timestamp.
    ///   - modifiedBy: User ID of the user who last modified the API key.
    ///   - modifyTime: Last modification time of the API key in Unix timestamp.
    ///   - name: The name of the API key specified by user.
    ///   - redactedAPIKey: The redacted API key.
    ///   - teamBlocked: Indicates whether the team that owns the API key.
    ///   - teamID: The team ID of the team that owns the API key.
    ///   - userID: User ID the API key belongs to.
    public init(
        acls: [Swift.String],
        apiKeyBlocked: Swift.Bool,
        apiKeyDisabled: Swift.Bool,
        apiKeyID: Swift.String,
        createTime: Swift.String,
        modifiedBy: Swift.String,
        modifyTime: Swift.String,
        name: Swift.String,
        redactedAPIKey: Swift.String,
        teamBlocked: Swift.Bool,
        teamID: Swift.String,
        userID: Swift.String,
    ) {
        self.acls = acls
        self.apiKeyBlocked = apiKeyBlocked
        self.apiKeyDisabled = apiKeyDisabled
        self.apiKeyID = apiKeyID
        self.createTime = createTime
        self.modifiedBy = modifiedBy
        self.modifyTime = modifyTime
        self.name = name
        self.redactedAPIKey = redactedAPIKey
        self.teamBlocked = teamBlocked
        self.teamID = teamID
        self.userID = userID
    }

    public init(from decoder: any Swift.Decoder) throws {
        let container = try decoder.container(keyedBy: GeneratedClientRuntime.AnyCodingKey.self)
        self.acls = try container.decodeRequired([Swift.String].self, forKey: "acls")
        self.apiKeyBlocked = try container.decodeRequired(Swift.Bool.self, forKey: "api_key_blocked")
        self.apiKeyDisabled = try container.decodeRequired(Swift.Bool.self, forKey: "api_key_disabled")
        self.apiKeyID = try container.decodeRequired(Swift.String.self, forKey: "api_key_id")
        self.createTime = try container.decodeRequired(Swift.String.self, forKey: "create_time")
        self.modifiedBy = try container.decodeRequired(Swift.String.self, forKey: "modified_by")
        self.modifyTime = try container.decodeRequired(Swift.String.self, forKey: "modify_time")
        self.name = try container.decodeRequired(Swift.String.self, forKey: "name")
        self.redactedAPIKey = try container.decodeRequired(Swift.String.self, forKey: "redacted_api_key")
        self.teamBlocked = try container.decodeRequired(Swift.Bool.self, forKey: "team_blocked")
        self.teamID = try container.decodeRequired(Swift.String.self, forKey: "team_id")
        self.userID = try container.decodeRequired(Swift.String.self, forKey: "user_id")
        self.unknownFields = try GeneratedClientRuntime.UnknownFields.decode(from: decoder, known: Self.knownKeys)
    }

    public func encode(to encoder: any Swift.Encoder) throws {
        var container = encoder.container(keyedBy: GeneratedClientRuntime.AnyCodingKey.self)
        try container.encode(self.acls, forKey: "acls")
        try container.encode(self.apiKeyBlocked, forKey: "api_key_blocked")
        try container.encode(self.apiKeyDisabled, forKey: "api_key_disabled")
        try container.encode(self.apiKeyID, forKey: "api_key_id")
        try container.encode(self.createTime, forKey: "create_time")
        try container.encode(self.modifiedBy, forKey: "modified_by")
        try container.encode(self.modifyTime, forKey: "modify_time")
        try container.encode(self.name, forKey: "name")
        try container.encode(self.redactedAPIKey, forKey: "redacted_api_key")
        try container.encode(self.teamBlocked, forKey: "team_blocked")
        try container.encode(self.teamID, forKey: "team_id")
        try container.encode(self.userID, forKey: "user_id")
        if !self.unknownFields.isEmpty { try GeneratedClientRuntime.UnknownFields.encode(self.unknownFields, known: Self.knownKeys, of: Self.self, to: encoder) }
    }
}
