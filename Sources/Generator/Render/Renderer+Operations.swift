extension Renderer {
    func clientView() -> ClientView {
        var docs = Documentation(summary: model.title, details: model.summary)
        docs.examples = []
        return ClientView(
            docLines: DocComment.lines(docs, pointer: nil),
            access: config.access,
            clientName: config.clientName,
            serverLiteral: TypeSpelling.literal(model.serverURL ?? "http://localhost"),
            apiKeyVariableLiteral: model.bearerAuth ? config.apiKeyEnvironmentVariable.map(TypeSpelling.literal) : nil,
            apiKeyVariable: config.apiKeyEnvironmentVariable ?? ""
        )
    }

    func operationView(_ operation: OperationDecl) -> OperationView {
        let methodName = names.methods[operation.operationID] ?? operation.operationID
        let derived = names.derived[operation.operationID]
            ?? DerivedMethodNames(requestBuilder: methodName + "Request", stream: methodName + "Stream", whenReady: methodName + "WhenReady")
        let arguments = names.arguments[operation.operationID] ?? []
        var parameters: [String] = []
        var passed: [String] = []
        var lines: [String] = []
        for (parameter, argument) in zip(operation.parameters, arguments) {
            let name = Naming.escaped(argument)
            parameters.append("\(name): \(spelling.spell(parameter.type))" + (parameter.type.isOptional ? " = nil" : ""))
            passed.append("\(name): \(name)")
            // Objects and unions are serialised through their JSON form, which can fail.
            let simple = isSimpleParameter(parameter.type)
            switch parameter.location {
            case .query where simple:
                lines.append("request.addQuery(\(TypeSpelling.literal(parameter.name)), \(name), explode: \(parameter.explode))")
            case .query:
                lines.append("try request.addQuery(\(TypeSpelling.literal(parameter.name)), encoding: \(name), style: \(TypeSpelling.literal(parameter.style)), explode: \(parameter.explode))")
            case .header where simple:
                lines.append("request.setHeader(\(TypeSpelling.literal(parameter.name)), \(name))")
            case .header:
                lines.append("try request.setHeader(\(TypeSpelling.literal(parameter.name)), encoding: \(name))")
            case .path, .cookie: break
            }
        }
        if let body = operation.body {
            let type = spelling.spell(body.required ? body.type : body.type.optional)
            let sole = operation.parameters.isEmpty
            parameters.append((sole ? "_ body: " : "body: ") + type + (body.required ? "" : " = nil"))
            passed.append(sole ? "body" : "body: body")
            var bodyLines = self.bodyLines(body)
            if !body.required {
                bodyLines = ["if let body {"] + bodyLines.map { "    " + $0 } + ["}"]
            }
            lines += bodyLines
        }
        var stream: StreamView?
        if let event = operation.eventStream {
            stream = StreamView(
                docLines: DocComment.lines(operation.documentation, pointer: operation.pointer, extra: ["Streams the response as server-sent events."]),
                streamMethodName: Naming.escaped(derived.stream),
                eventType: spelling.spell(event),
                terminalEvents: "[" + operation.streamEnd.map(TypeSpelling.literal).joined(separator: ", ") + "]"
            )
            let flag = operation.streamFlag.map(TypeSpelling.literal) ?? "nil"
            lines.append("if streaming { try request.acceptEventStream(settingBodyFlag: \(flag)) }")
        }
        if operation.noRetry { lines.append("request.allowsRetry = false") }
        let (returnType, outcomes) = outcomeViews(operation)
        if !operation.outcomes.contains(where: { if case .json = $0.content { true } else { false } }) {
            // Nothing to add: the default Accept header covers bytes and text.
        } else {
            lines.insert("request.setHeader(\"Accept\", \"application/json\")", at: 0)
        }
        return OperationView(
            clientName: config.clientName,
            access: config.access,
            docLines: DocComment.lines(operation.documentation, pointer: operation.pointer, extra: ["`\(operation.method.uppercased()) \(operation.path)`"]),
            attributes: attributes(operation.documentation),
            methodName: Naming.escaped(methodName),
            parameters: parameters.joined(separator: ", "),
            arguments: passed.joined(separator: ", "),
            streamingParameter: stream == nil ? "" : (parameters.isEmpty ? "" : ", ") + "streaming: Swift.Bool = false",
            requestBuilderName: Naming.escaped(derived.requestBuilder),
            returnType: returnType,
            method: operation.method,
            pathExpression: pathExpression(operation, arguments: arguments),
            operationIDLiteral: TypeSpelling.literal(operation.operationID),
            requestLines: lines,
            outcomes: outcomes,
            stream: stream,
            poll: pollView(operation, methodName: methodName, pollName: derived.whenReady, hasParameters: !parameters.isEmpty),
            download: operation.outcomes.count == 1 && operation.outcomes.first?.content == .binary
                ? DownloadView(separator: parameters.isEmpty ? "" : ", ") : nil
        )
    }

    /// Strings, numbers, booleans, dates, string enums and arrays of them have a plain text form.
    private func isSimpleParameter(_ type: TypeUsage) -> Bool {
        switch type {
        case .string, .int, .int32, .int64, .double, .bool, .date: return true
        case .optional(let wrapped): return isSimpleParameter(wrapped)
        case .array(let element): return !element.isOptional && isSimpleParameter(element) && { if case .array = element { false } else { true } }()
        case .named(let id):
            guard let decl = model.types.first(where: { $0.id == id }) else { return false }
            switch decl.kind {
            case .stringEnum: return true
            case .alias(let target): return isSimpleParameter(target)
            default: return false
            }
        default: return false
        }
    }

    private func bodyLines(_ body: BodyDecl) -> [String] {
        switch body.encoding {
        case .json:
            return ["try request.setJSONBody(body)"]
        case .multipart(let fields), .formURLEncoded(let fields):
            let isMultipart = if case .multipart = body.encoding { true } else { false }
            var lines = [isMultipart ? "var form = ClientRuntime.MultipartForm()" : "var form = ClientRuntime.FormURLEncoded()"]
            let members = structMembers(body.type)
            for field in fields {
                let member = members[field.jsonName] ?? Naming.memberName(field.jsonName)
                lines.append("try form.append(\(TypeSpelling.literal(field.jsonName)), body.\(Naming.escaped(member)))")
            }
            lines.append(isMultipart ? "request.setMultipartBody(form)" : "request.setFormBody(form)")
            return lines
        case .binary(let mediaType):
            return ["request.setBody(body, contentType: \(TypeSpelling.literal(mediaType)))"]
        case .text(let mediaType):
            return ["request.setBody(Foundation.Data(body.utf8), contentType: \(TypeSpelling.literal(mediaType)))"]
        }
    }

    /// JSON name → Swift property name for a structure type.
    private func structMembers(_ type: TypeUsage) -> [String: String] {
        guard case .named(let id) = type.unwrapped, let decl = model.types.first(where: { $0.id == id }),
              case .structure(let structure) = decl.kind else { return [:] }
        return Dictionary(zip(structure.properties.map(\.jsonName), names.members[id] ?? []), uniquingKeysWith: { first, _ in first })
    }

    private func pathExpression(_ operation: OperationDecl, arguments: [String]) -> String {
        var result = ""
        var rest = Substring(operation.path)
        while let open = rest.firstIndex(of: "{"), let close = rest[open...].firstIndex(of: "}") {
            result += escapeInLiteral(String(rest[..<open]))
            let name = String(rest[rest.index(after: open)..<close])
            if let index = operation.parameters.firstIndex(where: { $0.location == .path && $0.name == name }) {
                result += "\\(ClientRuntime.PathEncoding.segment(\(Naming.escaped(arguments[index]))))"
            } else {
                result += escapeInLiteral("{" + name + "}")
            }
            rest = rest[rest.index(after: close)...]
        }
        return "\"" + result + escapeInLiteral(String(rest)) + "\""
    }

    private func escapeInLiteral(_ text: String) -> String {
        String(TypeSpelling.literal(text).dropFirst().dropLast())
    }

    private func outcomeViews(_ operation: OperationDecl) -> (String, [OutcomeView]) {
        let outcomes = operation.outcomes.isEmpty ? [Outcome(status: "2XX", content: .none, documentation: Documentation())] : operation.outcomes
        if outcomes.count == 1, let only = outcomes.first {
            let (type, expression) = payload(only.content)
            return (type, [OutcomeView(statusPattern: statusPattern(only.status), returnExpression: expression ?? "()")])
        }
        let output = names.outputs[operation.operationID] ?? "Output"
        let views = outcomes.map { outcome in
            let (_, expression) = payload(outcome.content)
            let name = Naming.escaped(Self.outcomeName(outcome.status))
            return OutcomeView(statusPattern: statusPattern(outcome.status), returnExpression: expression.map { ".\(name)(\($0))" } ?? ".\(name)")
        }
        return (output, views)
    }

    /// Exactly two outcomes, 200 with a body and 202 without: poll until the 200.
    private func pollView(_ operation: OperationDecl, methodName: String, pollName: String, hasParameters: Bool) -> PollView? {
        guard operation.outcomes.count == 2,
              let ready = operation.outcomes.first(where: { $0.status == "200" }), case .json(let type) = ready.content,
              let pending = operation.outcomes.first(where: { $0.status == "202" }), pending.content == .none else { return nil }
        let finalStates = operation.pollUntil.map { " with `\($0.property)` one of " + $0.values.map { "`\($0)`" }.joined(separator: ", ") } ?? ""
        let docs = Documentation(summary: "Calls `\(methodName)` until it answers 200\(finalStates) (not 202), waiting `polling.interval` between calls.")
        return PollView(
            docLines: DocComment.lines(docs, pointer: operation.pointer),
            pollMethodName: Naming.escaped(pollName),
            separator: hasParameters ? ", " : "",
            resultType: spelling.spell(type),
            readyCase: Naming.escaped(Self.outcomeName("200")),
            pendingCase: Naming.escaped(Self.outcomeName("202")),
            until: pollUntilView(operation.pollUntil, result: type)
        )
    }

    /// The check `x-poll-until` asks for, when the result is a structure with that string property.
    private func pollUntilView(_ condition: PollCondition?, result: TypeUsage) -> PollUntilView? {
        guard let condition, case .named(let id) = result.unwrapped,
              let decl = model.types.first(where: { $0.id == id }), case .structure(let structure) = decl.kind,
              let index = structure.properties.firstIndex(where: { $0.jsonName == condition.property }),
              let member = names.members[id]?[index] else { return nil }
        let property = structure.properties[index]
        var expression = "value." + Naming.escaped(member)
        if property.type.isOptional { expression += "?" }
        // Open enums compare by raw value; plain strings are their own.
        if property.type.unwrapped != .string { expression += ".rawValue" }
        if property.type.isOptional { expression = "(\(expression) ?? \"\")" }
        return PollUntilView(expression: expression, valuesLiteral: "[" + condition.values.map(TypeSpelling.literal).joined(separator: ", ") + "]")
    }

    func outputEnumView(_ operation: OperationDecl) -> OutputEnumView? {
        guard operation.outcomes.count > 1, let name = names.outputs[operation.operationID] else { return nil }
        let cases = operation.outcomes.map { outcome in
            let (type, expression) = payload(outcome.content)
            let caseName = Naming.escaped(Self.outcomeName(outcome.status))
            return OutputCaseView(
                docLines: DocComment.lines(outcome.documentation, pointer: nil, extra: ["HTTP \(outcome.status)."]),
                declaration: expression == nil ? caseName : "\(caseName)(\(type))"
            )
        }
        let docs = Documentation(summary: "The successful outcomes of `\(names.methods[operation.operationID] ?? "")`.")
        return OutputEnumView(docLines: DocComment.lines(docs, pointer: operation.pointer + "/responses"), access: config.access, name: name, cases: cases)
    }

    /// The Swift type and the expression that reads it from `response`; nil expression for no body.
    private func payload(_ content: Outcome.Content) -> (String, String?) {
        switch content {
        case .none: ("Swift.Void", nil)
        case .json(let usage): (spelling.spell(usage), "try response.decode(\(spelling.spell(usage)).self)")
        case .binary: ("Foundation.Data", "response.body")
        case .text: ("Swift.String", "response.text")
        }
    }

    private func statusPattern(_ status: String) -> String {
        if let code = Int(status) { return String(code) }
        if let first = status.first, let digit = Int(String(first)) { return "\(digit * 100)..<\(digit * 100 + 100)" }
        return "200..<300"
    }

    static func outcomeName(_ status: String) -> String {
        switch status {
        case "200": "ok"
        case "201": "created"
        case "202": "accepted"
        case "203": "nonAuthoritativeInformation"
        case "204": "noContent"
        case "206": "partialContent"
        default: "status" + status.uppercased()
        }
    }
}
