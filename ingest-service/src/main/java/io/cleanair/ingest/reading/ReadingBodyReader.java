package io.cleanair.ingest.reading;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.zip.GZIPInputStream;

import io.cleanair.problems.ApiProblem;
import io.cleanair.problems.ProblemType;
import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.core.io.buffer.DataBufferUtils;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebInputException;
import org.springframework.web.server.UnsupportedMediaTypeStatusException;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.MappingIterator;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.dataformat.csv.CsvMapper;
import tools.jackson.dataformat.csv.CsvSchema;

/**
 * Turns a request body into raw readings: a JSON batch, NDJSON (one reading per line) or
 * CSV with a header, any of them gzip-encoded. Too many bytes or readings is a 413; a
 * body that cannot be parsed at all is a 400, and nothing of it is taken.
 */
@Component
class ReadingBodyReader {

	static final MediaType NDJSON = MediaType.parseMediaType("application/x-ndjson");

	static final List<String> CSV_COLUMNS = List.of("station_id", "time", "pollutant", "value", "unit");

	private final JsonMapper json;

	private final CsvMapper csv = CsvMapper.builder().build();

	private final IntakeProperties properties;

	ReadingBodyReader(JsonMapper json, IntakeProperties properties) {
		this.json = json;
		this.properties = properties;
	}

	Mono<List<ReadingBatch.RawReading>> read(ServerHttpRequest request) {
		int maxBytes = (int) Math.min(Integer.MAX_VALUE - 8, properties.maxBodySize().toBytes());
		boolean gzip = "gzip".equalsIgnoreCase(request.getHeaders().getFirst(HttpHeaders.CONTENT_ENCODING));
		MediaType type = request.getHeaders().getContentType();
		// drains an oversized body instead of cutting it off, so the client reads the 413
		// rather than a reset
		long announced = request.getHeaders().getContentLength();
		return request.getBody()
			.collect(() -> new BoundedBody(maxBytes, announced), BoundedBody::add)
			.map(body -> body.bytes().orElseThrow(() -> tooLarge(maxBytes)))
			.publishOn(Schedulers.boundedElastic())
			.map(body -> parse(gzip ? gunzip(body, maxBytes) : body, type));
	}

	private List<ReadingBatch.RawReading> parse(Bytes bytes, MediaType type) {
		byte[] body = bytes.array();
		int length = bytes.length();
		try {
			List<ReadingBatch.RawReading> readings;
			if (type == null || MediaType.APPLICATION_JSON.isCompatibleWith(type)) {
				ReadingBatch batch = json.readValue(body, 0, length, ReadingBatch.class);
				if (batch == null || batch.readings() == null) {
					throw new ServerWebInputException("body must be {\"readings\":[...]}");
				}
				readings = batch.readings();
			}
			else if (NDJSON.isCompatibleWith(type)) {
				readings = limited(json.readerFor(ReadingBatch.RawReading.class).readValues(body, 0, length));
			}
			else if (MediaType.parseMediaType("text/csv").isCompatibleWith(type)) {
				readings = csv(body, length);
			}
			else {
				throw new UnsupportedMediaTypeStatusException(type,
						List.of(MediaType.APPLICATION_JSON, NDJSON, MediaType.parseMediaType("text/csv")));
			}
			if (readings.size() > properties.maxBatchSize()) {
				throw new BatchTooLargeException(readings.size(), properties.maxBatchSize());
			}
			return readings;
		}
		catch (JacksonException e) {
			throw new ServerWebInputException("the body cannot be parsed as " + type + ": " + e.getOriginalMessage());
		}
	}

	private List<ReadingBatch.RawReading> csv(byte[] body, int length) {
		// spreadsheet programs start their CSV with a UTF-8 byte-order mark
		int bom = length >= 3 && (body[0] & 0xFF) == 0xEF && (body[1] & 0xFF) == 0xBB && (body[2] & 0xFF) == 0xBF ? 3
				: 0;
		MappingIterator<Map<String, String>> rows = csv.readerFor(Map.class)
			.with(CsvSchema.emptySchema().withHeader().withColumnReordering(true))
			.readValues(body, bom, length - bom);
		List<Map<String, String>> all = limited(rows);
		// the header as read, also when no row follows it: a lone row of data is no
		// header
		CsvSchema header = (CsvSchema) rows.parserSchema();
		if (header == null || !header.getColumnNames().containsAll(CSV_COLUMNS)) {
			throw new ApiProblem(ProblemType.BAD_REQUEST, "the CSV header is missing or incomplete: the first line"
					+ " must be station_id,time,pollutant,value,unit[,flag]");
		}
		return all.stream()
			.map(row -> new ReadingBatch.RawReading(row.get("station_id"), row.get("time"), row.get("pollutant"),
					row.get("value"), row.get("unit"), row.get("flag")))
			.toList();
	}

	/**
	 * Reads at most one more than the limit, so a huge body is refused without being
	 * parsed whole.
	 */
	private <T> List<T> limited(MappingIterator<T> values) {
		List<T> list = new ArrayList<>();
		while (values.hasNextValue()) {
			list.add(values.nextValue());
			if (list.size() > properties.maxBatchSize()) {
				throw new BatchTooLargeException("the batch has more than " + properties.maxBatchSize()
						+ " readings; at most " + properties.maxBatchSize() + " are accepted in one request");
			}
		}
		return list;
	}

	private static Bytes gunzip(Bytes compressed, int maxBytes) {
		try (InputStream in = new GZIPInputStream(
				new ByteArrayInputStream(compressed.array(), 0, compressed.length()))) {
			byte[] bytes = in.readNBytes(maxBytes + 1);
			if (bytes.length > maxBytes) {
				throw tooLarge(maxBytes);
			}
			return new Bytes(bytes, bytes.length);
		}
		catch (IOException e) {
			throw new ServerWebInputException(
					"Content-Encoding is gzip but the body is not gzip data: " + e.getMessage());
		}
	}

	/** The first {@code length} bytes of {@code array}. */
	private record Bytes(byte[] array, int length) {
	}

	/**
	 * The body's bytes up to a limit, copied once from the network's buffers into one
	 * array (sized by {@code Content-Length} when the request tells it, up to a limit)
	 * that the parser reads in place; past the limit, only whether it was passed.
	 */
	private static final class BoundedBody {

		private static final int INITIAL_LIMIT = 1 << 20;

		private byte[] bytes;

		private int size;

		private final int maxBytes;

		private boolean exceeded;

		BoundedBody(int maxBytes, long announced) {
			this.maxBytes = maxBytes;
			// a Content-Length is only a claim: past 1 MiB the array grows as bytes
			// arrive
			this.bytes = new byte[(int) Math.max(0, Math.min(announced, Math.min(maxBytes, INITIAL_LIMIT)))];
		}

		void add(DataBuffer buffer) {
			try {
				int n = buffer.readableByteCount();
				if (!exceeded && size + n <= maxBytes) {
					if (size + n > bytes.length) {
						bytes = Arrays.copyOf(bytes, (int) Math.min(maxBytes, Math.max(size + n, 2L * bytes.length)));
					}
					buffer.read(bytes, size, n);
					size += n;
				}
				else {
					exceeded = true;
					bytes = new byte[0];
					size = 0;
				}
			}
			finally {
				DataBufferUtils.release(buffer);
			}
		}

		Optional<Bytes> bytes() {
			return exceeded ? Optional.empty() : Optional.of(new Bytes(bytes, size));
		}

	}

	private static BatchTooLargeException tooLarge(int maxBytes) {
		return new BatchTooLargeException("the body is larger than " + maxBytes + " bytes");
	}

}
