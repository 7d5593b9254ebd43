package io.cleanair.alert.briefing;

import java.net.URI;
import java.nio.file.Path;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/** The CJK font for PDFs is not where configuration says: problem {@code briefing-font-missing} (503). */
class FontMissingException extends ErrorResponseException {

	private static final long serialVersionUID = 1L;

	static final URI TYPE = URI.create("https://cleanair.io/problems/briefing-font-missing");

	FontMissingException(Path font, Throwable cause) {
		super(HttpStatus.SERVICE_UNAVAILABLE, problem(font), cause);
	}

	private static ProblemDetail problem(Path font) {
		ProblemDetail p = ProblemDetail.forStatusAndDetail(HttpStatus.SERVICE_UNAVAILABLE, "the CJK font for PDF briefings"
				+ " is missing or unreadable at " + font + ": install fonts-wqy-microhei or set aq.alert.briefing.font"
				+ " (the HTML briefing still works)");
		p.setType(TYPE);
		p.setTitle("Briefing font missing");
		p.setProperty("font", font.toString());
		return p;
	}
}
