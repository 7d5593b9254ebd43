package io.cleanair.alert.briefing;

import java.nio.file.Path;

import io.cleanair.problems.ApiProblem;
import io.cleanair.problems.ProblemType;

/**
 * The CJK font for PDFs is not where configuration says: the problem
 * {@code briefing-font-missing} (503).
 */
class FontMissingException extends ApiProblem {

	private static final long serialVersionUID = 1L;

	FontMissingException(Path font, Throwable cause) {
		super(ProblemType.BRIEFING_FONT_MISSING,
				"the CJK font for PDF briefings is missing or unreadable at " + font
						+ ": install fonts-wqy-microhei or set aq.alert.briefing.font (the HTML briefing still works)",
				cause);
		with("font", font.toString());
	}

}
