package io.cleanair.portal;

import com.tngtech.archunit.core.domain.JavaClasses;
import io.cleanair.testsupport.ArchitectureRules;
import org.junit.jupiter.api.Test;

/** The shared architecture rules, checked against this service's classes. */
class ArchitectureTests {

	static final JavaClasses CLASSES = ArchitectureRules.mainClasses("io.cleanair.portal");

	@Test
	void noPackageCycles() {
		ArchitectureRules.noPackageCycles("io.cleanair.portal").check(CLASSES);
	}

	@Test
	void noOtherServicesPackages() {
		ArchitectureRules.noOtherService("io.cleanair.portal").check(CLASSES);
	}

}
