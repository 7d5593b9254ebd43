package io.cleanair.localstack;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The PostgreSQL server process of a data directory, as its {@code postmaster.pid} names
 * it. A stack killed with {@code kill -9} cannot stop its PostgreSQL, which then keeps
 * the port and its shared buffers: the next start finds it with {@link #orphanOf} and
 * stops it at once ({@link #stopImmediately}, PostgreSQL's immediate shutdown; the server
 * recovers from its WAL on the next start, as after a crash). {@link #watch} makes a
 * running server die with this JVM where the platform allows.
 */
final class Postmaster {

	private static final Logger log = LoggerFactory.getLogger(Postmaster.class);

	private static final Duration STOP_WAIT = Duration.ofSeconds(20);

	private final ProcessHandle process;

	private Postmaster(ProcessHandle process) {
		this.process = process;
	}

	/** The live server named by the directory's {@code postmaster.pid}, if any. */
	static Optional<Postmaster> of(Path dataDirectory) {
		Path pidFile = dataDirectory.resolve("postmaster.pid");
		if (!Files.isRegularFile(pidFile)) {
			return Optional.empty();
		}
		try {
			List<String> lines = Files.readAllLines(pidFile);
			long pid = Long.parseLong(lines.get(0).trim());
			return ProcessHandle.of(pid)
				.filter(p -> running(p.pid()))
				.filter(p -> p.info().command().map(c -> c.contains("postgres")).orElse(true))
				.map(Postmaster::new);
		}
		catch (IOException | RuntimeException e) {
			// a half-written or foreign file: nothing to stop, pg_ctl will judge it
			return Optional.empty();
		}
	}

	/**
	 * A server left running on the directory by a process that is gone; none can be ours
	 * before we start one.
	 */
	static Optional<Postmaster> orphanOf(Path dataDirectory) {
		return of(dataDirectory).filter(p -> p.process.pid() != ProcessHandle.current().pid());
	}

	long pid() {
		return process.pid();
	}

	/**
	 * Immediate shutdown (SIGQUIT: no checkpoint, the server's children end too), killed
	 * outright if it does not end in time.
	 */
	void stopImmediately() throws IOException {
		log.warn("A PostgreSQL (pid {}) from an earlier run still holds the data directory; stopping it", pid());
		signal("QUIT");
		// the server is not our child: its end is seen by looking, not by waiting on it
		long deadline = System.nanoTime() + STOP_WAIT.toNanos();
		while (running(pid()) && System.nanoTime() < deadline) {
			try {
				Thread.sleep(50);
			}
			catch (InterruptedException e) {
				Thread.currentThread().interrupt();
				throw new IOException("interrupted while stopping PostgreSQL " + pid(), e);
			}
		}
		if (running(pid())) {
			process.destroyForcibly();
		}
	}

	/**
	 * Whether the process is alive and not a zombie (an exited process nobody reaped, as
	 * in containers whose init does not reap).
	 */
	static boolean running(long pid) {
		if (!ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false)) {
			return false;
		}
		try {
			String stat = Files.readString(Path.of("/proc", Long.toString(pid), "stat"));
			int end = stat.lastIndexOf(')');
			return end < 0 || end + 2 >= stat.length() || stat.charAt(end + 2) != 'Z';
		}
		catch (IOException | RuntimeException e) {
			return true;
		}
	}

	/**
	 * A watchdog process that stops the server when this JVM dies, however it dies: it
	 * waits on a pipe from this JVM, which the kernel closes when the JVM is gone. On a
	 * platform without {@code sh} it is not started, and {@link #orphanOf} is the safety
	 * net.
	 */
	Optional<Process> watch() {
		try {
			Process watchdog = new ProcessBuilder("sh", "-c", "read ignored; kill -QUIT " + pid() + " 2>/dev/null")
				.redirectOutput(ProcessBuilder.Redirect.DISCARD)
				.redirectError(ProcessBuilder.Redirect.DISCARD)
				.start();
			return Optional.of(watchdog);
		}
		catch (IOException e) {
			log.info("PostgreSQL (pid {}) will not stop by itself if this process is killed: {}", pid(),
					e.getMessage());
			return Optional.empty();
		}
	}

	private void signal(String name) throws IOException {
		try {
			new ProcessBuilder("kill", "-" + name, Long.toString(pid())).inheritIO().start().waitFor();
		}
		catch (IOException e) {
			process.destroy();
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new IOException("interrupted while signalling PostgreSQL " + pid(), e);
		}
	}

}
