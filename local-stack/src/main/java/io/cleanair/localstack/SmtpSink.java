package io.cleanair.localstack;

import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * An SMTP server that accepts every message and logs it, so alert emails can be seen
 * locally.
 */
final class SmtpSink implements AutoCloseable {

	private static final Logger log = LoggerFactory.getLogger("smtp-sink");

	private final GreenMail greenMail;

	private final ScheduledExecutorService poller = Executors.newSingleThreadScheduledExecutor(r -> {
		Thread t = new Thread(r, "smtp-sink-log");
		t.setDaemon(true);
		return t;
	});

	private int logged;

	private SmtpSink(GreenMail greenMail) {
		this.greenMail = greenMail;
	}

	static SmtpSink start(int port) {
		GreenMail greenMail = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
		greenMail.start();
		SmtpSink sink = new SmtpSink(greenMail);
		sink.poller.scheduleWithFixedDelay(sink::logNewMessages, 1, 1, TimeUnit.SECONDS);
		return sink;
	}

	int port() {
		return greenMail.getSmtp().getPort();
	}

	MimeMessage[] received() {
		return greenMail.getReceivedMessages();
	}

	private synchronized void logNewMessages() {
		MimeMessage[] messages = greenMail.getReceivedMessages();
		for (; logged < messages.length; logged++) {
			MimeMessage m = messages[logged];
			try {
				Object content = m.getContent();
				log.info("EMAIL to {} | {}\n{}", GreenMailUtil.getAddressList(m.getAllRecipients()), m.getSubject(),
						content instanceof String text ? text : GreenMailUtil.getBody(m));
			}
			catch (MessagingException | java.io.IOException e) {
				log.warn("Could not read a received email", e);
			}
		}
	}

	@Override
	public void close() {
		poller.shutdownNow();
		logNewMessages();
		greenMail.stop();
	}

}
