package io.cleanair.core;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** aq-core is plain Java: no Spring, JDBC, Kafka or Jakarta EE (house style §1). */
class ArchitectureTests {

	private static final JavaClasses CORE = new ClassFileImporter()
		.withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
		.importPackages("io.cleanair.core");

	@Test
	void coreImportsNoFrameworkOrInfrastructure() {
		noClasses().that()
			.resideInAPackage("io.cleanair.core..")
			.should()
			.dependOnClassesThat()
			.resideInAnyPackage("org.springframework..", "java.sql..", "javax.sql..", "org.apache.kafka..", "jakarta..")
			.because("aq-core holds the domain and must stay free of frameworks and infrastructure")
			.check(CORE);
	}

	@Test
	void coreClassesWereFound() {
		org.assertj.core.api.Assertions.assertThat(CORE).isNotEmpty();
	}

}
