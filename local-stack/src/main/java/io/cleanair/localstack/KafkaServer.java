package io.cleanair.localstack;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
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
 * A real single-node Kafka broker in KRaft mode (broker and controller in one), with its
 * log directory kept between runs. The storage is formatted once, on first start.
 */
final class KafkaServer implements AutoCloseable {

	private final KafkaRaftServer server;

	private final int port;

	private KafkaServer(KafkaRaftServer server, int port) {
		this.server = server;
		this.port = port;
	}

	static KafkaServer start(Path dataDirectory, int port, int controllerPort) throws IOException {
		Path logDir = dataDirectory.resolve("logs");
		Files.createDirectories(logDir);
		Properties props = new Properties();
		props.put("process.roles", "broker,controller");
		props.put("node.id", "1");
		props.put("controller.quorum.voters", "1@localhost:" + controllerPort);
		props.put("listeners", "PLAINTEXT://localhost:" + port + ",CONTROLLER://localhost:" + controllerPort);
		props.put("advertised.listeners", "PLAINTEXT://localhost:" + port);
		props.put("controller.listener.names", "CONTROLLER");
		props.put("listener.security.protocol.map", "PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT");
		props.put("inter.broker.listener.name", "PLAINTEXT");
		props.put("log.dirs", logDir.toString());
		props.put("num.partitions", "3");
		props.put("offsets.topic.replication.factor", "1");
		props.put("transaction.state.log.replication.factor", "1");
		props.put("transaction.state.log.min.isr", "1");
		props.put("share.coordinator.state.topic.replication.factor", "1");
		props.put("share.coordinator.state.topic.min.isr", "1");
		props.put("group.initial.rebalance.delay.ms", "0");
		props.put("auto.create.topics.enable", "true");
		format(dataDirectory, props);
		KafkaRaftServer server = new KafkaRaftServer(KafkaConfig.fromProps(props, false), Time.SYSTEM);
		server.startup();
		return new KafkaServer(server, port);
	}

	/**
	 * As {@code kafka-storage.sh format --ignore-formatted}: a no-op once the directory
	 * holds a cluster.
	 */
	private static void format(Path dataDirectory, Properties props) throws IOException {
		Path config = dataDirectory.resolve("server.properties");
		try (OutputStream out = Files.newOutputStream(config)) {
			props.store(out, "written by the local stack");
		}
		ByteArrayOutputStream output = new ByteArrayOutputStream();
		int exit = StorageTool.execute(new String[] { "format", "--cluster-id", clusterId(dataDirectory), "--config",
				config.toString(), "--ignore-formatted" }, new PrintStream(output, true, StandardCharsets.UTF_8));
		if (exit != 0) {
			throw new IOException("Formatting Kafka storage failed: " + output.toString(StandardCharsets.UTF_8));
		}
	}

	/**
	 * The cluster id chosen on first start; the broker refuses a log directory formatted
	 * for another.
	 */
	private static String clusterId(Path dataDirectory) throws IOException {
		Path file = dataDirectory.resolve("cluster.id");
		if (!Files.exists(file)) {
			Files.writeString(file, Uuid.randomUuid().toString());
		}
		return Files.readString(file).trim();
	}

	String bootstrapServers() {
		return "localhost:" + port;
	}

	@Override
	public void close() {
		server.shutdown();
		server.awaitShutdown();
	}

}
