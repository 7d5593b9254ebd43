package io.cleanair.localstack;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;

import tools.jackson.databind.json.JsonMapper;

/**
 * The small demo city the local stack starts with: the twelve Beijing national-control
 * stations of the UCI multi-site data set in their real districts, and one official per
 * district.
 */
final class DemoCity {

	record DemoStation(String id, String name, String districtId, double latitude, double longitude) {
	}

	record DemoOfficial(String id, String name, String email, String phone, String language, String districtId) {
	}

	static final List<DemoStation> STATIONS = List.of(
			new DemoStation("dongsi", "Dongsi 东四", "dongcheng", 39.929, 116.417),
			new DemoStation("tiantan", "Tiantan 天坛", "dongcheng", 39.886, 116.407),
			new DemoStation("guanyuan", "Guanyuan 官园", "xicheng", 39.929, 116.339),
			new DemoStation("wanshouxigong", "Wanshouxigong 万寿西宫", "xicheng", 39.878, 116.352),
			new DemoStation("aotizhongxin", "Aotizhongxin 奥体中心", "chaoyang", 39.982, 116.397),
			new DemoStation("nongzhanguan", "Nongzhanguan 农展馆", "chaoyang", 39.937, 116.461),
			new DemoStation("wanliu", "Wanliu 万柳", "haidian", 39.987, 116.287),
			new DemoStation("gucheng", "Gucheng 古城", "shijingshan", 39.914, 116.184),
			new DemoStation("changping", "Changping 昌平镇", "changping", 40.217, 116.230),
			new DemoStation("dingling", "Dingling 定陵", "changping", 40.292, 116.220),
			new DemoStation("shunyi", "Shunyi 顺义新城", "shunyi", 40.127, 116.655),
			new DemoStation("huairou", "Huairou 怀柔镇", "huairou", 40.328, 116.628));

	static final List<DemoOfficial> OFFICIALS = List.of(
			new DemoOfficial("zhang-min", "Zhang Min 张敏", "zhang.min@dongcheng.aq.local", "+8613800000001", "zh",
					"dongcheng"),
			new DemoOfficial("liu-yang", "Liu Yang 刘洋", "liu.yang@xicheng.aq.local", "+8613800000002", "zh", "xicheng"),
			new DemoOfficial("chen-jing", "Chen Jing 陈静", "chen.jing@chaoyang.aq.local", "+8613800000003", "zh",
					"chaoyang"),
			new DemoOfficial("li-wei", "Li Wei 李伟", "li.wei@haidian.aq.local", "+8613800000004", "en", "haidian"),
			new DemoOfficial("zhao-lei", "Zhao Lei 赵磊", "zhao.lei@shijingshan.aq.local", "+8613800000005", "zh",
					"shijingshan"),
			new DemoOfficial("sun-li", "Sun Li 孙丽", "sun.li@changping.aq.local", "+8613800000006", "zh", "changping"),
			new DemoOfficial("zhou-qiang", "Zhou Qiang 周强", "zhou.qiang@shunyi.aq.local", "+8613800000007", "zh",
					"shunyi"),
			new DemoOfficial("wu-hua", "Wu Hua 吴华", "wu.hua@huairou.aq.local", "+8613800000008", "zh", "huairou"));

	/** The demo city's member of the leading group (and city leader). */
	static final String LEADING_GROUP_ID = "wang-fang";

	/**
	 * The demo districts' names and a good-day target each (demo figures, not any city's
	 * real targets).
	 */
	static final Map<String, String[]> DISTRICTS = Map.of("dongcheng", new String[] { "东城区 Dongcheng", "80" },
			"xicheng", new String[] { "西城区 Xicheng", "80" }, "chaoyang", new String[] { "朝阳区 Chaoyang", "78" },
			"haidian", new String[] { "海淀区 Haidian", "80" }, "shijingshan", new String[] { "石景山区 Shijingshan", "77" },
			"changping", new String[] { "昌平区 Changping", "78" }, "shunyi", new String[] { "顺义区 Shunyi", "76" },
			"huairou", new String[] { "怀柔区 Huairou", "82" });

	private DemoCity() {
	}

	/**
	 * Registers the demo districts and their targets for {@code year} through
	 * analytics-service's API.
	 */
	static void registerDistricts(int analyticsPort, String adminKey, int year)
			throws IOException, InterruptedException {
		HttpClient http = HttpClient.newHttpClient();
		for (Map.Entry<String, String[]> d : DISTRICTS.entrySet()) {
			put(http, "http://localhost:" + analyticsPort + "/api/v1/districts/" + d.getKey(), adminKey,
					"{\"name\":\"%s\",\"cityId\":\"city\"}".formatted(d.getValue()[0]));
			put(http, "http://localhost:" + analyticsPort + "/api/v1/districts/" + d.getKey() + "/targets/" + year,
					adminKey, "{\"goodDayRate\":%s}".formatted(d.getValue()[1]));
		}
	}

	private static void put(HttpClient http, String uri, String adminKey, String body)
			throws IOException, InterruptedException {
		HttpRequest request = HttpRequest.newBuilder(URI.create(uri))
			.header("Content-Type", "application/json")
			.header("Authorization", "Bearer " + adminKey)
			.PUT(HttpRequest.BodyPublishers.ofString(body))
			.build();
		HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
		if (response.statusCode() / 100 != 2) {
			throw new IOException("PUT " + uri + " failed: " + response.statusCode() + " " + response.body());
		}
	}

	/** The demo officials as alert-service configuration properties. */
	static Map<String, String> officialProperties() {
		Map<String, String> properties = new LinkedHashMap<>();
		for (int i = 0; i < OFFICIALS.size(); i++) {
			DemoOfficial o = OFFICIALS.get(i);
			String prefix = "aq.alert.officials[" + i + "].";
			properties.put(prefix + "id", o.id());
			properties.put(prefix + "name", o.name());
			properties.put(prefix + "email", o.email());
			properties.put(prefix + "phone", o.phone());
			properties.put(prefix + "language", o.language());
			properties.put(prefix + "districts[0]", o.districtId());
		}
		// the leading group's member who also leads the city: receives the morning
		// briefing and the ladder's steps
		String prefix = "aq.alert.officials[" + OFFICIALS.size() + "].";
		properties.put(prefix + "id", LEADING_GROUP_ID);
		properties.put(prefix + "name", "Wang Fang 王芳");
		properties.put(prefix + "email", "wang.fang@city.aq.local");
		properties.put(prefix + "language", "zh");
		properties.put(prefix + "roles[0]", "LEADING_GROUP");
		properties.put(prefix + "roles[1]", "CITY_LEADER");
		properties.put(prefix + "districts[0]", "*");
		return properties;
	}

	/** Registers the demo stations through ingest-service's own API, as the admin. */
	static void registerStations(int ingestPort, String adminKey) throws IOException, InterruptedException {
		HttpClient http = HttpClient.newHttpClient();
		for (DemoStation s : STATIONS) {
			String body = """
					{"name":"%s","districtId":"%s","kind":"NATIONAL","latitude":%s,"longitude":%s,"active":true}"""
				.formatted(s.name(), s.districtId(), s.latitude(), s.longitude());
			HttpRequest request = HttpRequest
				.newBuilder(URI.create("http://localhost:" + ingestPort + "/api/v1/stations/" + s.id()))
				.header("Content-Type", "application/json")
				.header("Authorization", "Bearer " + adminKey)
				.PUT(HttpRequest.BodyPublishers.ofString(body))
				.build();
			HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
			if (response.statusCode() / 100 != 2) {
				throw new IOException("Registering demo station " + s.id() + " failed: " + response.statusCode() + " "
						+ response.body());
			}
		}
	}

	/**
	 * One API key per demo station, issued through ingest-service's API on the first
	 * start and kept in {@code file} (owner-readable only) so later starts can print them
	 * again.
	 */
	static Properties stationKeys(int ingestPort, String adminKey, Path file) throws IOException, InterruptedException {
		Properties keys = new Properties();
		if (Files.exists(file)) {
			try (Reader in = Files.newBufferedReader(file)) {
				keys.load(in);
			}
			return keys;
		}
		HttpClient http = HttpClient.newHttpClient();
		for (DemoStation s : STATIONS) {
			HttpRequest request = HttpRequest
				.newBuilder(URI.create("http://localhost:" + ingestPort + "/api/v1/stations/" + s.id() + "/keys"))
				.header("Authorization", "Bearer " + adminKey)
				.POST(HttpRequest.BodyPublishers.noBody())
				.build();
			HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
			if (response.statusCode() != 201) {
				throw new IOException("Issuing a key for demo station " + s.id() + " failed: " + response.statusCode());
			}
			keys.setProperty(s.id(), (String) JsonMapper.shared().readValue(response.body(), Map.class).get("key"));
		}
		try (Writer out = Files.newBufferedWriter(file)) {
			keys.store(out, "API keys of the demo stations (Authorization: Bearer <key>)");
		}
		Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
		return keys;
	}

}
