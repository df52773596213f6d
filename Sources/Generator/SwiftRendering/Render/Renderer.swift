import ClientPlan
import Foundation
import Mustache
import OpenAPIReading

/// The templates in `Templates/`, one list: each is a `.mustache` file of this name.
package enum Template: String, CaseIterable, Sendable {
    case file = "File", structure = "Struct", stringEnum = "StringEnum", union = "Union", typeAlias = "TypeAlias", tuple = "Tuple"
    case `extension` = "Extension", client = "Client", operation = "Operation", outputEnum = "OutputEnum"
    case exampleCatalog = "ExampleCatalog", requestCatalog = "RequestCatalog", testKit = "TestKit"
    /// Partials of `Operation`.
    case parameters = "Parameters", arguments = "Arguments", requestStep = "RequestStep", body = "Body"
    /// Partial of `Union`.
    case decodeVariant = "DecodeVariant"
}

/// Writes a plan out as Swift source files with the templates; the only stage that touches the
/// template engine. It decides nothing: every name, type and literal comes from the plan.
package struct Renderer: Sendable {
    package let templates: MustacheLibrary

    /// Reads the templates from `templatesDirectory`, or uses the ones compiled into the generator.
    package init(templatesDirectory: String?) throws(Diagnostic) {
        var library = MustacheLibrary()
        let fileNames = Template.allCases.map { $0.rawValue + ".mustache" }
        for template in Template.allCases {
            let name = template.rawValue
            let path = templatesDirectory.map { $0 + "/" + name + ".mustache" } ?? "(built in) " + name
            let text: String
            if let templatesDirectory {
                guard let contents = try? String(contentsOfFile: templatesDirectory + "/" + name + ".mustache", encoding: .utf8) else {
                    throw .error("missing template '\(path)'; a templates folder needs all of: \(fileNames.joined(separator: ", "))")
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

    package func render(_ view: Any, _ template: Template) -> String {
        guard var text = templates.render(Self.dictionary(view), withTemplate: template.rawValue) else {
            preconditionFailure("template '\(template.rawValue)' was registered at init")
        }
        while text.hasSuffix("\n") { text.removeLast() }
        return text
    }

    /// Relative path → contents for the client module: the plan's files, or with `fixedFiles` always
    /// the same three (`Client.swift`, `Types.swift`, `Operations.swift`), which a SwiftPM build
    /// plugin must name before it runs. Each file renders on its own, on every core.
    package func files(_ plan: GenerationPlan) -> [String: String] {
        let bodies = concurrentMap(plan.files.count) { index in
            plan.files[index].declarations.map(render).joined(separator: "\n\n")
        }
        guard plan.fixedFiles else {
            return Dictionary(zip(plan.files, bodies).map { ($0.path, file($1, imports: plan.imports)) }, uniquingKeysWith: { first, _ in first })
        }
        var grouped = Dictionary(uniqueKeysWithValues: PlannedFile.Group.allCases.map { ($0.rawValue, [String]()) })
        for (planned, body) in zip(plan.files, bodies) {
            grouped[planned.group.rawValue, default: []].append(body)
        }
        return grouped.mapValues { file($0.joined(separator: "\n\n"), imports: plan.imports) }
    }

    /// The example catalog the conformance tests iterate.
    package func exampleCatalog(_ view: ExampleCatalogView) -> String {
        Self.normalise("// Generated from an OpenAPI document by the generator. Do not edit by hand.\n" + render(view, .exampleCatalog))
    }

    /// The test kit's folder: one file, the client's `Mock`.
    package func testKitFiles(_ view: TestKitView) -> [String: String] {
        [view.fileName: Self.normalise(render(view, .testKit))]
    }

    private func render(_ declaration: PlannedDeclaration) -> String {
        switch declaration {
        case .structure(let view): render(view, .structure)
        case .stringEnum(let view): render(view, .stringEnum)
        case .union(let view): render(view, .union)
        case .alias(let view): render(view, .typeAlias)
        case .tuple(let view): render(view, .tuple)
        case .client(let view): render(view, .client)
        case .operation(let view, let outputs):
            (outputs.map { render($0, .outputEnum) + "\n" } ?? "") + render(view, .operation)
        case .requestCatalog(let view): render(view, .requestCatalog)
        case .nested(let parent, let declaration):
            render(ExtensionView(parent: parent, body: Self.indent(render(declaration))), .extension)
        }
    }

    private func file(_ body: String, imports: [String]) -> String {
        Self.normalise(render(FileView(imports: imports, body: body), .file))
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
}

/// An `Optional` seen through `Any`, so a nil field can be left out without reflecting on it.
package protocol OptionalValue {
    var wrappedValue: Any? { get }
}

extension Optional: OptionalValue {
    package var wrappedValue: Any? { self.map { $0 as Any } }
}
