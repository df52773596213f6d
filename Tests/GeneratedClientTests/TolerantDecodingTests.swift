@_spi(Generated) import GeneratedClientRuntime
import Foundation
import XAI
import Testing

/// Every response example in the spec, mutated the ways real servers differ from their specs
/// (Tests/Python/response_mutants.py lists the mutants): each property removed in turn, each set to
/// null, each enum value and union tag replaced by an unseen one, an unknown property added at every
/// object level. Every mutant decodes in tolerant mode; strict mode fails exactly where a required
/// value was removed or nulled, naming that field, and tolerant mode reports a placeholder at the
/// same path and nowhere else.
@Suite struct TolerantDecodingTests {
    struct Mutant: Decodable, CustomStringConvertible {
        enum Key: Decodable {
            case name(String), index(Int)
            init(from decoder: any Decoder) throws {
                let container = try decoder.singleValueContainer()
                if let index = try? container.decode(Int.self) { self = .index(index) } else { self = .name(try container.decode(String.self)) }
            }
        }

        var pointer: String
        var kind: String
        var keys: [Key]
        var path: String
        var unionPath: String?
        var strictFails: Bool

        var description: String { "\(kind) \(path) in \(pointer)" }
    }

    static let mutants: Result<(list: [Mutant], summary: String), any Error> = Result {
        let output = try PythonTool.run("response_mutants.py", ["--spec", TestPaths.mergedSpec])
        guard output.status == 0 else { throw TestFailure("response_mutants.py failed:\n\(output.text)") }
        var list: [Mutant] = []
        var summary = ""
        for line in output.text.split(separator: "\n") {
            if line.hasPrefix("{") {
                list.append(try JSONCoding.decode(Mutant.self, from: Data(line.utf8), mode: .strict))
            } else if line.hasPrefix("mutants:") {
                summary = String(line)
            }
        }
        return (list, summary)
    }

    @Test func everyMutantOfEveryResponseExampleDecodes() throws {
        let (mutants, summary) = try Self.mutants.get()
        print("TolerantDecodingTests: \(summary) over \(Set(mutants.map(\.pointer)).count) response examples")
        // Each kind must occur, or the generator of mutants has stopped seeing the examples. No xAI
        // response example holds a value of a many-valued enum, so `enum` mutants have their own test below.
        #expect(Set(mutants.map(\.kind)) == ["remove", "null", "tag", "extra"])
        var failures: [String] = []
        for mutant in mutants {
            if let failure = try check(mutant) { failures.append("\(mutant): \(failure)") }
        }
        let report = failures.prefix(20).joined(separator: "\n")
        #expect(failures.isEmpty, "\(failures.count) of \(mutants.count) mutants misbehave:\n\(report)")
    }

    @Test(arguments: [DecodingMode.tolerant, .strict])
    func unseenEnumValuesDecodeAsUnknown(_ mode: DecodingMode) throws {
        let json = #"{"status": "failed", "error": {"code": "x-unseen-value", "message": "no"}}"#
        let video = try JSONCoding.decode(VideoResponse.self, from: Data(json.utf8), mode: mode)
        #expect(video.error?.code == .unknown("x-unseen-value"))
        #expect(video.error?.code.rawValue == "x-unseen-value")
    }

    private func check(_ mutant: Mutant) throws -> String? {
        guard let example = exampleCatalog.first(where: { $0.pointer == mutant.pointer }) else { return "no such example" }
        var value = try JSONCoding.decode(JSONValue.self, from: Data(example.json.utf8))
        Self.apply(mutant, to: &value, at: mutant.keys[...])
        let data = try JSONCoding.encode(value)

        let issues: [DecodingIssue]
        do {
            issues = try example.decodeReporting(data, .tolerant)
        } catch {
            return "tolerant decoding threw \(error)"
        }
        let strictFailure: String?
        do {
            _ = try example.decodeReporting(data, .strict)
            strictFailure = nil
        } catch APIClientError.decoding(let failure) {
            strictFailure = failure.path
        }
        let reported = issues.map(\.path)
        if let union = mutant.unionPath {
            // Dispatch may fall back to `.unknown` at the union, or fail inside the variant.
            let allowed: Set<String> = [mutant.path, union]
            if let strictFailure, !allowed.contains(strictFailure) { return "strict failed at \(strictFailure)" }
            if !Set(reported).isSubset(of: allowed) { return "tolerant reported \(reported)" }
            return nil
        }
        if mutant.strictFails {
            if strictFailure != mutant.path { return "strict failed at \(strictFailure ?? "nothing")" }
            let kind: DecodingIssue.Kind = mutant.kind == "null" ? .null : .missing
            if issues.map(\.path) != [mutant.path] || issues.first?.kind != kind { return "tolerant reported \(issues)" }
        } else {
            if let strictFailure { return "strict failed at \(strictFailure)" }
            if !issues.isEmpty { return "tolerant reported \(issues)" }
        }
        return nil
    }

    static func apply(_ mutant: Mutant, to value: inout JSONValue, at keys: ArraySlice<Mutant.Key>) {
        guard let first = keys.first else {
            switch mutant.kind {
            case "extra":
                if case .object(var members) = value {
                    members["x_unseen_property"] = ["nested": [1, "two", nil]]
                    value = .object(members)
                }
            case "enum", "tag": value = "x-unseen-value"
            default: break
            }
            return
        }
        switch (first, value) {
        case (.name(let name), .object(var members)):
            if keys.count == 1, mutant.kind == "remove" {
                members.removeValue(forKey: name)
            } else if keys.count == 1, mutant.kind == "null" {
                members[name] = .null
            } else if var member = members[name] {
                apply(mutant, to: &member, at: keys.dropFirst())
                members[name] = member
            }
            value = .object(members)
        case (.index(let index), .array(var elements)) where elements.indices.contains(index):
            apply(mutant, to: &elements[index], at: keys.dropFirst())
            value = .array(elements)
        default:
            break
        }
    }
}
