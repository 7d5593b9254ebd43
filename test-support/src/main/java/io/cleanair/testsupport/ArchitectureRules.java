package io.cleanair.testsupport;

import java.util.List;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/**
 * The architecture rules every service checks in its tests: no package cycles, no service
 * reaching into another service's packages, and domain packages free of frameworks and
 * infrastructure.
 */
public final class ArchitectureRules {

	/** The services' root packages; none may import another's. */
	public static final List<String> SERVICES = List.of("io.cleanair.ingest", "io.cleanair.analytics",
			"io.cleanair.alert", "io.cleanair.portal");

	private static final String[] INFRASTRUCTURE = { "org.springframework..", "java.sql..", "javax.sql..",
			"org.apache.kafka..", "jakarta..", "reactor.." };

	private ArchitectureRules() {
	}

	/** The production classes below a root package (test classes left out). */
	public static JavaClasses mainClasses(String rootPackage) {
		return new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
			.importPackages(rootPackage);
	}

	/**
	 * Every package below the root is a slice of its own; no two depend on each other,
	 * directly or not.
	 */
	public static ArchRule noPackageCycles(String rootPackage) {
		return slices().matching(rootPackage + ".(**)")
			.should()
			.beFreeOfCycles()
			.because("a package is read and changed on its own only when nothing it uses uses it back");
	}

	/** A service depends on aq-core and the shared modules, never on another service. */
	public static ArchRule noOtherService(String rootPackage) {
		String[] others = SERVICES.stream()
			.filter(s -> !s.equals(rootPackage))
			.map(s -> s + "..")
			.toArray(String[]::new);
		return noClasses().that()
			.resideInAPackage(rootPackage + "..")
			.should()
			.dependOnClassesThat()
			.resideInAnyPackage(others)
			.because("services share events and HTTP APIs, not classes");
	}

	/** Domain packages are plain Java: no Spring, JDBC, Kafka, Jakarta EE or Reactor. */
	public static ArchRule plainJava(String... domainPackages) {
		return noClasses().that()
			.resideInAnyPackage(domainPackages)
			.should()
			.dependOnClassesThat()
			.resideInAnyPackage(INFRASTRUCTURE)
			.because("the domain is tested and read without a framework");
	}

}
