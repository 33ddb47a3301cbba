package org.samverkan.endtoend;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * One person's browser: Debian's headless Chromium with its own profile (its own cookies), driven by its own
 * chromedriver; nothing is downloaded. The portal's pages are checked with axe-core by the portal's own browser
 * tests; here the browser only carries a person through Keycloak's pages and the portal.
 */
final class Chromium implements AutoCloseable {
    private static final String BINARY = System.getProperty("portal.chromium", "/usr/bin/chromium");
    private static final String DRIVER = System.getProperty("portal.chromedriver", "/usr/bin/chromedriver");
    private final WebDriver driver;
    private final Path profile;

    /** In CI the browser is part of the job (.ci/run installs it): missing, the test fails. Locally it skips. */
    static void require() {
        boolean present = new File(BINARY).canExecute() && new File(DRIVER).canExecute();
        if (!present && "true".equalsIgnoreCase(System.getenv("CI"))) {
            throw new IllegalStateException("CI=true but " + BINARY + " or " + DRIVER + " is missing (.ci/run installs them)");
        }
        Assumptions.assumeTrue(present, "Browser test skipped: no " + BINARY + " / " + DRIVER);
    }

    Chromium() throws IOException {
        profile = Files.createTempDirectory("samverkan-chromium");
        ChromeOptions options = new ChromeOptions().setBinary(BINARY).addArguments("--headless=new", "--no-sandbox",
                "--disable-gpu", "--no-first-run", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--disable-dev-shm-usage", "--window-size=1280,900", "--lang=sv-SE",
                "--user-data-dir=" + profile);
        driver = new ChromeDriver(new ChromeDriverService.Builder().usingDriverExecutable(new File(DRIVER))
                .usingAnyFreePort().build(), options);
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
    }

    Chromium open(String url) {
        driver.get(url);
        return loaded();
    }

    /** Clicks a link or button that loads another page, and waits until it has loaded. */
    Chromium click(By by) {
        ((JavascriptExecutor) driver).executeScript("window.leavingThisPage = true"); // a new document lacks it
        driver.findElement(by).click();
        new WebDriverWait(driver, Duration.ofSeconds(30)).until(d -> Boolean.TRUE.equals(((JavascriptExecutor) d)
                .executeScript("return window.leavingThisPage !== true && document.readyState === 'complete'")));
        return this;
    }

    Chromium type(By field, String text) {
        WebElement element = driver.findElement(field);
        element.clear();
        element.sendKeys(text);
        return this;
    }

    /** Ticks a checkbox (or leaves it ticked). */
    Chromium tick(String name, String value) {
        WebElement box = driver.findElement(By.cssSelector("input[name='" + name + "'][value='" + value + "']"));
        if (!box.isSelected()) {
            box.click();
        }
        return this;
    }

    boolean has(By by) {
        return !driver.findElements(by).isEmpty();
    }

    String text(By by) {
        return driver.findElement(by).getText();
    }

    String value(By by) {
        return driver.findElement(by).getDomProperty("value");
    }

    String url() {
        return driver.getCurrentUrl();
    }

    WebDriver driver() {
        return driver;
    }

    private Chromium loaded() {
        new WebDriverWait(driver, Duration.ofSeconds(30)).until(d ->
                "complete".equals(((JavascriptExecutor) d).executeScript("return document.readyState")));
        return this;
    }

    @Override
    public void close() throws IOException {
        driver.quit();
        try (var files = Files.walk(profile)) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(file -> file.toFile().delete());
        }
    }
}
