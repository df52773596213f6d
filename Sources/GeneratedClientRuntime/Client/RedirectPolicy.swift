import Foundation
import HTTPTypes

/// What the client does with a `3xx` answer. An API call that is redirected has not been done: a
/// transport that follows a redirect re-sends a `POST` as a body-less `GET` and hands back whatever
/// that answers, and carries the API key and configured headers to whichever host the `Location`
/// names. So the default transports never follow redirects themselves; this policy decides, and no
/// credential or configured header ever goes to another origin or from https to http.
public enum RedirectPolicy: Sendable, Hashable {
    /// Every `3xx` is `APIClientError.redirected`, naming the status and the `Location`. The default.
    case refuse
    /// Follows up to `maximum` redirects of idempotent methods (`GET`, `HEAD`, `PUT`, `DELETE`,
    /// `OPTIONS`) to the same origin (scheme, host and port of the server URL), resending the same
    /// request to the new path; `303 See Other` is followed only by `GET` and `HEAD`. Any other
    /// redirect is `APIClientError.redirected`.
    case followSameOrigin(maximum: Int = 5)
}

/// A `3xx` answer the client did not follow.
public struct Redirect: Error, Sendable, CustomStringConvertible {
    public var operationID: String
    public var status: Int
    /// The `Location` header as sent, if any.
    public var location: String?
    /// Why it was not followed.
    public var reason: String
    public var requestID: String?

    public var description: String {
        var text = "\(operationID): HTTP \(status) redirect to \(location ?? "(no Location)") not followed: \(reason)"
        if let requestID { text += " (request id: \(requestID))" }
        return text
    }
}

extension RedirectPolicy {
    static let redirectStatuses: Set<Int> = [301, 302, 303, 307, 308]

    /// The path and query to send next, relative to `serverURL`, or the reason not to follow.
    func next(status: Int, location: String?, method: HTTPRequest.Method, from requestURL: URL, serverURL: URL, hops: Int) -> Result<String, RedirectRefusal> {
        guard case .followSameOrigin(let maximum) = self else {
            return .failure(.init("redirects are refused (APIClientConfiguration.redirects is .refuse)"))
        }
        guard hops < maximum else { return .failure(.init("more than \(maximum) redirects")) }
        guard Self.redirectStatuses.contains(status) else { return .failure(.init("status \(status) is not a redirect this client follows")) }
        guard [.get, .head, .put, .delete, .options].contains(method) else {
            return .failure(.init("\(method.rawValue) is not idempotent: following would send it again, or as a GET without its body"))
        }
        if status == 303, method != .get, method != .head {
            return .failure(.init("303 See Other turns \(method.rawValue) into a GET"))
        }
        guard let location, let target = URL(string: location, relativeTo: requestURL)?.absoluteURL else {
            return .failure(.init("no usable Location header"))
        }
        guard Self.origin(of: target) == Self.origin(of: serverURL) else {
            return .failure(.init("it leaves the server's origin \(Self.origin(of: serverURL)) (credentials never cross origins)"))
        }
        var path = target.path.isEmpty ? "/" : target.path
        if let query = target.query { path += "?" + query }
        return .success(path)
    }

    /// `https://api.x.ai:443`: scheme, host and port, with the scheme's default port filled in.
    static func origin(of url: URL) -> String {
        let scheme = url.scheme?.lowercased() ?? ""
        let port = url.port ?? (scheme == "https" ? 443 : scheme == "http" ? 80 : -1)
        return "\(scheme)://\(url.host?.lowercased() ?? ""):\(port)"
    }
}

struct RedirectRefusal: Error {
    let reason: String
    init(_ reason: String) { self.reason = reason }
}
