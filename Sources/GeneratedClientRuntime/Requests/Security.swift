import Foundation
import HTTPTypes

/// How a request carries the client's credential: an OpenAPI security scheme.
public enum SecurityScheme: Sendable, Hashable {
    /// `Authorization: Bearer <key>`: HTTP bearer, and OAuth 2 or OpenID Connect access tokens.
    case bearer
    /// `Authorization: Basic <base64>`; the key is `user:password`.
    case basic
    /// The key as it is, in a header, a query item or a cookie called `name`.
    case apiKey(name: String, in: APIKeyLocation)
}

public enum APIKeyLocation: String, Sendable, Hashable {
    case header, query, cookie
}

extension APIClient.Request {
    /// Writes `key` as the first alternative of `requirements` it can satisfy asks: each alternative
    /// is a set of schemes sent together, and `basic` needs a key of the form `user:password`.
    /// `[]`, or an alternative without schemes, sends no credential.
    mutating func authenticate(with key: String, requirements: [[SecurityScheme]]) {
        let usable = requirements.first { schemes in schemes.allSatisfy { $0 != .basic || key.contains(":") } }
        guard let schemes = usable ?? requirements.first else { return }
        for scheme in schemes {
            switch scheme {
            case .bearer:
                headerFields[.authorization] = "Bearer \(key)"
            case .basic:
                headerFields[.authorization] = "Basic \(Data(key.utf8).base64EncodedString())"
            case .apiKey(let name, .header):
                if let field = HTTPField.Name(name) { headerFields[field] = key }
            case .apiKey(let name, .query):
                query.append((name, key))
            case .apiKey(let name, .cookie):
                let cookie = "\(name)=\(key)"
                headerFields[.cookie] = headerFields[.cookie].map { $0 + "; " + cookie } ?? cookie
            }
        }
    }
}
