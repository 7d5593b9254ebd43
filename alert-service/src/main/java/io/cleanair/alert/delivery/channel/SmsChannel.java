package io.cleanair.alert.delivery.channel;

import java.util.function.Consumer;

/** SMS through the configured provider, behind the SMS channel's resilience. */
public final class SmsChannel {

	private final SmsProvider provider;

	private final ChannelResilience resilience;

	public SmsChannel(SmsProvider provider, ChannelResilience resilience) {
		this.provider = provider;
		this.resilience = resilience;
	}

	public Delivery send(OutgoingMessage n) {
		return send(n, a -> {
		});
	}

	/** Sends, telling {@code attempts} of every try (retries and refusals included). */
	public Delivery send(OutgoingMessage n, Consumer<Attempt> attempts) {
		if (provider instanceof NoSmsProvider) {
			throw new DeliveryException(DeliveryException.Kind.UNAVAILABLE, provider.name(),
					"no SMS provider configured (aq.alert.sms.provider)");
		}
		SmsProvider.SmsRequest request = new SmsProvider.SmsRequest(n.id(), n.idempotencyKey(), n.recipient(),
				n.body());
		return resilience.call(() -> provider.send(request), attempts);
	}

	public String providerName() {
		return provider.name();
	}

	public ChannelResilience resilience() {
		return resilience;
	}

}
