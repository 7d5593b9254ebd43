package io.cleanair.alert.delivery.channel;

/** SMS through the configured provider, behind the SMS channel's resilience. */
public final class SmsChannel {

	private final SmsProvider provider;

	private final ChannelResilience resilience;

	public SmsChannel(SmsProvider provider, ChannelResilience resilience) {
		this.provider = provider;
		this.resilience = resilience;
	}

	public Delivery send(OutgoingMessage n) {
		if (provider instanceof NoSmsProvider) {
			throw new DeliveryException(DeliveryException.Kind.UNAVAILABLE, provider.name(),
					"no SMS provider configured (aq.alert.sms.provider)");
		}
		return resilience.call(() -> provider.send(new SmsProvider.SmsRequest(n.id(), n.recipient(), n.body())));
	}

	public String providerName() {
		return provider.name();
	}

	public ChannelResilience resilience() {
		return resilience;
	}

}
