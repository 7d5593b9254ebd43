package io.cleanair.alert.briefing;

import java.time.ZoneId;

import io.cleanair.alert.briefing.BriefingLayout.Block;

/** A briefing as plain text: the e-mail's alternative to the HTML. */
final class TextBriefing {

	private TextBriefing() {
	}

	static String render(Briefing b, ZoneId zone) {
		StringBuilder t = new StringBuilder(8_000);
		t.append(BriefingLayout.title(b)).append('\n').append(BriefingLayout.subtitle(b, zone)).append("\n");
		for (Block block : BriefingLayout.blocks(b, zone)) {
			if (block instanceof BriefingLayout.Heading h) {
				t.append('\n').append(h.text()).append('\n');
			}
			else if (block instanceof BriefingLayout.Paragraph p) {
				t.append(p.text()).append('\n');
			}
			else if (block instanceof BriefingLayout.Table table) {
				t.append(String.join(" | ", table.headers())).append('\n');
				table.rows().forEach(r -> t.append(String.join(" | ", r)).append('\n'));
			}
		}
		return t.toString();
	}

}
