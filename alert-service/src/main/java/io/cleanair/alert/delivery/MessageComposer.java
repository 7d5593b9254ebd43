package io.cleanair.alert.delivery;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

import com.samskivert.mustache.Mustache;
import com.samskivert.mustache.Template;
import io.cleanair.alert.config.AlertProperties;
import io.cleanair.core.alerting.EscalationStep;
import io.cleanair.core.alerting.Incident;
import io.cleanair.core.alerting.Language;
import io.cleanair.core.alerting.NoticeKind;
import io.cleanair.core.alerting.SmsText;
import io.cleanair.core.event.AlertSignal.Severity;
import io.cleanair.core.event.AlertSignal.SignalType;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * Writes what an official reads, in their language, from the templates in
 * {@code templates/alert/}: {@code <kind>.<lang>.subject|text|html|sms.mustache}. The SMS
 * text is shortened to the configured number of parts.
 */
@Component
public class MessageComposer {

	private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

	private final Mustache.Compiler html = Mustache.compiler().defaultValue("").emptyStringIsFalse(true);

	private final Mustache.Compiler plain = Mustache.compiler()
		.escapeHTML(false)
		.defaultValue("")
		.emptyStringIsFalse(true);

	private final Map<String, Template> templates = new ConcurrentHashMap<>();

	private final ZoneId zone;

	private final int smsSegments;

	public MessageComposer(AlertProperties properties) {
		this.zone = properties.zone();
		this.smsSegments = properties.sms().maxSegments();
	}

	/**
	 * @param step the route step that reaches the official, for the reason line (null for
	 * none)
	 * @param fallback whether the email stands in for an SMS
	 */
	public Message compose(NoticeKind kind, Language language, Incident incident, Map<String, Double> figures,
			EscalationStep step, boolean fallback, Instant now) {
		Map<String, Object> model = model(language, incident, figures, step, fallback, now);
		String base = kind.name().toLowerCase(Locale.ROOT) + "." + language.tag() + ".";
		String subject = render(base + "subject", plain, model).strip();
		String text = render(base + "text", plain, model).strip() + "\n";
		String htmlBody = render(base + "html", html, model);
		String sms = SmsText.fit(render(base + "sms", plain, model).replaceAll("\\s+", " "), smsSegments);
		return new Message(subject, text, htmlBody, sms);
	}

	private Map<String, Object> model(Language lang, Incident incident, Map<String, Double> figures,
			EscalationStep step, boolean fallback, Instant now) {
		boolean zh = lang == Language.ZH;
		Map<String, Object> m = new HashMap<>();
		m.put("district", incident.districtId());
		m.put("station", incident.stationId() == null ? "-" : incident.stationId());
		m.put("pollutant", incident.pollutant() == null ? "-" : incident.pollutant().name());
		m.put("type", incident.type().name());
		m.put("typeLabel", typeLabel(incident.type(), zh));
		m.put("severityLabel", severityLabel(incident.severity(), zh));
		m.put("critical", incident.severity() == Severity.CRITICAL);
		m.put("summary", incident.summary() == null ? "" : incident.summary());
		m.put("openedAt", TIME.format(incident.openedAt().atZone(zone)));
		m.put("now", TIME.format(now.atZone(zone)));
		m.put("incidentId", incident.id().toString());
		m.put("shortId", incident.id().toString().substring(0, 8));
		boolean escalated = step != null && step.escalates();
		m.put("escalated", escalated);
		m.put("reason", escalated ? reason(step, incident, zh) : "");
		m.put("fallback", fallback);
		List<Map<String, String>> rows = new ArrayList<>();
		DecimalFormat number = new DecimalFormat("0.#", DecimalFormatSymbols.getInstance(Locale.ROOT));
		new TreeMap<>(figures == null ? Map.<String, Double>of() : figures).forEach(
				(name, value) -> rows.add(Map.of("name", name, "value", value == null ? "-" : number.format(value))));
		m.put("figures", rows);
		return m;
	}

	private String render(String name, Mustache.Compiler compiler, Map<String, Object> model) {
		String key = name + (compiler == html ? "#html" : "#plain");
		Template template = templates.computeIfAbsent(key, k -> {
			ClassPathResource resource = new ClassPathResource("templates/alert/" + name + ".mustache");
			try (Reader reader = new InputStreamReader(resource.getInputStream(), StandardCharsets.UTF_8)) {
				return compiler.compile(reader);
			}
			catch (IOException e) {
				throw new UncheckedIOException("Missing message template " + resource.getPath(), e);
			}
		});
		return template.execute(model);
	}

	static String typeLabel(SignalType type, boolean zh) {
		return switch (type) {
			case SHORT_TERM_REBOUND -> zh ? "短时反弹" : "Short-term rebound";
			case SUSTAINED_EXCEEDANCE -> zh ? "持续超标" : "Sustained exceedance";
			case HEAVY_POLLUTION -> zh ? "重污染" : "Heavy pollution";
			case YOY_REBOUND -> zh ? "同比反弹" : "Year-on-year rebound";
			case TARGET_AT_RISK -> zh ? "年度目标存在风险" : "Annual target at risk";
			case RANKING_BOTTOM -> zh ? "排名靠后" : "Ranking at the bottom";
			case STATION_SILENT -> zh ? "站点数据中断" : "Station silent";
			case RECOVERED -> zh ? "已恢复" : "Recovered";
		};
	}

	static String severityLabel(Severity severity, boolean zh) {
		return switch (severity) {
			case INFO -> zh ? "提示" : "info";
			case WARNING -> zh ? "预警" : "warning";
			case CRITICAL -> zh ? "严重" : "critical";
		};
	}

	static String reason(EscalationStep step, Incident incident, boolean zh) {
		if (step.atOnceFrom() != null && incident.severity().compareTo(step.atOnceFrom()) >= 0) {
			return zh ? "级别为" + severityLabel(incident.severity(), true) + "，立即通知"
					: severityLabel(incident.severity(), false) + " severity";
		}
		if (step.unacknowledgedFor() != null) {
			return zh ? duration(step.unacknowledgedFor(), true) + "内无人确认"
					: "nobody acknowledged within " + duration(step.unacknowledgedFor(), false);
		}
		if (step.persistsFor() != null) {
			return zh ? "已持续" + duration(step.persistsFor(), true)
					: "persisting for " + duration(step.persistsFor(), false);
		}
		return "";
	}

	static String duration(Duration d, boolean zh) {
		if (d.toDays() > 0 && d.toHoursPart() == 0 && d.toMinutesPart() == 0) {
			return zh ? d.toDays() + " 天" : d.toDays() + (d.toDays() == 1 ? " day" : " days");
		}
		if (d.toHours() > 0 && d.toMinutesPart() == 0) {
			return zh ? d.toHours() + " 小时" : d.toHours() + (d.toHours() == 1 ? " hour" : " hours");
		}
		return zh ? d.toMinutes() + " 分钟" : d.toMinutes() + " min";
	}

	/** One notice in every form a channel needs. */
	public record Message(String subject, String text, String html, String sms) {
	}

}
