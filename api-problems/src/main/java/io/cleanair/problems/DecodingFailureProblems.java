package io.cleanair.problems;

import io.netty.buffer.Unpooled;
import io.netty.channel.ChannelFutureListener;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;
import io.netty.handler.codec.http.DefaultFullHttpResponse;
import io.netty.handler.codec.http.FullHttpResponse;
import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.handler.codec.http.HttpHeaderValues;
import io.netty.handler.codec.http.HttpObject;
import io.netty.handler.codec.http.HttpResponseStatus;
import io.netty.handler.codec.http.HttpVersion;
import io.netty.handler.codec.http.TooLongHttpHeaderException;
import io.netty.handler.codec.http.TooLongHttpLineException;
import io.netty.util.ReferenceCountUtil;
import org.springframework.http.MediaType;

/**
 * Answers a request the HTTP/1.1 decoder could not read (a request line longer than
 * {@code maxInitialLineLength}: 414; headers larger than
 * {@code server.max-http-request-header-size}: 431; anything else: 400) with a problem
 * body, where Reactor Netty answers with an empty one, and closes the connection as it
 * does. Sits in the pipeline just before Reactor Netty's own HTTP handler.
 */
final class DecodingFailureProblems extends ChannelInboundHandlerAdapter {

	static final String NAME = "aq.decodingFailureProblems";

	private boolean failed;

	@Override
	public void channelRead(ChannelHandlerContext ctx, Object msg) {
		if (failed) {
			ReferenceCountUtil.release(msg);
			return;
		}
		if (msg instanceof HttpObject http && http.decoderResult().isFailure()) {
			failed = true;
			Throwable cause = http.decoderResult().cause();
			ReferenceCountUtil.release(msg);
			ctx.writeAndFlush(answer(typeOf(cause))).addListener(ChannelFutureListener.CLOSE);
			return;
		}
		ctx.fireChannelRead(msg);
	}

	static ProblemType typeOf(Throwable cause) {
		if (cause instanceof TooLongHttpLineException) {
			return ProblemType.URI_TOO_LONG;
		}
		if (cause instanceof TooLongHttpHeaderException) {
			return ProblemType.HEADERS_TOO_LARGE;
		}
		return ProblemType.REQUEST_REJECTED;
	}

	private static FullHttpResponse answer(ProblemType type) {
		String detail = switch (type) {
			case URI_TOO_LONG -> "The request line is longer than this server reads; shorten the URI.";
			case HEADERS_TOO_LARGE -> "The request headers are larger than this server reads.";
			default -> "The request could not be read as HTTP/1.1.";
		};
		byte[] body = ProblemJson.of(type, detail, null);
		FullHttpResponse response = new DefaultFullHttpResponse(HttpVersion.HTTP_1_1,
				HttpResponseStatus.valueOf(type.status().value()), Unpooled.wrappedBuffer(body));
		response.headers()
			.set(HttpHeaderNames.CONTENT_TYPE, MediaType.APPLICATION_PROBLEM_JSON_VALUE)
			.setInt(HttpHeaderNames.CONTENT_LENGTH, body.length)
			.set(HttpHeaderNames.CONNECTION, HttpHeaderValues.CLOSE);
		return response;
	}

}
