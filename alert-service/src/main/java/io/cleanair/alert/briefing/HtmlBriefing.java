package io.cleanair.alert.briefing;

import java.time.ZoneId;
import java.util.List;
import java.util.Locale;

import io.cleanair.alert.briefing.BriefingLayout.Block;
import io.cleanair.core.alerting.Language;

/**
 * A briefing as one self-contained HTML page (inline styles and SVG charts), for the
 * browser and for e-mail.
 */
final class HtmlBriefing {

	private HtmlBriefing() {
	}

	static String render(Briefing b, ZoneId zone) {
		StringBuilder h = new StringBuilder(32_000);
		h.append("<!DOCTYPE html>\n<html lang=\"")
			.append(b.language() == Language.ZH ? "zh-CN" : "en")
			.append("\"><head><meta charset=\"utf-8\"><title>")
			.append(esc(BriefingLayout.title(b)))
			.append("</title></head>\n<body style=\"font-family:'WenQuanYi Micro Hei','Noto Sans CJK SC',sans-serif;")
			.append("margin:24px;color:#222;max-width:1100px\">\n<h1 style=\"font-size:22px;margin:0 0 4px\">")
			.append(esc(BriefingLayout.title(b)))
			.append("</h1>\n<p style=\"color:#666;margin:0 0 16px\">")
			.append(esc(BriefingLayout.subtitle(b, zone)))
			.append("</p>\n");
		for (Block block : BriefingLayout.blocks(b, zone)) {
			if (block instanceof BriefingLayout.Heading x) {
				h.append(
						"<h2 style=\"font-size:17px;border-bottom:2px solid #b22;padding-bottom:2px;margin:22px 0 8px\">")
					.append(esc(x.text()))
					.append("</h2>\n");
			}
			else if (block instanceof BriefingLayout.Paragraph x) {
				h.append("<p style=\"margin:6px 0")
					.append(x.emphasis() ? ";font-weight:bold;color:#b22" : "")
					.append("\">")
					.append(esc(x.text()))
					.append("</p>\n");
			}
			else if (block instanceof BriefingLayout.Table x) {
				table(h, x);
			}
			else if (block instanceof BriefingLayout.ProgressChart x) {
				progress(h, x);
			}
			else if (block instanceof BriefingLayout.Pm25Chart x) {
				pm25(h, x);
			}
		}
		return h.append("</body></html>\n").toString();
	}

	private static void table(StringBuilder h, BriefingLayout.Table t) {
		h.append("<table style=\"border-collapse:collapse;font-size:13px;margin:4px 0\">\n<tr>");
		for (String head : t.headers()) {
			h.append("<th style=\"background:#eee;border:1px solid #ccc;padding:3px 8px;text-align:left\">")
				.append(esc(head))
				.append("</th>");
		}
		h.append("</tr>\n");
		for (int r = 0; r < t.rows().size(); r++) {
			h.append(t.marked().get(r) ? "<tr style=\"background:#fde8e8\">" : "<tr>");
			for (String cell : t.rows().get(r)) {
				h.append("<td style=\"border:1px solid #ccc;padding:3px 8px\">").append(esc(cell)).append("</td>");
			}
			h.append("</tr>\n");
		}
		h.append("</table>\n");
	}

	private static void progress(StringBuilder h, BriefingLayout.ProgressChart c) {
		Charts.Progress g = Charts.progress(c.targets(), 760, 22);
		h.append("<h3 style=\"font-size:14px;margin:12px 0 4px\">")
			.append(esc(c.title()))
			.append("</h3>\n")
			.append("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"")
			.append(g.width())
			.append("\" height=\"")
			.append(g.height())
			.append("\" font-size=\"12\">\n");
		for (Charts.Bar bar : g.bars()) {
			h.append(fmt("<text x=\"0\" y=\"%.1f\">%s</text>", bar.y() + 15, esc(bar.label())))
				.append(fmt("<rect x=\"%.1f\" y=\"%.1f\" width=\"%.1f\" height=\"16\" fill=\"%s\"/>", g.left(),
						bar.y() + 2, bar.length(), bar.onPace() ? "#3a9a3a" : "#e08a1e"))
				.append(fmt(
						"<line x1=\"%.1f\" y1=\"%.1f\" x2=\"%.1f\" y2=\"%.1f\" stroke=\"#b22\" stroke-width=\"3\"/>",
						g.left() + bar.target(), bar.y(), g.left() + bar.target(), bar.y() + 20))
				.append(fmt("<text x=\"%.1f\" y=\"%.1f\">%s</text>",
						g.left() + Math.max(bar.length(), bar.target()) + 6, bar.y() + 15, esc(bar.value())))
				.append('\n');
		}
		h.append(fmt("<rect x=\"%.1f\" y=\"%.1f\" width=\"12\" height=\"10\" fill=\"#3a9a3a\"/>", g.left(),
				g.height() - 12.0))
			.append(fmt("<text x=\"%.1f\" y=\"%.1f\">%s</text>", g.left() + 16, g.height() - 3.0, esc(c.goodLabel())))
			.append(fmt("<line x1=\"%.1f\" y1=\"%.1f\" x2=\"%.1f\" y2=\"%.1f\" stroke=\"#b22\" stroke-width=\"3\"/>",
					g.left() + 120, g.height() - 13.0, g.left() + 120, g.height() - 1.0))
			.append(fmt("<text x=\"%.1f\" y=\"%.1f\">%s</text>", g.left() + 126, g.height() - 3.0,
					esc(c.targetLabel())))
			.append("</svg>\n");
	}

	private static void pm25(StringBuilder h, BriefingLayout.Pm25Chart c) {
		Charts.Lines g = Charts.lines(c.months(), 760, 240);
		h.append("<h3 style=\"font-size:14px;margin:16px 0 4px\">")
			.append(esc(c.title()))
			.append("</h3>\n")
			.append("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"")
			.append(g.width())
			.append("\" height=\"")
			.append(g.height())
			.append("\" font-size=\"11\">\n")
			.append(fmt("<line x1=\"%.1f\" y1=\"%.1f\" x2=\"%.1f\" y2=\"%.1f\" stroke=\"#888\"/>", g.left(), g.bottom(),
					g.right(), g.bottom()))
			.append(fmt("<line x1=\"%.1f\" y1=\"%.1f\" x2=\"%.1f\" y2=\"%.1f\" stroke=\"#888\"/>", g.left(), g.top(),
					g.left(), g.bottom()));
		for (Charts.Tick t : g.yTicks()) {
			h.append(fmt("<text x=\"0\" y=\"%.1f\">%s</text>", t.position() + 4, t.label()));
		}
		for (Charts.Tick t : g.xTicks()) {
			h.append(fmt("<text x=\"%.1f\" y=\"%.1f\" text-anchor=\"middle\">%s</text>", t.position(), g.bottom() + 14,
					t.label()));
		}
		polyline(h, g.lastYear(), "#999", "4,3");
		polyline(h, g.thisYear(), "#c0392b", null);
		h.append(fmt("<line x1=\"%.1f\" y1=\"12\" x2=\"%.1f\" y2=\"12\" stroke=\"#c0392b\" stroke-width=\"2\"/>",
				g.right() - 200, g.right() - 180))
			.append(fmt("<text x=\"%.1f\" y=\"16\">%s</text>", g.right() - 176, esc(c.thisYearLabel())))
			.append(fmt(
					"<line x1=\"%.1f\" y1=\"12\" x2=\"%.1f\" y2=\"12\" stroke=\"#999\" stroke-width=\"2\" stroke-dasharray=\"4,3\"/>",
					g.right() - 100, g.right() - 80))
			.append(fmt("<text x=\"%.1f\" y=\"16\">%s</text>", g.right() - 76, esc(c.lastYearLabel())))
			.append("</svg>\n");
	}

	private static void polyline(StringBuilder h, List<double[]> points, String colour, String dash) {
		if (points.isEmpty()) {
			return;
		}
		h.append("<polyline fill=\"none\" stroke=\"")
			.append(colour)
			.append("\" stroke-width=\"2\"")
			.append(dash == null ? "" : " stroke-dasharray=\"" + dash + "\"")
			.append(" points=\"");
		for (double[] p : points) {
			h.append(fmt("%.1f,%.1f ", p[0], p[1]));
		}
		h.append("\"/>\n");
		for (double[] p : points) {
			h.append(fmt("<circle cx=\"%.1f\" cy=\"%.1f\" r=\"3\" fill=\"%s\"/>", p[0], p[1], colour));
		}
	}

	private static String fmt(String pattern, Object... args) {
		return String.format(Locale.ROOT, pattern, args);
	}

	static String esc(String s) {
		if (s == null) {
			return "";
		}
		return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
	}

}
