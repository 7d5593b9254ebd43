package io.cleanair.testsupport;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;

import kafka.server.KafkaConfig;
import kafka.server.KafkaRaftServer;
import kafka.tools.StorageTool;
import org.apache.kafka.common.Uuid;
import org.apache.kafka.common.utils.Time;

/**
 * A single-node KRaft broker of a test's own that can be stopped and started again at the
 * same address with the same log directory, so that what it acknowledged before an outage
 * is still there after it.
 */
public final class RestartableBroker implements AutoCloseable {

	private final Properties config;

	private final int port;

	private KafkaRaftServer server;

	private RestartableBroker(Properties config, int port) {
		this.config = config;
		this.port = port;
	}

	public static RestartableBroker start() {
		try {
			Path dir = Files.createTempDirectory("restartable-kafka");
			int port = freePort();
			int controllerPort = freePort();
			Properties props = new Properties();
			props.put("process.roles", "broker,controller");
			props.put("node.id", "1");
			props.put("controller.quorum.voters", "1@localhost:" + controllerPort);
			props.put("listeners", "PLAINTEXT://localhost:" + port + ",CONTROLLER://localhost:" + controllerPort);
			props.put("advertised.listeners", "PLAINTEXT://localhost:" + port);
			props.put("controller.listener.names", "CONTROLLER");
			props.put("listener.security.protocol.map", "PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT");
			props.put("inter.broker.listener.name", "PLAINTEXT");
			props.put("log.dirs", dir.resolve("logs").toString());
			props.put("num.partitions", "1");
			props.put("offsets.topic.replication.factor", "1");
			props.put("transaction.state.log.replication.factor", "1");
			props.put("transaction.state.log.min.isr", "1");
			props.put("share.coordinator.state.topic.replication.factor", "1");
			props.put("share.coordinator.state.topic.min.isr", "1");
			props.put("group.initial.rebalance.delay.ms", "0");
			props.put("auto.create.topics.enable", "true");
			format(dir, props);
			RestartableBroker broker = new RestartableBroker(props, port);
			broker.startAgain();
			return broker;
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	public String bootstrapServers() {
		return "localhost:" + port;
	}

	public synchronized void startAgain() {
		server = new KafkaRaftServer(KafkaConfig.fromProps(config, false), Time.SYSTEM);
		server.startup();
	}

	public synchronized void stop() {
		if (server != null) {
			server.shutdown();
			server.awaitShutdown();
			server = null;
		}
	}

	@Override
	public void close() {
		stop();
	}

	private static void format(Path dir, Properties props) throws IOException {
		Path file = dir.resolve("server.properties");
		try (OutputStream out = Files.newOutputStream(file)) {
			props.store(out, null);
		}
		ByteArrayOutputStream output = new ByteArrayOutputStream();
		int exit = StorageTool.execute(
				new String[] { "format", "--cluster-id", Uuid.randomUuid().toString(), "--config", file.toString() },
				new PrintStream(output, true, StandardCharsets.UTF_8));
		if (exit != 0) {
			throw new IOException("formatting the Kafka storage failed: " + output.toString(StandardCharsets.UTF_8));
		}
	}

	private static int freePort() throws IOException {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
	}

}
