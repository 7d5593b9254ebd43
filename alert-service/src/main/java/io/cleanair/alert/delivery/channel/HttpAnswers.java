package io.cleanair.alert.delivery.channel;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.util.concurrent.CompletionException;

/** Maps HTTP outcomes of SMS gateways to deliveries and delivery errors. */
final class HttpAnswers {

	private HttpAnswers() {
	}

	/** 429 and 5xx may pass later; other 4xx will not. */
	static DeliveryException.Kind kindOf(int status) {
		return status == 429 || status == 408 || status >= 500 ? DeliveryException.Kind.TRANSIENT
				: DeliveryException.Kind.PERMANENT;
	}

	static DeliveryException failure(String provider, Throwable e) {
		Throwable t = e instanceof CompletionException && e.getCause() != null ? e.getCause() : e;
		if (t instanceof DeliveryException d) {
			return d;
		}
		String what = t instanceof IOException ? "could not reach the gateway: " : "request failed: ";
		return new DeliveryException(DeliveryException.Kind.TRANSIENT, provider, what + t, t);
	}

	static String shorten(String body) {
		String s = body == null ? "" : body.replaceAll("\\s+", " ").trim();
		return s.length() > 300 ? s.substring(0, 300) + "…" : s;
	}

	static void check(String provider, HttpResponse<String> response, String detail) {
		int status = response.statusCode();
		if (status / 100 != 2) {
			throw new DeliveryException(kindOf(status), provider, "HTTP " + status + " " + detail);
		}
	}

}
