import Foundation

/// Reads a document split over files into one. Every `$ref` that names another file (a relative
/// path, with or without a fragment: `schemas/pet.yaml`, `other.yaml#/components/schemas/Pet`) is
/// followed, each file read once and nested to any depth:
/// - a schema becomes a component of the root, named after its fragment's last token or else its
///   file (`pet.yaml` gives `Pet`; a clash gets `Pet2`), so it is declared once however many places
///   use it, and cycles across files close like local ones;
/// - anything else (a path item, an operation, a parameter, a response, ...) takes the place of its
///   `$ref`, its own references followed from its file.
///
/// Nodes keep the file and line they were read from, so diagnostics name them. A `$ref` to a URL is
/// an error: nothing is fetched at generation time.
package final class DocumentBundler {
    /// What came from other files, for the summary line.
    package struct Report: Sendable, Equatable {
        package var files = 0
        package var schemas = 0
        package var operations = 0

        package init(files: Int = 0, schemas: Int = 0, operations: Int = 0) {
            self.files = files
            self.schemas = schemas
            self.operations = operations
        }
    }

    private struct Target: Hashable {
        var file: String
        /// A JSON pointer without `#`; empty for the whole file.
        var pointer: String
    }

    private let diagnostics: Diagnostics
    private let rootFile: String
    private var files: [String: Node] = [:]
    private var hoisted: [Target: String] = [:]
    private var componentNames: Set<String> = []
    private var newComponents: [Node.Member] = []
    private var inlining: [Target] = []
    private(set) var report = Report()

    private init(rootFile: String, diagnostics: Diagnostics) {
        self.rootFile = rootFile
        self.diagnostics = diagnostics
    }

    /// The document at `path` with every other file it refers to brought in; a document without
    /// such references comes back exactly as read.
    package static func load(path: String, diagnostics: Diagnostics) throws(Diagnostic) -> (document: Node, report: Report) {
        let root = try DocumentLoader.load(path: path, diagnostics: diagnostics)
        guard refersToOtherFiles(root) else { return (root, Report()) }
        let bundler = DocumentBundler(rootFile: URL(fileURLWithPath: path).standardizedFileURL.path, diagnostics: diagnostics)
        bundler.files[bundler.rootFile] = root
        bundler.componentNames = Set(root["components"]?["schemas"]?.members?.map(\.key) ?? [])
        // A component that is only a `$ref` to another file names that schema wherever it is used.
        for member in root["components"]?["schemas"]?.members ?? [] {
            if let ref = member.value["$ref"]?.string, !ref.hasPrefix("#"), !ref.contains("://") {
                bundler.hoisted[bundler.target(of: ref, from: bundler.rootFile)] = member.key
            }
        }
        var document = try bundler.rewrite(root, file: bundler.rootFile, path: [])
        if !bundler.newComponents.isEmpty {
            var components = document["components"] ?? Node(.object([]), origin: root.origin)
            var schemas = components["schemas"] ?? Node(.object([]), origin: root.origin)
            for member in bundler.newComponents { schemas.set(member.key, member.value) }
            components.set("schemas", schemas)
            document.set("components", components)
        }
        bundler.report.files = bundler.files.count - 1
        return (document, bundler.report)
    }

    /// The files a document refers to, the root first, each once: what a build plugin must watch.
    package static func files(of path: String, diagnostics: Diagnostics) throws(Diagnostic) -> [String] {
        let root = try DocumentLoader.load(path: path, diagnostics: diagnostics)
        let rootFile = URL(fileURLWithPath: path).standardizedFileURL.path
        guard refersToOtherFiles(root) else { return [rootFile] }
        let bundler = DocumentBundler(rootFile: rootFile, diagnostics: diagnostics)
        bundler.files[rootFile] = root
        _ = try bundler.rewrite(root, file: rootFile, path: [])
        return [rootFile] + bundler.files.keys.filter { $0 != rootFile }.sorted()
    }

    private static func refersToOtherFiles(_ node: Node) -> Bool {
        switch node.value {
        case .object(let members):
            return members.contains { member in
                guard !isOpaque(member.key) else { return false }
                return (member.key == "$ref" && member.value.string.map { !$0.hasPrefix("#") } == true) || refersToOtherFiles(member.value)
            }
        case .array(let elements):
            return elements.contains(where: refersToOtherFiles)
        default:
            return false
        }
    }

    // MARK: Rewriting

    /// `node` as read from `file`, at `path` in the bundled document, with its references resolved.
    private func rewrite(_ node: Node, file: String, path: [String]) throws(Diagnostic) -> Node {
        switch node.value {
        case .object(let members):
            if let ref = node["$ref"]?.string, file != rootFile || !ref.hasPrefix("#") {
                return try follow(ref, from: node, file: file, path: path)
            }
            var result = node
            var rewritten: [Node.Member] = []
            for member in members {
                rewritten.append(Node.Member(key: member.key, value: Self.isOpaque(member.key) ? member.value : try rewrite(member.value, file: file, path: path + [member.key])))
            }
            result.value = .object(rewritten)
            return result
        case .array(let elements):
            var result = node
            var rewritten: [Node] = []
            for (offset, element) in elements.enumerated() {
                rewritten.append(try rewrite(element, file: file, path: path + [String(offset)]))
            }
            result.value = .array(rewritten)
            return result
        default:
            return node
        }
    }

    private func follow(_ ref: String, from node: Node, file: String, path: [String]) throws(Diagnostic) -> Node {
        let pointer = "/" + path.map(JSONPointer.escape).joined(separator: "/")
        if ref.contains("://") {
            throw .error("$ref '\(ref)' is a URL; nothing is fetched at generation time: download it and refer to the file", at: node.origin, pointer: pointer + "/$ref")
        }
        let target = target(of: ref, from: file)
        let siblings = (node.members ?? []).filter { $0.key != "$ref" }
        if target.file == rootFile {
            // Back into the root: a local reference there.
            var local = node
            local.set("$ref", Node(.string("#" + target.pointer), origin: node.origin))
            return local
        }
        if Self.isSchema(path) {
            if path.count == 3, path[0] == "components", path[1] == "schemas", hoisted[target] == path[2] {
                // The root names this schema here: its content takes the `$ref`'s place.
                report.schemas += 1
                var content = try rewrite(try read(target, ref: ref, from: node, pointer: pointer), file: target.file, path: path)
                for sibling in siblings { content.set(sibling.key, sibling.value) }
                return content
            }
            let name: String
            if let known = hoisted[target] {
                name = known
            } else {
                let assigned = uniqueName(for: target)
                hoisted[target] = assigned
                name = assigned
                let content = try read(target, ref: ref, from: node, pointer: pointer)
                // Components in the order they are first used: the slot is taken before the content,
                // which may bring in others, is read.
                let slot = newComponents.count
                newComponents.append(Node.Member(key: assigned, value: content))
                newComponents[slot].value = try rewrite(content, file: target.file, path: ["components", "schemas", assigned])
                report.schemas += 1
            }
            return Node(.object([Node.Member(key: "$ref", value: Node(.string("#/components/schemas/" + JSONPointer.escape(name)), origin: node.origin))] + siblings), origin: node.origin)
        }
        guard !inlining.contains(target) else {
            throw .error("$ref '\(ref)' leads back to itself through other files", at: node.origin, pointer: pointer + "/$ref")
        }
        inlining.append(target)
        defer { inlining.removeLast() }
        let found = try read(target, ref: ref, from: node, pointer: pointer)
        if Self.isOperation(path) {
            diagnostics.emit(.warning("an operation given as a $ref is not standard OpenAPI; it is read from '\(ref)'", at: node.origin, pointer: pointer + "/$ref"))
            report.operations += 1
        } else if path.count == 2, path[0] == "paths" {
            report.operations += DocumentReader.methods.filter { found[$0] != nil }.count
        }
        var content = try rewrite(found, file: target.file, path: path)
        // Keys written beside the `$ref` (a summary, a description) say more about this use.
        for sibling in siblings { content.set(sibling.key, sibling.value) }
        return content
    }

    /// What `ref`, written in `file`, names: a file (relative to `file`'s folder) and a pointer in it.
    private func target(of ref: String, from file: String) -> Target {
        let parts = ref.split(separator: "#", maxSplits: 1, omittingEmptySubsequences: false)
        let filePart = String(parts[0])
        let targetFile = filePart.isEmpty ? file
            : URL(fileURLWithPath: filePart.removingPercentEncoding ?? filePart, relativeTo: URL(fileURLWithPath: file).deletingLastPathComponent()).standardizedFileURL.path
        return Target(file: targetFile, pointer: parts.count > 1 ? String(parts[1]) : "")
    }

    /// The node a target names, reading its file the first time.
    private func read(_ target: Target, ref: String, from node: Node, pointer: String) throws(Diagnostic) -> Node {
        let root: Node
        if let known = files[target.file] {
            root = known
        } else {
            guard FileManager.default.fileExists(atPath: target.file) else {
                throw .error("$ref '\(ref)' names '\(target.file)', which does not exist", at: node.origin, pointer: pointer + "/$ref")
            }
            root = try DocumentLoader.load(path: target.file, diagnostics: diagnostics)
            files[target.file] = root
        }
        guard let found = DocumentReader.resolveLocal("#" + target.pointer, in: root) else {
            throw .error("$ref '\(target.file)#\(target.pointer)' points at nothing in that file", at: node.origin, pointer: pointer + "/$ref")
        }
        return found
    }

    /// The fragment's last token, else the file's name without its extension, made unique among
    /// the root's component schemas.
    private func uniqueName(for target: Target) -> String {
        let last = target.pointer.split(separator: "/").last.map { JSONPointer.unescape(String($0)) }
        var base = last ?? URL(fileURLWithPath: target.file).deletingPathExtension().lastPathComponent
        if base.isEmpty { base = "Schema" }
        var candidate = base
        var counter = 2
        while componentNames.contains(candidate) {
            candidate = base + String(counter)
            counter += 1
        }
        componentNames.insert(candidate)
        return candidate
    }

    /// Values OpenAPI does not read as objects of its own: extensions (`x-…`, whose `$ref`s may name
    /// files the document does not ship) and literal examples.
    private static func isOpaque(_ key: String) -> Bool {
        key.hasPrefix("x-") || key == "example"
    }

    /// Whether the value at `path` is a schema: under a `schema` or `schemas` key (a schema's own
    /// keywords all nest below one of those).
    private static func isSchema(_ path: [String]) -> Bool {
        path.contains("schema") || path.contains("schemas") || path.contains("definitions")
    }

    /// `paths./x.get`: an operation.
    private static func isOperation(_ path: [String]) -> Bool {
        path.count == 3 && path[0] == "paths" && DocumentReader.methods.contains(path[2])
    }
}
