package io.cleanair.cli.simulate;

import java.time.LocalDate;

/** Where in the year a day lies, for a northern-hemisphere city with a heating season. */
final class Seasons {

	private Seasons() {
	}

	/** +1 in mid-January, -1 in mid-July. */
	static double winterness(LocalDate day) {
		return Math.cos(2 * Math.PI * (day.getDayOfYear() - 15) / 365.25);
	}

}
