import OpenAPIReading

extension ModelBuilder {
    func buildOperation(_ operation: Operation) throws(Diagnostic) -> OperationDecl {
        var parameters: [ParameterDecl] = []
        for parameter in operation.parameters {
            var type = try usage(parameter.schema, name: .parameter(operationID: operation.operationID, name: parameter.name), parent: nil)
            if !parameter.required {
                if parameter.location == .path {
                    // A path cannot leave a segment out: OpenAPI requires path parameters.
                    diagnostics.emit(.warning("path parameter '\(parameter.name)' says it is not required; a path needs it, so it is", at: operation.origin, pointer: parameter.pointer + "/required"))
                } else {
                    type = type.optional
                }
            }
            parameters.append(ParameterDecl(
                name: parameter.name,
                location: parameter.location,
                type: type,
                required: parameter.required || parameter.location == .path,
                serialisation: serialisation(parameter, type: type),
                documentation: Documentation(summary: parameter.description, deprecation: Deprecation.reason(deprecated: parameter.deprecated, message: nil, description: parameter.description))
            ))
        }
        // A `{name}` in the path that no path parameter fills would be sent as is: the document is
        // at fault, so say so and add a string parameter of that name, which makes the request right.
        for name in Self.templateNames(in: operation.path) where !parameters.contains(where: { $0.location == .path && $0.name == name }) {
            diagnostics.emit(.warning("the path '\(operation.path)' holds '{\(name)}', which no path parameter fills; a String parameter '\(name)' is generated for it", at: operation.origin, pointer: operation.pointer + "/parameters"))
            parameters.append(ParameterDecl(
                name: name, location: .path, type: .string, required: true, serialisation: .path,
                documentation: Documentation(summary: "The path's `{\(name)}`, which the document does not describe.")
            ))
        }
        var body: BodyDecl?
        if let requestBody = operation.requestBody {
            body = try buildBody(requestBody, operationID: operation.operationID)
        }
        var outcomes: [Outcome] = []
        var eventStream: TypeUsage?
        // Media types of bytes and text outcomes, for the Accept header.
        var accepted: [String] = []
        var describesSeveralKinds = false
        for response in operation.responses where response.status.hasPrefix("2") {
            var json: TypeUsage?
            var kinds: [Outcome.Content] = []
            var examples: [ResponseExample] = []
            for media in response.contents {
                let kind = MediaKind(media.mediaType)
                if kind == .eventStream {
                    eventStream = try media.schema.map { schema throws(Diagnostic) in try usage(schema, name: .event(operationID: operation.operationID), parent: nil) } ?? .json
                    continue
                }
                if !accepted.contains(media.mediaType) { accepted.append(media.mediaType) }
                switch kind {
                case .json:
                    let type = try media.schema.map { schema throws(Diagnostic) in try usage(schema, name: .response(operationID: operation.operationID), parent: nil) } ?? .json
                    if json == nil {
                        json = type
                    } else if json != type {
                        diagnostics.emit(.warning("a second JSON media type with another schema; '\(media.mediaType)' bodies are decoded as the first", at: operation.origin, pointer: media.pointer))
                        unmapped += 1
                    }
                    if !kinds.contains(.json(.json)) { kinds.append(.json(.json)) }
                    examples += media.examples.map { ResponseExample(name: $0.name, json: JSONText.compact($0.value)) }
                case .binary where !kinds.contains(.binary): kinds.append(.binary)
                // A url-encoded form is text.
                case .text, .formURLEncoded: if !kinds.contains(.text) { kinds.append(.text) }
                case .multipart where !kinds.contains(.multipart): kinds.append(.multipart)
                default: break
                }
            }
            var content = Outcome.Content.none
            switch kinds.count {
            case 0: break
            case 1: content = kinds[0] == .json(.json) ? .json(json ?? .json) : kinds[0]
            default:
                content = .media(json: json)
                describesSeveralKinds = true
            }
            outcomes.append(Outcome(status: response.status, content: content, documentation: Documentation(summary: response.description), examples: examples))
        }
        if outcomes.isEmpty { outcomes = [Outcome(status: "2XX", content: .none, documentation: Documentation())] }
        let returnsJSON = outcomes.contains { if case .json = $0.content { true } else { false } }
        // JSON alone asks for JSON; bytes or text ask for their types; several kinds ask for all.
        let nonJSON = accepted.filter { MediaKind($0) != .json }
        let accept: String? = describesSeveralKinds ? accepted.joined(separator: ", ")
            : returnsJSON ? "application/json" : (nonJSON.isEmpty ? nil : nonJSON.joined(separator: ", "))
        return OperationDecl(
            operationID: operation.operationID,
            method: operation.method,
            path: operation.path,
            fixedQuery: operation.fixedQuery,
            pointer: operation.pointer,
            origin: operation.origin,
            documentation: Documentation(
                summary: operation.summary, details: operation.description,
                deprecation: Deprecation.reason(deprecated: operation.deprecated, message: operation.deprecationMessage,
                                                description: operation.description ?? operation.summary)
            ),
            parameters: parameters,
            body: body,
            outcomes: outcomes,
            accept: accept,
            eventStream: eventStream,
            streamFlag: try streamFlag(operation, body: body),
            noRetry: operation.noRetry,
            streamEnd: operation.streamEnd,
            polling: try polling(operation, outcomes: outcomes),
            downloads: outcomes.count == 1 && outcomes[0].content == .binary,
            pagination: pagination(operation, parameters: parameters, outcomes: outcomes)
        )
    }

    /// The `{name}`s of a path template, in order.
    static func templateNames(in path: String) -> [String] {
        var names: [String] = []
        var rest = Substring(path)
        while let open = rest.firstIndex(of: "{"), let close = rest[open...].firstIndex(of: "}") {
            names.append(String(rest[rest.index(after: open)..<close]))
            rest = rest[rest.index(after: close)...]
        }
        return names
    }

    /// Path parameters go into the path; a value with a plain text form is written as text, anything
    /// else through its JSON form.
    private func serialisation(_ parameter: Parameter, type: TypeUsage) -> ParameterSerialisation {
        let simple = hasTextForm(type)
        switch parameter.location {
        case .path, .cookie: return !type.isOptional && !isArray(type) && simple ? .path : .pathEncoded
        case .query: return simple ? .queryText(explode: isArray(type) ? parameter.explode : nil) : .queryEncoded(style: parameter.style, explode: parameter.explode)
        case .header: return simple ? .headerText : .headerEncoded
        }
    }

    /// An array, or an alias of one: sent as several values.
    private func isArray(_ type: TypeUsage) -> Bool {
        switch type.unwrapped {
        case .array: true
        case .named(let id): if case .alias(let target)? = declarations[id]?.kind { isArray(target) } else { false }
        default: false
        }
    }

    /// Strings, numbers, booleans, dates, string enums and arrays of them have a plain text form.
    private func hasTextForm(_ type: TypeUsage) -> Bool {
        switch type {
        case .string, .int, .int32, .int64, .double, .bool, .date: return true
        case .optional(let wrapped): return hasTextForm(wrapped)
        case .array(let element): return !element.isOptional && hasTextForm(element) && { if case .array = element { false } else { true } }()
        case .named(let id):
            switch declarations[id]?.kind {
            case .stringEnum?: return true
            case .alias(let target)?: return hasTextForm(target)
            default: return false
            }
        default: return false
        }
    }

    /// Exactly two outcomes, 200 with a body and 202 without: poll until the 200.
    /// `x-stream-flag` must name a property of the JSON body's structure: a streaming method that
    /// cannot set it would ask for events the server is never told to send.
    private func streamFlag(_ operation: Operation, body: BodyDecl?) throws(Diagnostic) -> StreamFlag? {
        guard let flag = operation.streamFlag else { return nil }
        guard let body, case .json = body.encoding, case .named(let id) = body.type.unwrapped, case .structure(let structure)? = declarations[id]?.kind,
              let index = structure.properties.firstIndex(where: { $0.jsonName == flag && !$0.isComposed }) else {
            throw .error("x-stream-flag '\(flag)' names no property of the operation's JSON request body", at: operation.origin, pointer: operation.pointer + "/x-stream-flag")
        }
        return StreamFlag(structure: id, propertyIndex: index)
    }

    private func polling(_ operation: Operation, outcomes: [Outcome]) throws(Diagnostic) -> Polling? {
        guard outcomes.count == 2,
              let ready = outcomes.firstIndex(where: { $0.status == "200" }), case .json(let result) = outcomes[ready].content,
              let pending = outcomes.firstIndex(where: { $0.status == "202" }), outcomes[pending].content == .none else { return nil }
        var polling = Polling(ready: ready, pending: pending, result: result)
        guard let condition = operation.pollUntil else { return polling }
        if case .named(let id) = result.unwrapped, case .structure(let structure)? = declarations[id]?.kind,
           let index = structure.properties.firstIndex(where: { $0.jsonName == condition.property }) {
            let type = structure.properties[index].type
            let isString = if case .named(let enumID) = type.unwrapped, case .stringEnum? = declarations[enumID]?.kind { true } else { type.unwrapped == .string }
            if isString {
                polling.until = Polling.Until(structure: id, propertyIndex: index, values: condition.values, comparesRawValue: type.unwrapped != .string, isOptional: type.isOptional)
                return polling
            }
        }
        diagnostics.emit(.warning("x-poll-until names '\(condition.property)', which is not a string property of the 200 result; polling stops at the first 200", at: operation.origin, pointer: operation.pointer + "/x-poll-until"))
        unmapped += 1
        return polling
    }

    /// Query parameters that take a page token, most telling first (a document with both
    /// `pagination_token` and a compatibility `after` pages by the first).
    static let tokenParameterNames = ["paginationtoken", "pagetoken", "nextpagetoken", "nexttoken", "continuationtoken", "cursor", "pagecursor", "startingafter", "after", "marker"]
    /// Page properties that hold the next token, besides one named like the parameter.
    static let nextTokenPropertyNames = ["nextpagetoken", "nexttoken", "nextcursor", "paginationtoken", "continuationtoken", "pagetoken", "cursor", "nextmarker"]
    /// The array of items when a page has several arrays.
    static let itemsPropertyNames = ["data", "items", "results"]

    /// `pagination_token`, `pageToken` and `page-token` are one name.
    static func normalised(_ name: String) -> String {
        String(name.lowercased().filter { $0.isLetter || $0.isNumber })
    }

    /// Token pagination: a `GET` whose optional string query parameter takes a token, answered by one
    /// JSON object holding an array of items and the next token (or OpenAI's `has_more` and `last_id`
    /// for `after`). `x-pagination` names the parts where the names say nothing, or turns it off.
    private func pagination(_ operation: Operation, parameters: [ParameterDecl], outcomes: [Outcome]) -> Pagination? {
        let hint = operation.pagination
        if case .off? = hint { return nil }
        let given: (token: String?, next: String?, items: String?)? = if case .given(let token, let next, let items)? = hint { (token, next, items) } else { nil }
        func failed(_ why: String) -> Pagination? {
            if given != nil {
                diagnostics.emit(.warning("x-pagination: \(why); the operation gets no pages method", at: operation.origin, pointer: operation.pointer + "/x-pagination"))
                unmapped += 1
            }
            return nil
        }
        guard given != nil || operation.method == "get" else { return nil }
        // One outcome, so the method returns the page itself (several make an output enum).
        guard outcomes.count == 1, case .json(let pageType) = outcomes[0].content, !pageType.isOptional, case .named(let pageID) = pageType.unwrapped,
              case .structure(let page)? = declarations[pageID]?.kind else {
            return failed("the operation's answer is not one JSON object")
        }
        let candidates = parameters.indices.filter { index in
            let parameter = parameters[index]
            return parameter.location == .query && !parameter.required && parameter.type.unwrapped == .string
        }
        let tokenIndex: Int? = if let name = given?.token {
            candidates.first { parameters[$0].name == name }
        } else {
            Self.tokenParameterNames.lazy.compactMap { wanted in candidates.first { Self.normalised(parameters[$0].name) == wanted } }.first
        }
        guard let tokenIndex else { return failed("no optional string query parameter '\(given?.token ?? "")' takes the token") }
        let properties = page.properties.enumerated().filter { !$0.element.isComposed }
        let arrays = properties.filter { if case .array = $0.element.type.unwrapped { true } else { false } }
        let items: (offset: Int, element: Property)? = if let name = given?.items {
            arrays.first { $0.element.jsonName == name }
        } else if arrays.count == 1 {
            arrays[0]
        } else {
            Self.itemsPropertyNames.lazy.compactMap { wanted in arrays.first { Self.normalised($0.element.jsonName) == wanted } }.first
        }
        guard let items, case .array(let itemType) = items.element.type.unwrapped else {
            return failed("the answer has no array property '\(given?.items ?? "")' of items")
        }
        let strings = properties.filter { $0.element.type.unwrapped == .string }
        let tokenName = Self.normalised(parameters[tokenIndex].name)
        let next: Pagination.Next
        if let name = given?.next, let property = strings.first(where: { $0.element.jsonName == name }) {
            next = .token(propertyIndex: property.offset)
        } else if given?.next == nil, let property = (Self.nextTokenPropertyNames + [tokenName]).lazy.compactMap({ wanted in strings.first { Self.normalised($0.element.jsonName) == wanted } }).first {
            next = .token(propertyIndex: property.offset)
        } else if given?.next == nil, ["after", "startingafter"].contains(tokenName),
                  let hasMore = properties.first(where: { Self.normalised($0.element.jsonName) == "hasmore" && $0.element.type.unwrapped == .bool }),
                  let lastID = strings.first(where: { Self.normalised($0.element.jsonName) == "lastid" }) {
            next = .lastID(hasMoreIndex: hasMore.offset, lastIDIndex: lastID.offset)
        } else {
            return failed("the answer has no string property '\(given?.next ?? "")' holding the next token")
        }
        return Pagination(tokenParameter: tokenIndex, page: pageID, itemsIndex: items.offset, itemType: itemType, next: next)
    }

    /// Picks the request body's media type (JSON first, then forms, bytes, text) and how to encode it.
    private func buildBody(_ body: RequestBody, operationID: String) throws(Diagnostic) -> BodyDecl? {
        let preference: [MediaKind] = [.json, .multipart, .formURLEncoded, .binary, .text]
        let ranked = body.contents.sorted { lhs, rhs in
            (preference.firstIndex(of: MediaKind(lhs.mediaType)) ?? 9) < (preference.firstIndex(of: MediaKind(rhs.mediaType)) ?? 9)
        }
        guard let chosen = ranked.first else { return nil }
        for skipped in ranked.dropFirst() {
            diagnostics.emit(.note("request media type '\(skipped.mediaType)' is not generated; '\(chosen.mediaType)' is used", at: .unknown, pointer: skipped.pointer))
        }
        let docs = Documentation(summary: body.description)
        let schema = chosen.schema ?? Schema(pointer: chosen.pointer, origin: .unknown)
        switch MediaKind(chosen.mediaType) {
        case .json, .eventStream:
            return BodyDecl(type: try usage(schema, name: .requestBody(operationID: operationID), parent: nil), required: body.required, encoding: .json(mediaType: chosen.mediaType), documentation: docs)
        case .multipart, .formURLEncoded:
            let type = try usage(schema, name: .requestBody(operationID: operationID), parent: nil)
            var fields: [FormField] = []
            let object = try schemas.mergedObject(of: schema)
            let urlEncoded = MediaKind(chosen.mediaType) == .formURLEncoded
            for (name, propertySchema) in object.properties {
                var fieldType = structureProperty(of: type, named: name)
                if fieldType == nil { fieldType = try usage(propertySchema, name: .given(name), parent: nil) }
                var field = FormField(jsonName: name, type: fieldType ?? .json, required: object.required.contains(name))
                if urlEncoded, try isStructured(propertySchema) {
                    let encoding = chosen.encoding[name]
                    let asJSON = encoding?.contentType.map { MediaKind($0) == .json } ?? false
                    let style = encoding?.style ?? "form"
                    if !asJSON { field.serialisation = (style, encoding?.explode ?? (style == "form")) }
                }
                fields.append(field)
            }
            for name in object.required.sorted() where !object.properties.contains(where: { $0.name == name }) {
                fields.append(FormField(jsonName: name, type: structureProperty(of: type, named: name) ?? .json, required: true))
            }
            let encoding: BodyDecl.Encoding = MediaKind(chosen.mediaType) == .multipart ? .multipart(fields) : .formURLEncoded(fields)
            return BodyDecl(type: type, required: body.required, encoding: encoding, documentation: docs)
        case .binary:
            return BodyDecl(type: .data, required: body.required, encoding: .binary(mediaType: chosen.mediaType), documentation: docs)
        case .text:
            return BodyDecl(type: .string, required: body.required, encoding: .text(mediaType: chosen.mediaType), documentation: docs)
        }
    }

    /// An object or an array: written by its style in a url-encoded form, not as one text.
    private func isStructured(_ schema: Schema) throws(Diagnostic) -> Bool {
        let resolved = try schemas.unwrapped(schema)
        return !resolved.properties.isEmpty || resolved.types.contains("object") || resolved.types.contains("array")
            || resolved.items != nil || { if case .schema = resolved.additionalProperties { true } else { false } }()
    }

    /// Binary properties of a multipart body are files: `FileUpload` carries a filename and can
    /// stream from disk, which plain `Data` cannot.
    func useFileUploads(in operation: inout OperationDecl) {
        guard let body = operation.body, case .multipart(var fields) = body.encoding else { return }
        func upgraded(_ type: TypeUsage) -> TypeUsage {
            switch type {
            case .data: .file
            case .optional(let wrapped): .optional(upgraded(wrapped))
            case .array(let element): .array(upgraded(element))
            default: type
            }
        }
        for index in fields.indices { fields[index].type = upgraded(fields[index].type) }
        operation.body?.encoding = .multipart(fields)
        guard case .named(let id) = body.type.unwrapped, case .structure(var structure)? = declarations[id]?.kind else { return }
        for index in structure.properties.indices { structure.properties[index].type = upgraded(structure.properties[index].type) }
        declarations[id]?.kind = .structure(structure)
    }

    private func structureProperty(of type: TypeUsage, named name: String) -> TypeUsage? {
        guard case .named(let id) = type.unwrapped, case .structure(let structure)? = declarations[id]?.kind else { return nil }
        return structure.properties.first(where: { $0.jsonName == name })?.type
    }
}
