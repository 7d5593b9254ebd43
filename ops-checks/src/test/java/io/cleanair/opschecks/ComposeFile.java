package io.cleanair.opschecks;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.yaml.snakeyaml.Yaml;

/**
 * {@code docker-compose.yml}, parsed (merge keys resolved), with typed access to what the
 * checks read.
 */
record ComposeFile(Map<String, Object> root) {

	static ComposeFile load(Path file) {
		try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
			return new ComposeFile(new Yaml().load(in));
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	Map<String, Map<String, Object>> services() {
		return map(root.get("services"));
	}

	Map<String, Object> service(String name) {
		Map<String, Object> service = services().get(name);
		if (service == null) {
			throw new AssertionError("docker-compose.yml has no service '" + name + "'");
		}
		return service;
	}

	/**
	 * The environment as a map: its {@code env_file}s, then {@code environment} in either
	 * of its two forms.
	 */
	static Map<String, String> environment(Map<String, Object> service) {
		Object environment = service.get("environment");
		Map<String, String> variables = new LinkedHashMap<>();
		for (String file : strings(service.get("env_file"))) {
			variables.putAll(envFile(RepositoryFiles.resolve(file)));
		}
		if (environment instanceof Map<?, ?> m) {
			m.forEach((k, v) -> variables.put(String.valueOf(k), v == null ? null : String.valueOf(v)));
		}
		else if (environment instanceof List<?> list) {
			for (Object entry : list) {
				String[] pair = String.valueOf(entry).split("=", 2);
				variables.put(pair[0], pair.length > 1 ? pair[1] : null);
			}
		}
		return variables;
	}

	/** {@code KEY=VALUE} lines; blank lines and {@code #} comments skipped. */
	static Map<String, String> envFile(Path file) {
		Map<String, String> variables = new LinkedHashMap<>();
		try {
			for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
				if (!line.isBlank() && !line.strip().startsWith("#")) {
					String[] pair = line.split("=", 2);
					variables.put(pair[0].strip(), pair.length > 1 ? pair[1] : "");
				}
			}
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		return variables;
	}

	static List<String> strings(Object value) {
		if (value == null) {
			return List.of();
		}
		if (value instanceof List<?> list) {
			return list.stream().map(String::valueOf).toList();
		}
		return List.of(String.valueOf(value));
	}

	@SuppressWarnings("unchecked")
	static <V> Map<String, V> map(Object value) {
		return value == null ? Map.of() : (Map<String, V>) value;
	}
}
