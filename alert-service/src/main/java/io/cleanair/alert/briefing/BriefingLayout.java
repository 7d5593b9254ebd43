package io.cleanair.alert.briefing;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

import io.cleanair.core.pollutant.Pollutant;

import static io.cleanair.alert.briefing.BriefingText.movement;
import static io.cleanair.alert.briefing.BriefingText.number;
import static io.cleanair.alert.briefing.BriefingText.percent;
import static io.cleanair.alert.briefing.BriefingText.signed;

/**
 * A briefing laid out as blocks — headings, paragraphs, tables and charts — that the HTML
 * and the PDF renderer each draw in their own way, so both always say the same.
 */
final class BriefingLayout {

	private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

	sealed interface Block permits Heading, Paragraph, Table, ProgressChart, Pm25Chart {

	}

	record Heading(String text) implements Block {
	}

	record Paragraph(String text, boolean emphasis) implements Block {
	}

	/**
	 * @param marked rows to highlight (the bottom three, unacknowledged incidents,
	 * overdue items)
	 */
	record Table(List<String> headers, List<List<String>> rows, List<Boolean> marked) implements Block {
	}

	record ProgressChart(String title, List<Briefing.Target> targets, String goodLabel,
			String targetLabel) implements Block {
	}

	record Pm25Chart(String title, List<Briefing.Pm25Month> months, String thisYearLabel,
			String lastYearLabel) implements Block {
	}

	private BriefingLayout() {
	}

	static String title(Briefing b) {
		return b.cityName() + " " + new BriefingText(b.language()).title(b.period());
	}

	static String subtitle(Briefing b, ZoneId zone) {
		BriefingText w = new BriefingText(b.language());
		String period = b.from().equals(b.to()) ? b.to().toString() : b.from() + " – " + b.to();
		return w.t("period") + ": " + period + "    " + w.t("generated") + ": "
				+ TIME.format(b.generatedAt().atZone(zone));
	}

	static List<Block> blocks(Briefing b, ZoneId zone) {
		BriefingText w = new BriefingText(b.language());
		List<Block> out = new ArrayList<>();

		out.add(new Heading(w.t("air")));
		List<List<String>> air = new ArrayList<>();
		List<Boolean> airMarks = new ArrayList<>();
		for (Briefing.Air a : concat(b.city(), b.districts())) {
			air.add(List.of(a.name(), a.aqi() == null ? "—" : a.aqi().toString(), w.t(a.category()),
					a.primaryPollutants().isEmpty() ? "—" : pollutantNames(a.primaryPollutants()),
					a.goodDays() + "/" + a.validDays()));
			airMarks.add(a.aqi() != null && a.aqi() > 100);
		}
		out.add(new Table(List.of(w.t("district"), w.t("aqi"), w.t("category"), w.t("primary"), w.t("periodGood")), air,
				airMarks));

		out.add(new Heading(w.t("targets")));
		List<List<String>> targets = new ArrayList<>();
		List<Boolean> targetMarks = new ArrayList<>();
		for (Briefing.Target t : b.targets()) {
			targets.add(List.of(t.name(), percent(t.targetRate()), t.goodDays() + "/" + t.validDays(),
					percent(t.goodDayRate()), t.nonGoodDaysAllowed() == null ? "—" : t.nonGoodDaysAllowed().toString(),
					percent(t.requiredRemainingRate()), w.t(t.status()), signed(t.rateChange())));
			targetMarks.add("AT_RISK".equals(t.status()) || "MISSED".equals(t.status()));
		}
		out.add(new Table(List.of(w.t("district"), w.t("target"), w.t("goodDays"), w.t("rate"), w.t("allowance"),
				w.t("needed"), w.t("status"), w.t("yoy")), targets, targetMarks));
		out.add(new ProgressChart(w.t("progressChart"), b.targets(), w.t("goodDays"), w.t("targetLine")));

		out.add(new Heading(w.t("ranking") + " " + b.rankingFrom() + " – " + b.to()));
		List<List<String>> ranks = new ArrayList<>();
		List<Boolean> rankMarks = new ArrayList<>();
		for (Briefing.Rank r : b.ranking()) {
			ranks.add(List.of(r.rank() == 0 ? "—" : String.valueOf(r.rank()), r.name(), number(r.compositeIndex()),
					r.rankByGoodDayRate() == 0 ? "—" : String.valueOf(r.rankByGoodDayRate()), percent(r.goodDayRate()),
					movement(r.movement()), r.bottomThree() ? "●" : ""));
			rankMarks.add(r.bottomThree());
		}
		out.add(new Table(List.of(w.t("rank"), w.t("district"), w.t("index"), w.t("rateRank"), w.t("rate"),
				w.t("movement"), w.t("bottom")), ranks, rankMarks));
		List<String> bottom = b.ranking().stream().filter(Briefing.Rank::bottomThree).map(Briefing.Rank::name).toList();
		out.add(new Paragraph(w.t("bottomNamed") + (bottom.isEmpty() ? w.t("none") : String.join("、", bottom)), true));

		out.add(new Heading(w.t("ladder")));
		if (b.accountability().isEmpty()) {
			out.add(new Paragraph(w.t("none"), false));
		}
		else {
			List<List<String>> steps = new ArrayList<>();
			for (Briefing.LadderStep s : b.accountability()) {
				steps.add(List.of(s.name(), s.month(), s.sanctionLabel(), String.valueOf(s.streak()), s.evidence()));
			}
			out.add(new Table(List.of(w.t("district"), w.t("month"), w.t("step"), w.t("streak"), w.t("evidence")),
					steps, steps.stream().map(x -> false).toList()));
		}

		out.add(new Heading(w.t("incidents")));
		if (b.incidents().isEmpty()) {
			out.add(new Paragraph(w.t("none"), false));
		}
		else {
			List<List<String>> inc = new ArrayList<>();
			List<Boolean> unacked = new ArrayList<>();
			for (Briefing.IncidentLine i : b.incidents()) {
				inc.add(List.of(TIME.format(i.openedAt().atZone(zone)), w.t(i.type()), name(b, i.districtId()),
						i.told().isEmpty() ? "—" : String.join("; ", i.told()),
						i.minutesToAcknowledge() == null ? w.t("notAcked")
								: i.minutesToAcknowledge() + " " + w.t("minutes")
										+ (i.acknowledgedBy() == null ? "" : " (" + i.acknowledgedBy() + ")")));
				unacked.add(i.minutesToAcknowledge() == null);
			}
			out.add(new Table(List.of(w.t("opened"), w.t("type"), w.t("district"), w.t("told"), w.t("ack")), inc,
					unacked));
			List<String> names = b.incidents()
				.stream()
				.filter(i -> i.minutesToAcknowledge() == null)
				.map(i -> name(b, i.districtId()) + " " + w.t(i.type()))
				.toList();
			out.add(new Paragraph(w.t("unacked") + (names.isEmpty() ? w.t("none") : String.join("、", names)), true));
		}

		out.add(new Heading(w.t("ledger")));
		ledger(out, w, b, w.t("overdue"), b.rectifications().overdue(), true);
		ledger(out, w, b, w.t("due"), b.rectifications().due(), false);
		ledger(out, w, b, w.t("closed"), b.rectifications().closed(), false);

		out.add(new Heading(w.t("completeness")));
		List<List<String>> stations = new ArrayList<>();
		List<Boolean> silent = new ArrayList<>();
		for (Briefing.StationData s : b.completeness()) {
			stations.add(List.of(s.stationId(), name(b, s.districtId()), s.validDays() + "/" + s.days(),
					s.silent() ? "●" : ""));
			silent.add(s.silent());
		}
		out.add(new Table(List.of(w.t("station"), w.t("district"), w.t("validDays"), w.t("silent")), stations, silent));
		List<String> silentNames = b.completeness()
			.stream()
			.filter(Briefing.StationData::silent)
			.map(Briefing.StationData::stationId)
			.toList();
		out.add(new Paragraph(
				w.t("silentNamed") + (silentNames.isEmpty() ? w.t("none") : String.join("、", silentNames)),
				!silentNames.isEmpty()));

		out.add(new Pm25Chart(w.t("pm25"), b.pm25(), w.t("thisYear"), w.t("lastYear")));
		return out;
	}

	private static void ledger(List<Block> out, BriefingText w, Briefing b, String label,
			List<Briefing.LedgerLine> items, boolean mark) {
		out.add(new Paragraph(label + ": " + items.size(), mark && !items.isEmpty()));
		if (items.isEmpty()) {
			return;
		}
		List<List<String>> rows = new ArrayList<>();
		for (Briefing.LedgerLine l : items) {
			rows.add(List.of(l.title(), name(b, l.districtId()), l.officialId() == null ? "—" : l.officialId(),
					l.deadline().toString(), w.t(l.status())));
		}
		out.add(new Table(List.of(w.t("item"), w.t("district"), w.t("official"), w.t("deadline"), w.t("status")), rows,
				rows.stream().map(r -> mark).toList()));
	}

	private static String name(Briefing b, String districtId) {
		return b.districts()
			.stream()
			.filter(a -> a.id().equals(districtId))
			.map(Briefing.Air::name)
			.findFirst()
			.orElse(districtId);
	}

	private static List<Briefing.Air> concat(Briefing.Air city, List<Briefing.Air> districts) {
		List<Briefing.Air> all = new ArrayList<>();
		all.add(city);
		all.addAll(districts);
		return all;
	}

	/**
	 * "PM2_5, O3" as the briefing prints them: "PM2.5, O3"; a name it does not know, as
	 * given.
	 */
	static String pollutantNames(List<String> pollutants) {
		List<String> names = new ArrayList<>();
		for (String p : pollutants) {
			try {
				names.add(Pollutant.parse(p).displayName());
			}
			catch (IllegalArgumentException unknown) {
				names.add(p);
			}
		}
		return String.join(", ", names);
	}

}
