import ClientModel
import OpenAPIReading

extension PlanBuilder {
    package func clientView() -> ClientView {
        var docs = Documentation(summary: model.title, details: model.summary)
        docs.examples = []
        return ClientView(
            docLines: DocComment.lines(docs, pointer: nil),
            access: config.access,
            clientName: config.clientName,
            serverLiteral: TypeSpelling.literal(model.serverURL ?? "http://localhost"),
            securityLiteral: TypeSpelling.securityLiteral(model.security),
            apiKeyVariableLiteral: model.security.contains { !$0.isEmpty } ? config.apiKeyEnvironmentVariable.map(TypeSpelling.literal) : nil,
            apiKeyVariable: config.apiKeyEnvironmentVariable ?? "",
            serverURLVariableLiteral: config.resolvedServerURLVariable.map(TypeSpelling.literal),
            serverURLVariable: config.resolvedServerURLVariable ?? ""
        )
    }

    package func operationView(_ operation: OperationDecl) -> OperationView {
        let operationNames = names[operation: operation.id]
        let methodName = operationNames.method
        let derived = operationNames.derived
        let labels = operationNames.arguments.map(SwiftIdentifier.escaped)
        let arguments = operationNames.argumentLocals.map(SwiftIdentifier.escaped)
        var parameters: [ParameterView] = []
        var steps: [RequestStepView] = []
        // The one place `Accept` is decided: events when streaming, else the results' media types.
        switch (operation.accept.map(TypeSpelling.literal), operation.eventStream != nil) {
        case (let accept?, false): steps.append(RequestStepView(accept: AcceptStepView(valueExpression: accept)))
        case (let accept?, true): steps.append(RequestStepView(accept: AcceptStepView(valueExpression: #"streaming ? "text/event-stream" : "# + accept)))
        case (nil, true): steps.append(RequestStepView(accept: AcceptStepView(valueExpression: #""text/event-stream""#, onlyWhenStreaming: true)))
        case (nil, false): break
        }
        for item in operation.fixedQuery {
            steps.append(RequestStepView(fixedQuery: FixedQueryStepView(nameLiteral: TypeSpelling.literal(item.name), valueLiteral: TypeSpelling.literal(item.value))))
        }
        if let security = operation.security {
            steps.append(RequestStepView(security: SecurityStepView(requirementsLiteral: TypeSpelling.securityLiteral(security))))
        }
        for (parameter, (label, argument)) in zip(operation.parameters, zip(labels, arguments)) {
            parameters.append(ParameterView(name: label, internalName: label == argument ? nil : argument, type: spelling.spell(parameter.type), defaultsToNil: parameter.type.isOptional, unlabelled: false))
            let name = TypeSpelling.literal(parameter.name)
            switch parameter.serialisation {
            case .path, .pathEncoded:
                break
            case .queryText(let explode):
                steps.append(RequestStepView(queryText: QueryStepView(nameLiteral: name, argument: argument, explode: explode.map(String.init))))
            case .queryEncoded(let style, let explode):
                steps.append(RequestStepView(queryEncoded: EncodedQueryStepView(nameLiteral: name, argument: argument, styleLiteral: TypeSpelling.literal(style), explode: explode)))
            case .headerText:
                steps.append(RequestStepView(headerText: HeaderStepView(nameLiteral: name, argument: argument)))
            case .headerEncoded:
                steps.append(RequestStepView(headerEncoded: HeaderStepView(nameLiteral: name, argument: argument)))
            }
        }
        if let body = operation.body {
            parameters.append(ParameterView(
                name: "body",
                type: spelling.spell(body.required ? body.type : body.type.optional),
                defaultsToNil: !body.required,
                unlabelled: operation.parameters.isEmpty
            ))
            var step = bodyStep(body)
            step.streamFlagMember = operation.streamFlag.map { SwiftIdentifier.escaped(names[type: $0.structure].members[$0.propertyIndex]) }
            steps.append(RequestStepView(body: step))
        }
        var stream: StreamView?
        if let event = operation.eventStream {
            stream = StreamView(
                streamDocLines: DocComment.lines(operation.documentation, pointer: operation.pointer, extra: ["Streams the response as server-sent events."]),
                streamMethodName: SwiftIdentifier.escaped(derived.stream),
                eventType: spelling.spell(event),
                terminalEvents: TypeSpelling.arrayLiteral(operation.streamEnd)
            )
        }
        if operation.noRetry { steps.append(RequestStepView(noRetry: true)) }
        let caseNames = operationNames.outcomeCases.map(SwiftIdentifier.escaped)
        let several = operation.outcomes.count > 1
        let outcomes = zip(operation.outcomes, caseNames).map { outcome, caseName in
            var view = OutcomeView(statusPattern: statusPattern(outcome.status), caseName: several ? caseName : nil, wrapped: several && outcome.content != .none, returnsVoid: !several && outcome.content == .none)
            switch outcome.content {
            case .none: break
            case .json(let usage): view.responseType = spelling.spell(usage)
            case .binary: view.readsBytes = true
            case .text: view.readsText = true
            case .media(let json): view.mediaBodyType = json.map(spelling.spell) ?? "Swift.Never"
            case .multipart: view.readsParts = true
            }
            return view
        }
        return OperationView(
            clientName: config.clientName,
            access: config.access,
            docLines: DocComment.lines(operation.documentation, pointer: operation.pointer, extra: ["`\(operation.method.uppercased()) \(operation.path)`"]),
            deprecation: Self.deprecation(operation.documentation),
            methodName: SwiftIdentifier.escaped(methodName),
            requestBuilderName: SwiftIdentifier.escaped(derived.requestBuilder),
            parameters: parameters,
            hasParameters: !parameters.isEmpty,
            streams: stream != nil,
            // The naming stage names an output enum exactly when there are several outcomes.
            returnType: operationNames.output ?? payloadType(operation.outcomes[0].content),
            method: operation.method,
            pathParts: pathParts(operation, arguments: arguments),
            operationIDLiteral: TypeSpelling.literal(operation.operationID),
            requestSteps: steps,
            outcomes: outcomes,
            stream: stream,
            poll: pollView(operation, methodName: methodName, pollName: derived.whenReady, caseNames: caseNames),
            pages: pagesView(operation, parameters: parameters, pagesName: derived.pages),
            download: operation.downloads
        )
    }

    private func pagesView(_ operation: OperationDecl, parameters: [ParameterView], pagesName: String) -> PagesView? {
        guard let pagination = operation.pagination else { return nil }
        let pageMembers = names[type: pagination.page].members
        let page = names[type: pagination.page]
        let locals = parameters.map { $0.internalName ?? $0.name }
        var tokenLocal = "token"
        while locals.contains(tokenLocal) { tokenLocal += "_" }
        var arguments = parameters
        arguments[pagination.tokenParameter].internalName = tokenLocal
        guard case .structure(let structure) = declaration(of: pagination.page).kind else {
            preconditionFailure("a page is a structure (ModelBuilder.pagination)")
        }
        func member(_ index: Int) -> String { "$0." + SwiftIdentifier.escaped(pageMembers[index]) }
        let items = structure.properties[pagination.itemsIndex].type.isOptional ? member(pagination.itemsIndex) + " ?? []" : member(pagination.itemsIndex)
        let next: String
        let followed: String
        switch pagination.next {
        case .token(let index):
            next = member(index)
            followed = "`\(structure.properties[index].jsonName)`"
        case .lastID(let hasMore, let lastID):
            next = member(hasMore) + " == true ? " + member(lastID) + " : nil"
            followed = "`\(structure.properties[lastID].jsonName)` while `\(structure.properties[hasMore].jsonName)`"
        }
        let tokenName = operation.parameters[pagination.tokenParameter].name
        return PagesView(
            pagesDocLines: DocComment.lines(Documentation(
                summary: "Every item of `\(names[operation: operation.id].method)`, page by page.",
                details: "Each page is requested once the previous one's items are consumed, with its \(followed) as `\(tokenName)`, until a page comes without one."
            ), pointer: nil),
            pagesMethodName: SwiftIdentifier.escaped(pagesName),
            parameters: parameters.enumerated().filter { $0.offset != pagination.tokenParameter }.map(\.element),
            call: PagesCallView(parameters: arguments),
            tokenLocal: tokenLocal,
            pageType: page.qualified,
            itemType: spelling.spell(pagination.itemType),
            itemsExpression: items,
            nextTokenExpression: next
        )
    }

    /// Built from the operations' views, aligned with `model.operations`.
    package func requestCatalogView(_ views: [OperationView]) -> RequestCatalogView {
        let entries = zip(model.operations, views).map { operation, view in
            var keys = operation.parameters.map { $0.location.rawValue + ":" + $0.name }
            if operation.body != nil { keys.append("body") }
            return RequestCatalogEntryView(
                operationIDLiteral: view.operationIDLiteral,
                requestBuilderName: view.requestBuilderName,
                catalogArguments: zip(view.parameters, keys).map { parameter, key in
                    CatalogArgumentView(name: parameter.name, unlabelled: parameter.unlabelled, keyLiteral: TypeSpelling.literal(key), type: parameter.type)
                }
            )
        }
        var roundTrips: [RoundTripView] = []
        for operation in model.operations {
            for outcome in operation.outcomes {
                let json: TypeUsage? = switch outcome.content {
                case .json(let type): type
                case .media(let type): type
                default: nil
                }
                guard let json else { continue }
                roundTrips.append(RoundTripView(keyLiteral: TypeSpelling.literal(operation.operationID + " " + outcome.status), type: spelling.spell(json)))
            }
        }
        return RequestCatalogView(access: config.access, clientName: config.clientName, entries: entries, roundTrips: roundTrips)
    }

    private func bodyStep(_ body: BodyDecl) -> BodyStepView {
        var step = BodyStepView(bodyIsOptional: !body.required, json: false)
        switch body.encoding {
        case .json(let mediaType):
            step.json = true
            if mediaType.lowercased() != "application/json" { step.jsonContentTypeLiteral = TypeSpelling.literal(mediaType) }
        case .multipart(let fields), .formURLEncoded(let fields):
            let members = structMembers(body.type)
            step.form = FormBodyView(
                multipart: { if case .multipart = body.encoding { true } else { false } }(),
                fields: fields.map { field in
                    FormFieldView(
                        nameLiteral: TypeSpelling.literal(field.jsonName),
                        member: SwiftIdentifier.escaped(members[field.jsonName] ?? SwiftIdentifier.memberName(field.jsonName)),
                        styleLiteral: field.serialisation.map { TypeSpelling.literal($0.style) },
                        explode: field.serialisation?.explode ?? true
                    )
                }
            )
        case .binary(let mediaType):
            step.bytesContentTypeLiteral = TypeSpelling.literal(mediaType)
        case .text(let mediaType):
            step.textContentTypeLiteral = TypeSpelling.literal(mediaType)
        }
        return step
    }

    /// JSON name → Swift property name for a structure type.
    private func structMembers(_ type: TypeUsage) -> [String: String] {
        guard case .named(let id) = type.unwrapped, case .structure(let structure) = declaration(of: id).kind else { return [:] }
        return Dictionary(zip(structure.properties.map(\.jsonName), names[type: id].members), uniquingKeysWith: { first, _ in first })
    }

    private func pathParts(_ operation: OperationDecl, arguments: [String]) -> [PathPartView] {
        var parts: [PathPartView] = []
        var rest = Substring(operation.path)
        while let open = rest.firstIndex(of: "{"), let close = rest[open...].firstIndex(of: "}") {
            let name = String(rest[rest.index(after: open)..<close])
            if let index = operation.parameters.firstIndex(where: { $0.location == .path && $0.name == name }) {
                parts.append(PathPartView(literalText: escapeInLiteral(String(rest[..<open])), argument: arguments[index], encoded: operation.parameters[index].serialisation == .pathEncoded))
            } else {
                parts.append(PathPartView(literalText: escapeInLiteral(String(rest[...close]))))
            }
            rest = rest[rest.index(after: close)...]
        }
        parts.append(PathPartView(literalText: escapeInLiteral(String(rest))))
        return parts
    }

    private func escapeInLiteral(_ text: String) -> String {
        String(TypeSpelling.literal(text).dropFirst().dropLast())
    }

    private func pollView(_ operation: OperationDecl, methodName: String, pollName: String, caseNames: [String]) -> PollView? {
        guard let polling = operation.polling else { return nil }
        var finalStates = ""
        var until: PollUntilView?
        if let condition = polling.until, case .structure(let structure) = declaration(of: condition.structure).kind {
            let property = structure.properties[condition.propertyIndex]
            finalStates = " with `\(property.jsonName)` one of " + condition.values.map { "`\($0)`" }.joined(separator: ", ")
            until = PollUntilView(
                member: SwiftIdentifier.escaped(names[type: condition.structure].members[condition.propertyIndex]),
                propertyIsOptional: condition.isOptional,
                rawValue: condition.comparesRawValue,
                valuesLiteral: TypeSpelling.arrayLiteral(condition.values)
            )
        }
        let docs = Documentation(summary: "Calls `\(methodName)` until it answers 200\(finalStates) (not 202), waiting `polling.interval` between calls.")
        return PollView(
            pollDocLines: DocComment.lines(docs, pointer: operation.pointer),
            pollMethodName: SwiftIdentifier.escaped(pollName),
            resultType: spelling.spell(polling.result),
            readyCase: caseNames[polling.ready],
            pendingCase: caseNames[polling.pending],
            until: until
        )
    }

    package func outputEnumView(_ operation: OperationDecl) -> OutputEnumView? {
        let operationNames = names[operation: operation.id]
        guard let name = operationNames.output else { return nil }
        let caseNames = operationNames.outcomeCases
        let cases = zip(operation.outcomes, caseNames).map { outcome, caseName in
            OutputCaseView(
                caseDocLines: DocComment.lines(outcome.documentation, pointer: nil, extra: ["HTTP \(outcome.status)."]),
                caseName: SwiftIdentifier.escaped(caseName),
                payloadType: outcome.content == .none ? nil : payloadType(outcome.content)
            )
        }
        let docs = Documentation(summary: "The successful outcomes of `\(operationNames.method)`.")
        return OutputEnumView(docLines: DocComment.lines(docs, pointer: operation.pointer + "/responses"), access: config.access, name: name, hashable: config.hashable, cases: cases)
    }

    private func payloadType(_ content: Outcome.Content) -> String {
        switch content {
        case .none: "Swift.Void"
        case .json(let usage): spelling.spell(usage)
        case .binary: "Foundation.Data"
        case .text: "Swift.String"
        case .media(let json): "GeneratedClientRuntime.MediaBody<\(json.map(spelling.spell) ?? "Swift.Never")>"
        case .multipart: "[GeneratedClientRuntime.ReceivedPart]"
        }
    }

    private func statusPattern(_ status: String) -> String {
        if let code = Int(status) { return String(code) }
        if let first = status.first, let digit = Int(String(first)) { return "\(digit * 100)..<\(digit * 100 + 100)" }
        return "200..<300"
    }
}
