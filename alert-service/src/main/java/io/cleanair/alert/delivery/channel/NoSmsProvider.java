package io.cleanair.alert.delivery.channel;

import java.util.concurrent.CompletableFuture;

/** No SMS gateway configured: every SMS falls back to email at once. */
public final class NoSmsProvider implements SmsProvider {

	@Override
	public String name() {
		return "none";
	}

	@Override
	public CompletableFuture<Delivery> send(SmsRequest request) {
		return CompletableFuture.failedFuture(new DeliveryException(DeliveryException.Kind.UNAVAILABLE, name(),
				"no SMS provider configured (aq.alert.sms.provider)"));
	}

}
