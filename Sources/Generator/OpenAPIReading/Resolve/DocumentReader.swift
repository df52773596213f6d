import Foundation

/// Reads the OpenAPI document tree into `OpenAPIDocument`, following `$ref`s between components.
package struct DocumentReader {
    package let root: Node
    package let diagnostics: Diagnostics
    private var schemaParser: SchemaParser { SchemaParser(diagnostics: diagnostics) }
    package static let methods = ["get", "put", "post", "delete", "options", "head", "patch", "trace"]

    package init(root: Node, diagnostics: Diagnostics) {
        self.root = root
        self.diagnostics = diagnostics
    }

    package func read() throws(Diagnostic) -> OpenAPIDocument {
        guard root.members != nil else { throw .error("an OpenAPI document must be an object", at: root.origin, pointer: "") }
        guard let version = root["openapi"]?.string ?? root["openapi"]?.numberText else {
            if root["swagger"] != nil {
                throw .error("Swagger 2.0 is not supported; convert the document to OpenAPI 3", at: root.origin, pointer: "/swagger")
            }
            throw .error("missing 'openapi' version field", at: root.origin, pointer: "/openapi")
        }
        guard version.hasPrefix("3.0") || version.hasPrefix("3.1") || version.hasPrefix("3.2") else {
            throw .error("unsupported OpenAPI version '\(version)'; expected 3.0.x or 3.1.x", at: root["openapi"]?.origin ?? root.origin, pointer: "/openapi")
        }
        let schemas = (root["components"]?["schemas"]?.members ?? []).map { member in
            (name: member.key, schema: schemaParser.parse(member.value, pointer: "/components/schemas/" + JSONPointer.escape(member.key)))
        }
        var examples: [Example] = []
        for (_, schema) in schemas { collectExamples(schema, into: &examples) }
        let schemes = try readSecuritySchemes()
        let security = try readSecurity(root["security"], schemes: schemes, pointer: "/security")
        let operations = try readOperations(examples: &examples, schemes: schemes)
        if root["webhooks"] != nil {
            diagnostics.emit(.warning("webhooks describe requests the API sends, not calls a client makes; skipped", at: root["webhooks"]?.origin ?? root.origin, pointer: "/webhooks"))
        }
        return OpenAPIDocument(
            version: version,
            title: root["info"]?["title"]?.string ?? "API",
            summary: root["info"]?["description"]?.string,
            serverURL: root["servers"]?.elements?.first?["url"]?.string,
            security: security,
            schemas: schemas,
            operations: operations,
            root: root,
            examples: examples
        )
    }

    /// Follows a chain of `$ref`s for a non-schema object.
    package func dereference(_ node: Node, pointer: String) throws(Diagnostic) -> (node: Node, pointer: String) {
        var current = (node: node, pointer: pointer)
        var seen: Set<String> = []
        while let ref = current.node["$ref"]?.string {
            guard seen.insert(ref).inserted else { throw .error("$ref cycle through '\(ref)'", at: current.node.origin, pointer: current.pointer) }
            guard let target = Self.resolveLocal(ref, in: root) else {
                throw .error("cannot resolve $ref '\(ref)'", at: current.node.origin, pointer: current.pointer + "/$ref")
            }
            current = (target, String(ref.dropFirst()))
        }
        return current
    }

    /// Resolves `#/a/b` in `root`; nil for external or dangling references.
    package static func resolveLocal(_ ref: String, in root: Node) -> Node? {
        guard ref.hasPrefix("#") else { return nil }
        var node = root
        for token in ref.dropFirst().split(separator: "/", omittingEmptySubsequences: false).dropFirst() {
            let key = JSONPointer.unescape(String(token)).removingPercentEncodingIfNeeded
            if let child = node[key] {
                node = child
            } else if let index = Int(key), let elements = node.elements, elements.indices.contains(index) {
                node = elements[index]
            } else {
                return nil
            }
        }
        return node
    }

    /// Every scheme in `components/securitySchemes` a client can send; others are reported and skipped.
    private func readSecuritySchemes() throws(Diagnostic) -> [String: SecurityScheme] {
        var schemes: [String: SecurityScheme] = [:]
        for member in root["components"]?["securitySchemes"]?.members ?? [] {
            let pointer = "/components/securitySchemes/" + JSONPointer.escape(member.key)
            let (node, _) = try dereference(member.value, pointer: pointer)
            switch (node["type"]?.string, node["scheme"]?.string?.lowercased(), node["in"]?.string) {
            case ("http", "bearer", _), ("oauth2", _, _), ("openIdConnect", _, _):
                schemes[member.key] = .bearer
            case ("http", "basic", _):
                schemes[member.key] = .basic
            case ("apiKey", _, let location?) where ["header", "query", "cookie"].contains(location):
                guard let name = node["name"]?.string else {
                    throw .error("an apiKey security scheme needs 'name'", at: node.origin, pointer: pointer)
                }
                schemes[member.key] = .apiKey(name: name, location: location)
            default:
                diagnostics.emit(.warning("security scheme '\(member.key)' is not supported (only http bearer and basic, apiKey, oauth2 and openIdConnect tokens); add its credential with a middleware", at: node.origin, pointer: pointer))
            }
        }
        return schemes
    }

    /// A `security` array: alternatives, each a set of scheme names sent together. Nil when absent.
    private func readSecurity(_ node: Node?, schemes: [String: SecurityScheme], pointer: String) throws(Diagnostic) -> [[SecurityScheme]]? {
        guard let node else { return nil }
        guard let alternatives = node.elements else { throw .error("'security' must be an array", at: node.origin, pointer: pointer) }
        var result: [[SecurityScheme]] = []
        for (offset, requirement) in alternatives.enumerated() {
            var set: [SecurityScheme] = []
            var undefined = false
            for member in requirement.members ?? [] {
                guard let scheme = schemes[member.key] else {
                    if root["components"]?["securitySchemes"]?[member.key] == nil {
                        // The document is at fault; the client can still send what it does define.
                        diagnostics.emit(.warning("security requirement names '\(member.key)', which components/securitySchemes does not define; this alternative is left out, so no credential is sent for it", at: requirement.origin, pointer: pointer + "/\(offset)/" + JSONPointer.escape(member.key)))
                        undefined = true
                    }
                    continue
                }
                set.append(scheme)
            }
            if !undefined { result.append(set) }
        }
        return result
    }

    private func readOperations(examples: inout [Example], schemes: [String: SecurityScheme]) throws(Diagnostic) -> [Operation] {
        var operations: [Operation] = []
        var seenIDs: [String: String] = [:]
        for pathMember in root["paths"]?.members ?? [] {
            let pathPointer = "/paths/" + JSONPointer.escape(pathMember.key)
            // Some documents put a query string in a path key (`/batches?beta=true`): fixed query
            // items. A fragment (box's `/files/{id}#update_shared_link`) only tells keys apart; it is
            // never sent.
            let key = pathMember.key.split(separator: "#", maxSplits: 1).first.map(String.init) ?? pathMember.key
            let pathParts = key.split(separator: "?", maxSplits: 1)
            var path = pathParts.first.map(String.init) ?? key
            let trimmed = path.trimmingCharacters(in: .whitespaces)
            if trimmed != path {
                // matrix-spec's `"/rooms/{roomId}/invite "`: a space no server path ends with.
                diagnostics.emit(.warning("the path '\(path)' begins or ends with white space; it is sent without it", at: pathMember.value.origin, pointer: pathPointer))
                path = trimmed
            }
            let fixedQuery = pathParts.count > 1 ? Self.queryItems(String(pathParts[1])) : []
            let (item, _) = try dereference(pathMember.value, pointer: pathPointer)
            let shared = try (item["parameters"]?.elements ?? []).enumerated().map { (offset, node) throws(Diagnostic) in
                try readParameter(node, pointer: pathPointer + "/parameters/\(offset)")
            }
            for method in Self.methods {
                guard var operationNode = item[method] else { continue }
                let pointer = pathPointer + "/" + method
                if let ref = operationNode["$ref"]?.string {
                    diagnostics.emit(.warning("an operation given as a $ref is not standard OpenAPI; it is read from '\(ref)'", at: operationNode.origin, pointer: pointer + "/$ref"))
                    operationNode = try dereference(operationNode, pointer: pointer).node
                }
                guard operationNode.members != nil else {
                    throw .error("an operation must be an object, found \(operationNode.kindName)", at: operationNode.origin, pointer: pointer)
                }
                var operationID = operationNode["operationId"]?.string ?? Self.fallbackID(method: method, path: pathMember.key)
                if let previous = seenIDs[operationID] {
                    // Disambiguated in document order, so the first keeps its name.
                    var counter = 2
                    while seenIDs[operationID + "_\(counter)"] != nil { counter += 1 }
                    let renamed = operationID + "_\(counter)"
                    diagnostics.emit(.warning("operationId '\(operationID)' is also used at #\(previous); this operation is generated as '\(renamed)'", at: operationNode.origin, pointer: pointer + "/operationId"))
                    operationID = renamed
                }
                seenIDs[operationID] = pointer
                var parameters = shared
                for (offset, node) in (operationNode["parameters"]?.elements ?? []).enumerated() {
                    let parameter = try readParameter(node, pointer: pointer + "/parameters/\(offset)")
                    parameters.removeAll { $0.name == parameter.name && $0.location == parameter.location }
                    parameters.append(parameter)
                }
                for parameter in parameters where parameter.location == .cookie {
                    diagnostics.emit(.warning("cookie parameter '\(parameter.name)' is not supported; set it with a middleware", at: operationNode.origin, pointer: parameter.pointer))
                }
                parameters.removeAll { $0.location == .cookie }
                // OpenAPI: header parameters named Accept, Content-Type or Authorization SHALL be ignored;
                // the client sets those itself.
                for parameter in parameters where parameter.location == .header && Self.ignoredHeaders.contains(parameter.name.lowercased()) {
                    diagnostics.emit(.note("header parameter '\(parameter.name)' is ignored, as OpenAPI requires; the client sets it", at: operationNode.origin, pointer: parameter.pointer))
                }
                parameters.removeAll { $0.location == .header && Self.ignoredHeaders.contains($0.name.lowercased()) }
                if operationNode["callbacks"] != nil {
                    diagnostics.emit(.warning("callbacks describe requests the API sends, not calls a client makes; skipped", at: operationNode.origin, pointer: pointer + "/callbacks"))
                }
                var body: RequestBody?
                if let bodyNode = operationNode["requestBody"] {
                    let (resolved, bodyPointer) = try dereference(bodyNode, pointer: pointer + "/requestBody")
                    let contents = readContents(resolved, pointer: bodyPointer, examples: &examples)
                    body = RequestBody(required: resolved["required"]?.bool == true, description: resolved["description"]?.string, contents: contents, pointer: bodyPointer)
                }
                var responses: [Response] = []
                for member in operationNode["responses"]?.members ?? [] {
                    let (resolved, responsePointer) = try dereference(member.value, pointer: pointer + "/responses/" + JSONPointer.escape(member.key))
                    responses.append(Response(
                        status: member.key,
                        description: resolved["description"]?.string,
                        contents: readContents(resolved, pointer: responsePointer, examples: &examples),
                        pointer: responsePointer
                    ))
                }
                operations.append(Operation(
                    operationID: operationID,
                    method: method,
                    path: path,
                    fixedQuery: fixedQuery,
                    security: try readSecurity(operationNode["security"], schemes: schemes, pointer: pointer + "/security"),
                    pointer: pointer,
                    origin: operationNode.origin,
                    summary: operationNode["summary"]?.string,
                    description: operationNode["description"]?.string,
                    deprecated: operationNode["deprecated"]?.bool == true,
                    deprecationMessage: operationNode["x-deprecation-message"]?.string,
                    parameters: parameters,
                    requestBody: body,
                    responses: responses,
                    streamFlag: operationNode["x-stream-flag"]?.string,
                    noRetry: operationNode["x-no-retry"]?.bool == true,
                    streamEnd: (operationNode["x-stream-end"]?.elements ?? []).compactMap(\.string),
                    pollUntil: operationNode["x-poll-until"].flatMap { node in
                        node["property"]?.string.map { (property: $0, values: (node["values"]?.elements ?? []).compactMap(\.string)) }
                    },
                    pagination: operationNode["x-pagination"].map { node in
                        node.bool == false ? .off : .given(token: node["token"]?.string, next: node["next"]?.string, items: node["items"]?.string)
                    }
                ))
            }
        }
        return operations
    }

    private func readParameter(_ node: Node, pointer: String) throws(Diagnostic) -> Parameter {
        let (resolved, resolvedPointer) = try dereference(node, pointer: pointer)
        guard let name = resolved["name"]?.string, let locationText = resolved["in"]?.string,
              let location = Parameter.Location(rawValue: locationText) else {
            throw .error("a parameter needs 'name' and 'in' (path, query, header or cookie)", at: resolved.origin, pointer: resolvedPointer)
        }
        var schema: Schema
        if let schemaNode = resolved["schema"] {
            schema = schemaParser.parse(schemaNode, pointer: resolvedPointer + "/schema")
        } else if let media = resolved["content"]?.members?.first, let schemaNode = media.value["schema"] {
            schema = schemaParser.parse(schemaNode, pointer: resolvedPointer + "/content/" + JSONPointer.escape(media.key) + "/schema")
        } else {
            schema = Schema(pointer: resolvedPointer, origin: resolved.origin, types: ["string"])
        }
        let style = resolved["style"]?.string ?? (location == .query ? "form" : "simple")
        return Parameter(
            name: name,
            location: location,
            required: location == .path || resolved["required"]?.bool == true,
            description: resolved["description"]?.string,
            deprecated: resolved["deprecated"]?.bool == true,
            schema: schema,
            explode: resolved["explode"]?.bool ?? (style == "form"),
            style: style,
            pointer: resolvedPointer
        )
    }

    private func readContents(_ node: Node, pointer: String, examples: inout [Example]) -> [MediaContent] {
        (node["content"]?.members ?? []).map { member in
            let mediaPointer = pointer + "/content/" + JSONPointer.escape(member.key)
            let schema = member.value["schema"].map { schemaParser.parse($0, pointer: mediaPointer + "/schema") }
            var own: [(name: String, pointer: String, value: Node)] = []
            if MediaKind(member.key) == .json {
                if let example = member.value["example"] { own.append((name: "example", pointer: mediaPointer + "/example", value: example)) }
                for named in member.value["examples"]?.members ?? [] {
                    if let value = named.value["value"] {
                        own.append((name: named.key, pointer: mediaPointer + "/examples/" + JSONPointer.escape(named.key) + "/value", value: value))
                    }
                }
                if let schema {
                    for example in own { examples.append(Example(pointer: example.pointer, schema: schema, value: example.value)) }
                    collectExamples(schema, into: &examples)
                }
            }
            var encoding: [String: PropertyEncoding] = [:]
            for entry in member.value["encoding"]?.members ?? [] {
                encoding[entry.key] = PropertyEncoding(
                    contentType: entry.value["contentType"]?.string,
                    style: entry.value["style"]?.string,
                    explode: entry.value["explode"]?.bool
                )
            }
            return MediaContent(mediaType: member.key, schema: schema, pointer: mediaPointer, encoding: encoding, examples: own)
        }
    }

    /// Schema and property examples, recursively through inline schemas.
    private func collectExamples(_ schema: Schema, into examples: inout [Example]) {
        for example in schema.examples {
            examples.append(Example(pointer: example.pointer, schema: schema, value: example.value))
        }
        for (_, property) in schema.properties { collectExamples(property, into: &examples) }
        if let items = schema.items { collectExamples(items, into: &examples) }
        if case .schema(let extra) = schema.additionalProperties { collectExamples(extra, into: &examples) }
        for child in schema.allOf + schema.oneOf + schema.anyOf { collectExamples(child, into: &examples) }
    }

    package static let ignoredHeaders: Set<String> = ["accept", "content-type", "authorization"]

    /// `a=1&b` → `[(a, 1), (b, "")]`, percent-decoded.
    package static func queryItems(_ query: String) -> [(name: String, value: String)] {
        query.split(separator: "&").map { item in
            let parts = item.split(separator: "=", maxSplits: 1).map { String($0).removingPercentEncodingIfNeeded }
            return (parts[0], parts.count > 1 ? parts[1] : "")
        }
    }

    package static func fallbackID(method: String, path: String) -> String {
        method + path.split(whereSeparator: { !$0.isLetter && !$0.isNumber }).map { $0.prefix(1).uppercased() + $0.dropFirst() }.joined()
    }
}

/// How a media type's bytes are read and written.
package enum MediaKind: Equatable, Sendable {
    case json, eventStream, multipart, formURLEncoded, text, binary

    package init(_ mediaType: String) {
        let base = mediaType.split(separator: ";").first.map { $0.trimmingCharacters(in: .whitespaces).lowercased() } ?? ""
        switch base {
        case "application/json", "text/json": self = .json
        case "text/event-stream": self = .eventStream
        case "multipart/form-data": self = .multipart
        case "application/x-www-form-urlencoded": self = .formURLEncoded
        case let type where type.hasSuffix("+json"): self = .json
        case let type where type.hasPrefix("text/"): self = .text
        default: self = .binary
        }
    }
}

private extension String {
    var removingPercentEncodingIfNeeded: String {
        contains("%") ? (removingPercentEncoding ?? self) : self
    }
}
