import OpenAPIReading
import ClientModel
import ClientPlan
import Foundation
import Mustache

/// Renders the model into Swift source files with the templates in `Templates/`; the only stage that
/// touches the template engine.
package struct Renderer: Sendable {
    package let model: GenerationModel
    package let names: NameTable
    package let config: GeneratorConfig
    package let templates: MustacheLibrary
    package var spelling: TypeSpelling { TypeSpelling(names: names) }
    package static let templateNames = [
        "File", "Struct", "StringEnum", "Union", "TypeAlias", "Extension", "Client", "Operation", "OutputEnum", "ExampleCatalog", "RequestCatalog",
        // Partials of `Operation`.
        "Parameters", "Arguments", "RequestStep", "Body",
        // Partial of `Union`.
        "DecodeVariant",
    ]

    /// Reads the templates from `templatesDirectory`, or uses the ones compiled into the generator.
    package init(model: GenerationModel, names: NameTable, config: GeneratorConfig, templatesDirectory: String?) throws(Diagnostic) {
        self.model = model
        self.names = names
        self.config = config
        var library = MustacheLibrary()
        for name in Self.templateNames {
            let path = templatesDirectory.map { $0 + "/" + name + ".mustache" } ?? "(built in) " + name
            let text: String
            if let templatesDirectory {
                guard let contents = try? String(contentsOfFile: templatesDirectory + "/" + name + ".mustache", encoding: .utf8) else {
                    throw .error("missing template '\(path)'; a templates folder needs all of: \(Self.templateNames.map { $0 + ".mustache" }.joined(separator: ", "))")
                }
                text = contents
            } else if let embedded = EmbeddedTemplates.all[name] {
                text = embedded
            } else {
                throw .error("the generator was built without its template '\(name)'; run scripts/embed-templates.sh and build again")
            }
            do {
                try library.register(text, named: name)
            } catch {
                throw .error("template '\(path)' does not parse: \(error)")
            }
        }
        self.templates = library
    }

    package func render(_ view: Any, _ template: String) -> String {
        var text = templates.render(Self.dictionary(view), withTemplate: template) ?? ""
        while text.hasSuffix("\n") { text.removeLast() }
        return text
    }

    /// Relative path → contents for the client module: a file per type and per operation, or with
    /// `fixedFiles` always the same three (`Client.swift`, `Types.swift`, `Operations.swift`), which
    /// a SwiftPM build plugin must name before it runs.
    package func clientFiles() -> [String: String] {
        let children = Dictionary(grouping: model.types.compactMap { decl in decl.parent.map { (parent: $0, decl: decl) } }, by: \.parent).mapValues { $0.map(\.decl) }
        let roots = model.types.filter { $0.parent == nil }
        // Each file renders on its own, so they render on every core; the order stays the model's.
        var bodies: [(path: String, body: String)] = Self.concurrentMap(roots.count) { index in
            var body = declaration(roots[index])
            appendNested(of: roots[index].id, children: children, into: &body)
            return (names[type: roots[index].id].file!, body)
        }
        bodies.append((names.clientFile, render(clientView(), "Client")))
        let operationViews = model.operations.map(operationView)
        bodies += Self.concurrentMap(model.operations.count) { index in
            let operation = model.operations[index]
            var body = render(operationViews[index], "Operation")
            if let output = outputEnumView(operation) {
                body = render(output, "OutputEnum") + "\n" + body
            }
            return (names[operation: operation.id].file, body)
        }
        if config.requestCatalog {
            bodies.append(("RequestCatalog.swift", render(requestCatalogView(operationViews), "RequestCatalog")))
        }
        let imports = ["GeneratedClientRuntime", "Foundation"]
        guard config.fixedFiles else {
            return Dictionary(bodies.map { ($0.path, file($0.body, imports: imports)) }, uniquingKeysWith: { first, _ in first })
        }
        var grouped: [String: [String]] = ["Client.swift": [], "Types.swift": [], "Operations.swift": []]
        for (path, body) in bodies {
            let group = path.hasPrefix("Types/") ? "Types.swift" : path.hasPrefix("Operations/") ? "Operations.swift" : "Client.swift"
            grouped[group, default: []].append(body)
        }
        return grouped.mapValues { file($0.joined(separator: "\n\n"), imports: imports) }
    }

    /// `transform(0..<count)` on every core, in order.
    package static func concurrentMap<T>(_ count: Int, _ transform: @Sendable (Int) -> T) -> [T] {
        let results = UnsafeMutableBufferPointer<T?>.allocate(capacity: count)
        results.initialize(repeating: nil)
        defer { results.deallocate() }
        let slots = SendableSlots(results)
        DispatchQueue.concurrentPerform(iterations: count) { index in
            slots.buffer[index] = transform(index)
        }
        return results.map { $0! }
    }

    /// The example catalog the conformance tests iterate.
    package func exampleCatalogFile() -> String {
        let examples = model.examples.map { example in
            ExampleView(
                pointerLiteral: TypeSpelling.literal("#" + example.pointer),
                type: spelling.spell(example.type),
                jsonLiteral: rawLiteral(JSONText.compact(example.json))
            )
        }
        let view = ExampleCatalogView(clientModule: config.moduleName, examples: examples)
        return Self.normalise("// Generated from an OpenAPI document by the generator. Do not edit by hand.\n" + render(view, "ExampleCatalog"))
    }

    private func appendNested(of parent: DeclID, children: [DeclID: [TypeDecl]], into body: inout String) {
        // Extensions cannot nest, so every nested type gets its own top-level `extension Parent.Path`.
        for child in children[parent] ?? [] {
            body += "\n\n" + render(ExtensionView(parent: names[type: parent].qualified, body: Self.indent(declaration(child))), "Extension")
            appendNested(of: child.id, children: children, into: &body)
        }
    }

    private func file(_ body: String, imports: [String]) -> String {
        Self.normalise(render(FileView(imports: imports, body: body), "File"))
    }

    /// A view model as nested dictionaries and arrays, built with one reflection pass. The template
    /// engine looks names up in dictionaries directly; on structs it reflects again for every lookup,
    /// which was over half of the generator's time.
    package static func dictionary(_ value: Any) -> Any {
        // Most fields are text, flags and lists of text: no reflection needed (a profile of box's
        // generation spent a quarter of its time in this function).
        switch value {
        case let text as String: return text
        case let flag as Bool: return flag
        case let lines as [String]: return lines
        default: break
        }
        let mirror = Mirror(reflecting: value)
        switch mirror.displayStyle {
        case .struct?, .class?:
            var result: [String: Any] = [:]
            for child in mirror.children {
                guard let label = child.label else { continue }
                if let optional = child.value as? any OptionalValue {
                    if let wrapped = optional.wrappedValue { result[label] = dictionary(wrapped) }
                } else {
                    result[label] = dictionary(child.value)
                }
            }
            return result
        case .collection?:
            return mirror.children.map { dictionary($0.value) }
        default:
            return value
        }
    }

    /// The `@available(*, deprecated, message:)` reason of a deprecated declaration; nil otherwise.
    package static func deprecation(_ documentation: Documentation) -> DeprecationView? {
        documentation.deprecation.map { DeprecationView(messageLiteral: TypeSpelling.literal($0)) }
    }

    /// LF line ends, no trailing spaces or tabs, no runs of blank lines, exactly one newline at the end.
    /// Works on bytes: it runs over every generated file.
    package static func normalise(_ text: String) -> String {
        var output: [UInt8] = []
        output.reserveCapacity(text.utf8.count)
        var line: [UInt8] = []
        var blankPending = false
        func endLine() {
            while let last = line.last, last == UInt8(ascii: " ") || last == UInt8(ascii: "\t") || last == UInt8(ascii: "\r") { line.removeLast() }
            if line.isEmpty {
                blankPending = !output.isEmpty
            } else {
                if blankPending { output.append(UInt8(ascii: "\n")) }
                blankPending = false
                output += line
                output.append(UInt8(ascii: "\n"))
                line.removeAll(keepingCapacity: true)
            }
        }
        for byte in text.utf8 {
            if byte == UInt8(ascii: "\n") { endLine() } else { line.append(byte) }
        }
        endLine()
        return String(decoding: output, as: UTF8.self)
    }

    package static func indent(_ text: String) -> String {
        text.split(separator: "\n", omittingEmptySubsequences: false).map { $0.isEmpty ? "" : "    " + $0 }.joined(separator: "\n")
    }

    /// A raw string literal that needs no escaping.
    package func rawLiteral(_ text: String) -> String {
        var hashes = "#"
        while text.contains("\"" + hashes) { hashes += "#" }
        return hashes + "\"" + text + "\"" + hashes
    }
}

/// An `Optional` seen through `Any`, so a nil field can be left out without reflecting on it.
package protocol OptionalValue {
    var wrappedValue: Any? { get }
}

extension Optional: OptionalValue {
    package var wrappedValue: Any? { self.map { $0 as Any } }
}

/// Result slots written by `concurrentMap`: each index by exactly one iteration.
private struct SendableSlots<T>: @unchecked Sendable {
    let buffer: UnsafeMutableBufferPointer<T?>
    init(_ buffer: UnsafeMutableBufferPointer<T?>) { self.buffer = buffer }
}
