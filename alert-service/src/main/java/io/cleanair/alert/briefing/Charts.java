package io.cleanair.alert.briefing;

import java.util.ArrayList;
import java.util.List;

/**
 * The geometry of the two charts, in points from the top left, shared by the SVG and the
 * PDF drawing: good days so far per district against the target line (the good days an
 * even pace to the target calls for by now), and PM2.5 by month this year against last
 * year.
 */
final class Charts {

	static final double LABEL_WIDTH = 150;

	private Charts() {
	}

	record Bar(String label, double y, double length, double target, boolean onPace, String value) {
	}

	record Progress(double width, double height, double left, List<Bar> bars) {
	}

	record Tick(double position, String label) {
	}

	record Lines(double width, double height, double left, double right, double top, double bottom, List<Tick> xTicks,
			List<Tick> yTicks, List<double[]> thisYear, List<double[]> lastYear) {
	}

	static Progress progress(List<Briefing.Target> targets, double width, double rowHeight) {
		double span = width - LABEL_WIDTH - 90;
		double max = 1;
		for (Briefing.Target t : targets) {
			max = Math.max(max, Math.max(t.goodDays(), t.targetPace()));
		}
		List<Bar> bars = new ArrayList<>();
		double y = 0;
		for (Briefing.Target t : targets) {
			bars.add(new Bar(t.name(), y, span * t.goodDays() / max, span * t.targetPace() / max,
					t.goodDays() >= t.targetPace(), t.goodDays() + " / " + t.targetPace()));
			y += rowHeight;
		}
		return new Progress(width, y + 18, LABEL_WIDTH, bars);
	}

	static Lines lines(List<Briefing.Pm25Month> months, double width, double height) {
		double left = 40;
		double right = width - 10;
		double top = 24;
		double bottom = height - 20;
		double max = 10;
		for (Briefing.Pm25Month m : months) {
			max = Math.max(max, m.value());
			if (m.previousYear() != null) {
				max = Math.max(max, m.previousYear());
			}
		}
		max = Math.ceil(max * 1.1 / 20) * 20;
		List<Tick> x = new ArrayList<>();
		for (int month = 1; month <= 12; month++) {
			x.add(new Tick(xOf(month, left, right), String.valueOf(month)));
		}
		List<Tick> y = new ArrayList<>();
		for (int i = 0; i <= 4; i++) {
			double v = max * i / 4;
			y.add(new Tick(bottom - (bottom - top) * v / max, String.valueOf((int) v)));
		}
		List<double[]> now = new ArrayList<>();
		List<double[]> before = new ArrayList<>();
		for (Briefing.Pm25Month m : months) {
			int month = Integer.parseInt(m.month().substring(5, 7));
			now.add(new double[] { xOf(month, left, right), bottom - (bottom - top) * m.value() / max });
			if (m.previousYear() != null) {
				before.add(new double[] { xOf(month, left, right), bottom - (bottom - top) * m.previousYear() / max });
			}
		}
		return new Lines(width, height, left, right, top, bottom, x, y, now, before);
	}

	private static double xOf(int month, double left, double right) {
		return left + (right - left) * (month - 0.5) / 12;
	}

}
