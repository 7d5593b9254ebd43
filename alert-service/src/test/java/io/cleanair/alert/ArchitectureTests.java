package io.cleanair.alert;

import com.tngtech.archunit.core.domain.JavaClasses;
import io.cleanair.testsupport.ArchitectureRules;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/** The shared architecture rules, checked against this service's classes. */
class ArchitectureTests {

	static final JavaClasses CLASSES = ArchitectureRules.mainClasses("io.cleanair.alert");

	@Test
	void noPackageCycles() {
		ArchitectureRules.noPackageCycles("io.cleanair.alert").check(CLASSES);
	}

	@Test
	void noOtherServicesPackages() {
		ArchitectureRules.noOtherService("io.cleanair.alert").check(CLASSES);
	}

	@Test
	void incidentDecisionsArePlainJava() {
		ArchitectureRules.plainJava("io.cleanair.alert.incident.domain..").check(CLASSES);
	}

	@Test
	void deliveryKnowsNothingOfIncidents() {
		noClasses().that()
			.resideInAPackage("io.cleanair.alert.delivery..")
			.should()
			.dependOnClassesThat()
			.resideInAPackage("io.cleanair.alert.incident..")
			.because("incidents plan notices through the outbox port; delivery reads them back through its own port")
			.check(CLASSES);
	}

}
