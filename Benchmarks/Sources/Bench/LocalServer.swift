import Foundation
import NIOCore
import NIOHTTP1
import NIOPosix

/// A minimal HTTP server (`Bench --serve`, run as its own process so its buffers do not count in the
/// client's memory): JSON answers from fixed bytes, a 100 MB chat stream when the body asks for one,
/// file uploads (`POST /v1/files`) read at `uploadBytesPerSecond` and thrown away as they arrive, and
/// a 1 GB file download (`GET /v1/files/{id}/content`) written as fast as the client reads it.
enum LocalServer {
    static func serve(payloads: Payloads, models: Data) throws -> Never {
        let group = MultiThreadedEventLoopGroup(numberOfThreads: 1)
        let channel = try ServerBootstrap(group: group)
            .serverChannelOption(.backlog, value: 512)
            .serverChannelOption(.socketOption(.so_reuseaddr), value: 1)
            .childChannelInitializer { channel in
                let throttle = ReadThrottle()
                return channel.pipeline.addHandler(throttle).flatMap {
                    channel.pipeline.configureHTTPServerPipeline()
                }.flatMap {
                    channel.pipeline.addHandler(Handler(chat: payloads.chatResponse, models: models, chunk: payloads.streamChunk, readThrottle: throttle))
                }
            }
            .bind(host: "127.0.0.1", port: 0).wait()
        FileHandle.standardOutput.write(Data("LISTENING \(channel.localAddress?.port ?? 0)\n".utf8))
        // Exit when the benchmark that started this server goes away.
        while readLine() != nil {}
        exit(0)
    }

    final class Handler: ChannelInboundHandler, @unchecked Sendable {
        typealias InboundIn = HTTPServerRequestPart
        typealias OutboundOut = HTTPServerResponsePart
        let chat: Data
        let models: Data
        let event: ByteBuffer
        var head: HTTPRequestHead?
        var body = ByteBuffer()
        /// Upload bytes received; an upload's body is counted, never kept.
        var uploaded = 0
        var uploadStarted: NIODeadline?
        /// Throttle for uploads, so the client meets a server slower than its disk.
        static let uploadBytesPerSecond = 200 * 1_048_576
        /// Bytes of events in a streamed answer.
        static let streamBytes = 100 * 1_048_576
        /// Bytes of a downloaded file, and one write of it (a buffer shared by every write).
        static let downloadBytes = 1 << 30
        static let downloadBlock = ByteBuffer(repeating: 0x2A, count: 1 << 20)

        let readThrottle: ReadThrottle

        init(chat: Data, models: Data, chunk: Data, readThrottle: ReadThrottle) {
            self.readThrottle = readThrottle
            self.chat = chat
            self.models = models
            var batch = ByteBuffer()
            let line = Array("data: ".utf8) + Array(chunk) + Array("\n\n".utf8)
            for _ in 0..<max(1, 65_536 / line.count) { batch.writeBytes(line) }
            self.event = batch
        }

        func channelRead(context: ChannelHandlerContext, data: NIOAny) {
            switch unwrapInboundIn(data) {
            case .head(let requestHead):
                head = requestHead
                body.clear()
            case .body(var part):
                guard head?.uri.hasPrefix("/v1/files") == true else {
                    body.writeBuffer(&part)
                    return
                }
                uploaded += part.readableBytes
                throttle()
            case .end:
                respond(context)
            }
        }

        /// Holds reads back until the bytes received so far are due at the upload rate; TCP then holds
        /// the client back. Computed from the upload's start, so the average rate holds however the
        /// reads are batched.
        private func throttle() {
            let start = uploadStarted ?? .now()
            uploadStarted = start
            readThrottle.resumeAt = start + .nanoseconds(Int64(uploaded) * 1_000_000_000 / Int64(Self.uploadBytesPerSecond))
        }

        private func respond(_ context: ChannelHandlerContext) {
            let text = body.getString(at: body.readerIndex, length: body.readableBytes) ?? ""
            var headers = HTTPHeaders()
            headers.add(name: "x-request-id", value: "bench")
            if text.contains("\"stream\":true") {
                headers.add(name: "content-type", value: "text/event-stream")
                context.write(wrapOutboundOut(.head(HTTPResponseHead(version: .http1_1, status: .ok, headers: headers))), promise: nil)
                send(context, remaining: Self.streamBytes, block: event, done: ByteBuffer(string: "data: [DONE]\n\n"))
                return
            }
            let uri = head?.uri ?? ""
            if uri.hasPrefix("/v1/files/"), uri.contains("/content") {
                headers.add(name: "content-type", value: "application/octet-stream")
                headers.add(name: "content-length", value: String(Self.downloadBytes))
                context.write(wrapOutboundOut(.head(HTTPResponseHead(version: .http1_1, status: .ok, headers: headers))), promise: nil)
                send(context, remaining: Self.downloadBytes, block: Self.downloadBlock, done: nil)
                return
            }
            let file = #"{"id":"file_bench","object":"file","bytes":\#(uploaded),"created_at":0,"filename":"upload.bin"}"#
            let bytes = uri.hasPrefix("/v1/models") ? models : uri.hasPrefix("/v1/files") ? Data(file.utf8) : chat
            uploaded = 0
            uploadStarted = nil
            headers.add(name: "content-type", value: "application/json")
            headers.add(name: "content-length", value: String(bytes.count))
            context.write(wrapOutboundOut(.head(HTTPResponseHead(version: .http1_1, status: .ok, headers: headers))), promise: nil)
            context.write(wrapOutboundOut(.body(.byteBuffer(ByteBuffer(bytes: bytes)))), promise: nil)
            context.writeAndFlush(wrapOutboundOut(.end(nil)), promise: nil)
        }

        /// Writes whole blocks until `remaining` bytes are sent (the download's size is a multiple of its
        /// block; a stream's last batch may overshoot), then `done`, waiting for each flush so memory
        /// stays flat and the client's reading sets the pace.
        private func send(_ context: ChannelHandlerContext, remaining: Int, block: ByteBuffer, done: ByteBuffer?) {
            guard remaining > 0 else {
                if let done { context.write(wrapOutboundOut(.body(.byteBuffer(done))), promise: nil) }
                context.writeAndFlush(wrapOutboundOut(.end(nil)), promise: nil)
                return
            }
            let loopBound = NIOLoopBound((self, context), eventLoop: context.eventLoop)
            context.writeAndFlush(wrapOutboundOut(.body(.byteBuffer(block)))).whenSuccess {
                let (handler, context) = loopBound.value
                handler.send(context, remaining: remaining - block.readableBytes, block: block, done: done)
            }
        }
    }
}

/// Delays the channel's reads until `resumeAt`: how the server reads an upload slowly.
final class ReadThrottle: ChannelOutboundHandler, @unchecked Sendable {
    typealias OutboundIn = Any
    var resumeAt = NIODeadline.uptimeNanoseconds(0)

    func read(context: ChannelHandlerContext) {
        guard resumeAt > .now() else {
            context.read()
            return
        }
        let bound = NIOLoopBound(context, eventLoop: context.eventLoop)
        context.eventLoop.scheduleTask(deadline: resumeAt) { bound.value.read() }
    }
}
