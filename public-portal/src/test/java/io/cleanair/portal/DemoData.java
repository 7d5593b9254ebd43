package io.cleanair.portal;

import java.time.LocalDate;
import java.time.Clock;

/**
 * A small city: three stations in two districts, 48 hours each, this month's district
 * days and targets.
 */
final class DemoData {

	private DemoData() {
	}

	static void publish(Events events) {
		events.station("dongsi", "东四", "dongcheng", 39.929, 116.417);
		events.station("tiantan", "天坛", "dongcheng", 39.886, 116.407);
		events.station("wanliu", "万柳", "haidian", 39.987, 116.287);
		events.hours("dongsi", "dongcheng", 48, 20); // excellent
		events.hours("tiantan", "dongcheng", 48, 76); // lightly polluted under HJ
														// 633-2026
		events.hours("wanliu", "haidian", 48, 160); // heavily polluted
		events.districtDays("dongcheng", 30);
		events.districtDays("haidian", 70);
		int year = LocalDate.now(Clock.system(Events.BEIJING)).getYear();
		events.target("dongcheng", "东城区", year, "80");
		events.target("haidian", "海淀区", year, "75.5");
	}

}
