@_spi(Generated) import GeneratedClientRuntime
import Foundation

extension EventStream where Event == ResponseStreamEvent {
    /// Reads the whole `/v1/responses` stream and returns the final `ModelResponse`.
    ///
    /// The output is assembled from the events as they arrive: items from
    /// `response.output_item.added`, text from `response.output_text.delta`, reasoning summaries
    /// from `response.reasoning_summary_text.delta`, citations from
    /// `response.output_text.annotation.added`, function-call arguments and custom tool input from
    /// their deltas, and each item replaced by its `response.output_item.done`. The last
    /// `response.completed` (or `failed`, `incomplete`) gives everything else; its own `output`
    /// wins when it carries one. An `error` event throws `APIClientError.stream`, as the stream does.
    public func accumulated() async throws -> ModelResponse {
        var assembly = ResponseAssembly()
        for try await event in self { assembly.apply(event) }
        guard var final = assembly.response else {
            throw ResponseStreamWithoutResponse()
        }
        if final.output.isEmpty { final.output = assembly.items }
        return final
    }
}

/// A `/v1/responses` stream that ended without any event carrying the response.
public struct ResponseStreamWithoutResponse: Error, Sendable {}

/// The output of a streamed response, put together event by event.
struct ResponseAssembly {
    var response: ModelResponse?
    var items: [ModelOutput] = []

    mutating func apply(_ event: ResponseStreamEvent) {
        switch event {
        case .responseCreated(let e): if let r = e.response { response = r }
        case .responseInProgress(let e): if let r = e.response { response = r }
        case .responseCompleted(let e): if let r = e.response { response = r }
        case .responseFailed(let e): if let r = e.response { response = r }
        case .responseIncomplete(let e): if let r = e.response { response = r }
        case .responseOutputItemAdded(let e): if let item = e.item { set(item, at: e.outputIndex) }
        case .responseOutputItemDone(let e): if let item = e.item { set(item, at: e.outputIndex) }
        case .responseContentPartAdded(let e):
            if let part = e.part { editMessage(e.outputIndex) { $0.content.insertOrAppend(part, at: e.contentIndex) } }
        case .responseOutputTextDelta(let e):
            editText(e.outputIndex, e.contentIndex) { $0.text += e.delta ?? "" }
        case .responseOutputTextDone(let e):
            if let text = e.text { editText(e.outputIndex, e.contentIndex) { $0.text = text } }
        case .responseOutputTextAnnotationAdded(let e):
            if let annotation = e.annotation { editText(e.outputIndex, e.contentIndex) { $0.annotations = ($0.annotations ?? []) + [annotation] } }
        case .responseReasoningSummaryPartAdded(let e):
            editReasoning(e.outputIndex) { reasoning in
                let part = SummaryText(text: e.part?.text ?? "", type: e.part?.type ?? "summary_text")
                reasoning.summary.insertOrAppend(part, at: e.summaryIndex)
            }
        case .responseReasoningSummaryTextDelta(let e):
            editSummary(e.outputIndex, e.summaryIndex) { $0.text += e.delta ?? "" }
        case .responseReasoningSummaryTextDone(let e):
            if let text = e.text { editSummary(e.outputIndex, e.summaryIndex) { $0.text = text } }
        case .responseFunctionCallArgumentsDelta(let e):
            edit(e.outputIndex) { if case .functionToolCall(var call) = $0 { call.arguments += e.delta ?? ""; $0 = .functionToolCall(call) } }
        case .responseFunctionCallArgumentsDone(let e):
            edit(e.outputIndex) { if case .functionToolCall(var call) = $0, let arguments = e.arguments { call.arguments = arguments; $0 = .functionToolCall(call) } }
        case .responseCustomToolCallInputDelta(let e):
            edit(e.outputIndex) { if case .customToolCall(var call) = $0 { call.input = (call.input ?? "") + (e.delta ?? ""); $0 = .customToolCall(call) } }
        case .responseCustomToolCallInputDone(let e):
            edit(e.outputIndex) { if case .customToolCall(var call) = $0, let input = e.input { call.input = input; $0 = .customToolCall(call) } }
        case .responseContentPartDone, .responseReasoningSummaryPartDone, .responseWebSearchCallInProgress,
             .responseWebSearchCallSearching, .responseWebSearchCallCompleted, .error, .unknown:
            break
        }
    }

    private mutating func set(_ item: ModelOutput, at index: Int32?) {
        let i = index.map(Int.init) ?? items.count
        while items.count <= i { items.append(.unknown(.null)) }
        items[i] = item
    }

    private mutating func edit(_ index: Int32?, _ change: (inout ModelOutput) -> Void) {
        guard let i = index.map(Int.init), items.indices.contains(i) else { return }
        change(&items[i])
    }

    private mutating func editMessage(_ index: Int32?, _ change: (inout OutputMessage) -> Void) {
        edit(index) { if case .message(var message) = $0 { change(&message); $0 = .message(message) } }
    }

    private mutating func editText(_ index: Int32?, _ part: Int32?, _ change: (inout OutputMessageContent.OutputText) -> Void) {
        editMessage(index) { message in
            let p = part.map(Int.init) ?? max(message.content.count - 1, 0)
            if !message.content.indices.contains(p) { message.content.insertOrAppend(.outputText(.init(text: "")), at: Int32(p)) }
            if case .outputText(var text) = message.content[p] { change(&text); message.content[p] = .outputText(text) }
        }
    }

    private mutating func editReasoning(_ index: Int32?, _ change: (inout Reasoning) -> Void) {
        edit(index) { if case .reasoning(var reasoning) = $0 { change(&reasoning); $0 = .reasoning(reasoning) } }
    }

    private mutating func editSummary(_ index: Int32?, _ part: Int32?, _ change: (inout SummaryText) -> Void) {
        editReasoning(index) { reasoning in
            let p = part.map(Int.init) ?? max(reasoning.summary.count - 1, 0)
            if !reasoning.summary.indices.contains(p) { reasoning.summary.insertOrAppend(SummaryText(text: "", type: "summary_text"), at: Int32(p)) }
            change(&reasoning.summary[p])
        }
    }
}

extension Array {
    /// Puts `element` at `index` (replacing what is there), or appends it when the index is past the end.
    mutating func insertOrAppend(_ element: Element, at index: Int32?) {
        if let i = index.map(Int.init), indices.contains(i) { self[i] = element } else { append(element) }
    }
}
