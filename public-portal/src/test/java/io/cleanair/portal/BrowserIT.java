package io.cleanair.portal;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;

import io.cleanair.testsupport.IsolatedInfrastructure;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The page in a real headless Chromium (Debian's {@code chromium} and
 * {@code chromium-driver}) against the running service: it loads, shows the stations and
 * their categories once events arrived, switches to English, and the station chart
 * renders. Screenshots go to {@code target/screenshots/}.
 */
@PortalIntegrationTest
class BrowserIT {

	static final Path CHROMIUM = Path.of("/usr/bin/chromium");

	static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

	static final Path SCREENSHOTS = Path.of("target", "screenshots");

	@Autowired
	IsolatedInfrastructure infrastructure;

	@LocalServerPort
	int port;

	ChromeDriver browser;

	Path profile;

	@BeforeEach
	void startBrowser() throws IOException {
		Assumptions.assumeTrue(Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER),
				"Browser test skipped: no /usr/bin/chromium and /usr/bin/chromedriver (apt-get install chromium chromium-driver)");
		profile = Files.createTempDirectory("portal-chromium-");
		ChromeOptions options = new ChromeOptions();
		options.setBinary(CHROMIUM.toFile());
		options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
				"--disable-background-networking", "--disable-component-update", "--disable-sync",
				"--disable-dev-shm-usage", "--user-data-dir=" + profile, "--window-size=1280,1800");
		ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile())
			.usingAnyFreePort()
			.build();
		browser = new ChromeDriver(service, options);
		browser.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
		Files.createDirectories(SCREENSHOTS);
	}

	@AfterEach
	void stopBrowser() throws IOException {
		if (browser != null) {
			browser.quit();
		}
		if (profile != null) {
			try (var files = Files.walk(profile)) {
				files.sorted(java.util.Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
			}
		}
	}

	@Test
	void residentsSeeStationsAndCategoriesSwitchLanguageAndOpenAStationsChart() throws IOException {
		browser.get(url("/"));
		assertThat(browser.getTitle()).isEqualTo("城市空气质量实时发布");
		assertThat(browser.findElement(By.tagName("html")).getAttribute("lang")).isEqualTo("zh-CN");

		try (Events events = new Events(infrastructure.suffix())) {
			DemoData.publish(events);
		}
		await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(500)).untilAsserted(() -> {
			browser.navigate().refresh();
			assertThat(browser.findElements(By.cssSelector("#stations li[data-category]"))).hasSize(3);
			assertThat(browser.findElements(By.cssSelector("#districts tbody tr"))).hasSize(2);
		});
		WebElement tiantan = browser.findElement(By.cssSelector("li[data-station='tiantan']"));
		assertThat(tiantan.getText()).contains("天坛", "轻度污染", "首要污染物", "细颗粒物 PM2.5", "建议措施");
		assertThat(tiantan.findElement(By.cssSelector(".badge")).getCssValue("background-color"))
			.isEqualTo("rgba(255, 126, 0, 1)");
		assertThat(browser.findElement(By.cssSelector("li[data-station='wanliu']")).getText()).contains("重度污染");
		assertThat(browser.findElement(By.id("rule-set")).getText()).contains("HJ 633-2026");
		assertThat(browser.findElement(By.id("source")).getText()).contains("数据来源");
		screenshot("portal-zh.png");

		browser.findElement(By.cssSelector("a.lang")).click();
		await().atMost(Duration.ofSeconds(10))
			.untilAsserted(
					() -> assertThat(browser.findElement(By.tagName("html")).getAttribute("lang")).isEqualTo("en"));
		assertThat(browser.getTitle()).isEqualTo("City air quality, live");
		assertThat(browser.findElement(By.cssSelector("li[data-station='tiantan']")).getText())
			.contains("Lightly polluted", "Primary pollutant", "Recommended actions");
		assertThat(browser.findElement(By.id("districts")).getText()).contains("东城区", "80 %");
		screenshot("portal-en.png");

		browser.manage().window().setSize(new Dimension(390, 844));
		browser.navigate().refresh();
		Long overflow = (Long) ((JavascriptExecutor) browser)
			.executeScript("return document.documentElement.scrollWidth - window.innerWidth;");
		assertThat(overflow).as("horizontal overflow on a phone, px").isLessThanOrEqualTo(0L);
		screenshot("portal-phone.png");
		browser.manage().window().setSize(new Dimension(1280, 1800));

		browser.findElement(By.cssSelector("li[data-station='tiantan'] h3 a")).click();
		WebElement chart = await().atMost(Duration.ofSeconds(10))
			.until(() -> browser.findElements(By.cssSelector("svg#chart")), l -> !l.isEmpty())
			.get(0);
		List<WebElement> bars = chart.findElements(By.cssSelector("rect.bar"));
		assertThat(bars).hasSize(48);
		assertThat(chart.getSize().getWidth()).isGreaterThan(300);
		assertThat(bars.get(47).getSize().getHeight()).isGreaterThan(0);
		assertThat(chart.getAttribute("role")).isEqualTo("img");
		assertThat(browser.findElement(By.id("chart-desc")).getAttribute("textContent")).contains("48 hourly values");
		screenshot("station-tiantan.png");
	}

	private String url(String path) {
		return "http://localhost:" + port + path;
	}

	private void screenshot(String name) throws IOException {
		File shot = ((TakesScreenshot) browser).getScreenshotAs(OutputType.FILE);
		Files.copy(shot.toPath(), SCREENSHOTS.resolve(name), StandardCopyOption.REPLACE_EXISTING);
	}

}
