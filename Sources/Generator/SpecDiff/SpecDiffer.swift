import OpenAPIReading

/// Compares two OpenAPI documents operation by operation, following `$ref`s, and reports every
/// change a client would notice, each classified breaking or not (rules in docs/api-diff.md).
package struct SpecDiffer {
    package enum Direction { case request, response }

    package let old: OpenAPIDocument
    package let new: OpenAPIDocument
    package let oldSchemas: SchemaIndex
    package let newSchemas: SchemaIndex

    package init(old: OpenAPIDocument, new: OpenAPIDocument, diagnostics: Diagnostics) {
        self.old = old
        self.new = new
        oldSchemas = SchemaIndex(document: old, diagnostics: diagnostics)
        newSchemas = SchemaIndex(document: new, diagnostics: diagnostics)
    }

    package func changes() throws(Diagnostic) -> [APIChange] {
        var report = Report()
        compareServersAndSecurity(into: &report)
        let oldOperations = Dictionary(old.operations.map { (Self.key($0), $0) }, uniquingKeysWith: { first, _ in first })
        let newOperations = Dictionary(new.operations.map { (Self.key($0), $0) }, uniquingKeysWith: { first, _ in first })
        for (key, operation) in newOperations where oldOperations[key] == nil {
            report.add("operation-added", false, key, "new operation \(operation.operationID)", operation.pointer)
        }
        for (key, operation) in oldOperations {
            guard let updated = newOperations[key] else {
                report.add("operation-removed", true, key, "operation \(operation.operationID) was removed", operation.pointer)
                continue
            }
            try compare(operation, updated, key: key, into: &report)
        }
        let oldNames = Set(old.schemas.map(\.name))
        let newNames = Set(new.schemas.map(\.name))
        for name in newNames.subtracting(oldNames) {
            report.add("schema-added", false, "schema \(name)", "new schema \(name)", "/components/schemas/" + JSONPointer.escape(name))
        }
        for name in oldNames.subtracting(newNames) {
            report.add("schema-removed", true, "schema \(name)", "schema \(name) was removed", "/components/schemas/" + JSONPointer.escape(name))
        }
        // Schemas no operation uses are compared on their own, so their changes are not lost.
        for (name, schema) in new.schemas where oldSchemas.reach(schema.pointer).isEmpty && newSchemas.reach(schema.pointer).isEmpty {
            guard let before = old.schemas.first(where: { $0.name == name })?.schema else { continue }
            var visited: Set<String> = []
            try compareSchemas(before, schema, location: "schema \(name)", direction: .response, typeKind: "type-changed", visited: &visited, into: &report)
        }
        return report.changes.sorted()
    }

    package static func key(_ operation: Operation) -> String {
        let query = operation.fixedQuery.map { $0.name + "=" + $0.value }.joined(separator: "&")
        return operation.method.uppercased() + " " + operation.path + (query.isEmpty ? "" : "?" + query)
    }

    // MARK: Operations

    private func compare(_ old: Operation, _ new: Operation, key: String, into report: inout Report) throws(Diagnostic) {
        if new.operationID != old.operationID {
            // The generated method is named after the operationId: existing calls stop compiling.
            report.add("operation-renamed", true, key, "operationId \(old.operationID) became \(new.operationID)", new.pointer)
        }
        if new.deprecated, !old.deprecated {
            report.add("operation-deprecated", false, key, "operation \(new.operationID) is now deprecated", new.pointer)
        }
        // Only an operation's own `security`: a change of the document's is reported once, above.
        let before = Self.describe(old.security ?? self.old.security)
        let after = Self.describe(new.security ?? self.new.security)
        if old.security != nil || new.security != nil, before != after {
            report.add("operation-security-changed", true, key, "authenticates with \(after) instead of \(before)", new.pointer + "/security")
        }
        try compareParameters(old.parameters, new.parameters, key: key, into: &report)
        try compareBodies(old.requestBody, new.requestBody, key: key, into: &report)
        try compareResponses(old.responses, new.responses, key: key, into: &report)
    }

    /// The default server and the credentials every request carries: a change reaches every call.
    private func compareServersAndSecurity(into report: inout Report) {
        if old.serverURL != new.serverURL {
            // A client built with the default server now sends every request somewhere else.
            report.add("server-changed", true, "servers", "the server changed from \(old.serverURL ?? "none") to \(new.serverURL ?? "none")", "/servers")
        }
        if Self.describe(old.security) != Self.describe(new.security) {
            report.add("security-changed", true, "security", "requests authenticate with \(Self.describe(new.security)) instead of \(Self.describe(old.security))", "/security")
        }
    }

    /// `bearer`, `apiKey X-Key in header and bearer`, `bearer or basic`, `none`.
    package static func describe(_ security: [[SecurityScheme]]?) -> String {
        guard let security, !security.isEmpty, security.contains(where: { !$0.isEmpty }) else { return "none" }
        return security.map { schemes in
            schemes.isEmpty ? "none" : schemes.map { scheme in
                switch scheme {
                case .bearer: "bearer"
                case .basic: "basic"
                case .apiKey(let name, let location): "apiKey \(name) in \(location)"
                }
            }.joined(separator: " and ")
        }.joined(separator: " or ")
    }

    private func compareParameters(_ old: [Parameter], _ new: [Parameter], key: String, into report: inout Report) throws(Diagnostic) {
        func id(_ parameter: Parameter) -> String { parameter.location.rawValue + "." + parameter.name }
        let oldByID = Dictionary(old.map { (id($0), $0) }, uniquingKeysWith: { first, _ in first })
        let newByID = Dictionary(new.map { (id($0), $0) }, uniquingKeysWith: { first, _ in first })
        for (name, parameter) in newByID where oldByID[name] == nil {
            if parameter.required {
                report.add("parameter-added-required", true, key + " " + name, "new required parameter \(parameter.name)", parameter.pointer)
            } else {
                report.add("parameter-added-optional", false, key + " " + name, "new optional parameter \(parameter.name)", parameter.pointer)
            }
        }
        // Methods take their parameters in order: a new order breaks every call.
        let oldOrder = old.map(id).filter { newByID[$0] != nil }
        let newOrder = new.map(id).filter { oldByID[$0] != nil }
        if oldOrder != newOrder {
            report.add("parameter-order-changed", true, key, "parameters reordered (\(oldOrder.joined(separator: ", ")) → \(newOrder.joined(separator: ", "))): the method's arguments follow", new.first?.pointer)
        }
        for (name, parameter) in oldByID {
            let location = key + " " + name
            guard let updated = newByID[name] else {
                report.add("parameter-removed", true, location, "parameter \(parameter.name) was removed", parameter.pointer)
                continue
            }
            if updated.required, !parameter.required {
                report.add("parameter-became-required", true, location, "parameter \(parameter.name) is now required", updated.pointer)
            } else if !updated.required, parameter.required {
                report.add("parameter-became-optional", false, location, "parameter \(parameter.name) is now optional", updated.pointer)
            }
            var visited: Set<String> = []
            try compareSchemas(parameter.schema, updated.schema, location: location, direction: .request, typeKind: "parameter-type-changed", visited: &visited, into: &report)
        }
    }

    private func compareBodies(_ old: RequestBody?, _ new: RequestBody?, key: String, into report: inout Report) throws(Diagnostic) {
        let location = key + " request.body"
        switch (old, new) {
        case (nil, nil):
            return
        case (nil, let body?):
            if body.required {
                report.add("request-body-added-required", true, location, "a required request body was added", body.pointer)
            } else {
                report.add("request-body-added-optional", false, location, "an optional request body was added", body.pointer)
            }
        case (let body?, nil):
            report.add("request-body-removed", true, location, "the request body was removed", body.pointer)
        case (let before?, let after?):
            if after.required, !before.required {
                report.add("request-body-became-required", true, location, "the request body is now required", after.pointer)
            }
            try compareContents(before.contents, after.contents, location: location, mediaLocation: key + " request", direction: .request, into: &report)
        }
    }

    private func compareResponses(_ old: [Response], _ new: [Response], key: String, into report: inout Report) throws(Diagnostic) {
        let oldByStatus = Dictionary(old.map { ($0.status, $0) }, uniquingKeysWith: { first, _ in first })
        let newByStatus = Dictionary(new.map { ($0.status, $0) }, uniquingKeysWith: { first, _ in first })
        // One success status returns its body directly; several return an enum of outcomes, so a second
        // success status changes the method's return type.
        let oldSuccesses = oldByStatus.keys.filter { $0.hasPrefix("2") }.count
        let newSuccesses = newByStatus.keys.filter { $0.hasPrefix("2") }.count
        for (status, response) in newByStatus where oldByStatus[status] == nil {
            let changesReturnType = status.hasPrefix("2") && oldSuccesses == 1 && newSuccesses > 1
            report.add("status-added", changesReturnType, key + " response.\(status)",
                       changesReturnType ? "new success status \(status): the method now returns an enum of outcomes" : "new response status \(status)", response.pointer)
        }
        for (status, response) in oldByStatus {
            let location = key + " response.\(status)"
            guard let updated = newByStatus[status] else {
                if status.hasPrefix("2") {
                    report.add("success-status-removed", true, location, "success status \(status) was removed", response.pointer)
                } else {
                    report.add("status-removed", false, location, "status \(status) was removed", response.pointer)
                }
                continue
            }
            try compareContents(response.contents, updated.contents, location: location + ".body", mediaLocation: location, direction: .response, into: &report)
        }
    }

    private func compareContents(
        _ old: [MediaContent], _ new: [MediaContent], location: String, mediaLocation: String, direction: Direction, into report: inout Report
    ) throws(Diagnostic) {
        let oldByType = Dictionary(old.map { ($0.mediaType, $0) }, uniquingKeysWith: { first, _ in first })
        let newByType = Dictionary(new.map { ($0.mediaType, $0) }, uniquingKeysWith: { first, _ in first })
        for (type, media) in newByType where oldByType[type] == nil {
            report.add("media-type-added", false, mediaLocation + "." + type, "new media type \(type)", media.pointer)
        }
        for (type, media) in oldByType {
            guard let updated = newByType[type] else {
                report.add("media-type-removed", true, mediaLocation + "." + type, "media type \(type) was removed", media.pointer)
                continue
            }
            guard let before = media.schema, let after = updated.schema else { continue }
            // A stream's schema is that of one event: its changes are the events' own (`.events`).
            let at = MediaKind(type) == .eventStream ? mediaLocation + ".events" : location
            var visited: Set<String> = []
            try compareSchemas(before, after, location: at, direction: direction, typeKind: "type-changed", visited: &visited, into: &report)
        }
    }
}

/// A change list with the helper that builds entries.
package struct Report {
    package var changes: [APIChange] = []

    package mutating func add(_ kind: String, _ breaking: Bool, _ location: String, _ message: String, _ pointer: String?) {
        changes.append(APIChange(kind: kind, breaking: breaking, location: location, message: message, pointer: pointer.map { "#" + $0 }))
    }
}
