package io.cleanair.analytics.web;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.reactivestreams.Publisher;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.ResolvableType;
import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.http.MediaType;
import org.springframework.http.ReactiveHttpOutputMessage;
import org.springframework.http.codec.HttpMessageWriter;
import org.springframework.http.codec.ServerCodecConfigurer;
import org.springframework.web.reactive.config.WebFluxConfigurer;
import reactor.core.publisher.Mono;

/**
 * Writes {@link CsvTable} responses as RFC 4180 CSV when the client asks for
 * {@code text/csv}.
 */
@Configuration(proxyBeanMethods = false)
class CsvWriter implements WebFluxConfigurer, HttpMessageWriter<CsvTable> {

	static final MediaType TEXT_CSV = new MediaType("text", "csv", StandardCharsets.UTF_8);

	@Override
	public void configureHttpMessageCodecs(ServerCodecConfigurer configurer) {
		configurer.customCodecs().register(this);
	}

	@Override
	public List<MediaType> getWritableMediaTypes() {
		return List.of(TEXT_CSV);
	}

	@Override
	public boolean canWrite(ResolvableType type, MediaType mediaType) {
		return CsvTable.class.isAssignableFrom(type.toClass())
				&& (mediaType == null || TEXT_CSV.isCompatibleWith(mediaType));
	}

	@Override
	public Mono<Void> write(Publisher<? extends CsvTable> input, ResolvableType elementType, MediaType mediaType,
			ReactiveHttpOutputMessage message, Map<String, Object> hints) {
		return Mono.from(input).flatMap(table -> {
			message.getHeaders().setContentType(TEXT_CSV);
			byte[] bytes = csv(table).getBytes(StandardCharsets.UTF_8);
			DataBuffer buffer = message.bufferFactory().wrap(bytes);
			return message.writeWith(Mono.just(buffer));
		});
	}

	static String csv(CsvTable table) {
		StringBuilder out = new StringBuilder();
		line(out, List.copyOf(table.csvHeader()));
		table.csvRows().forEach(row -> line(out, row));
		return out.toString();
	}

	private static void line(StringBuilder out, List<?> cells) {
		for (int i = 0; i < cells.size(); i++) {
			out.append(i == 0 ? "" : ",").append(cell(cells.get(i)));
		}
		out.append("\r\n");
	}

	private static String cell(Object value) {
		Object v = value instanceof Optional<?> o ? o.orElse(null) : value;
		if (v == null) {
			return "";
		}
		String text = v instanceof java.math.BigDecimal d ? d.toPlainString() : v.toString();
		boolean quote = text.contains(",") || text.contains("\"") || text.contains("\n") || text.contains("\r");
		return quote ? '"' + text.replace("\"", "\"\"") + '"' : text;
	}

}
