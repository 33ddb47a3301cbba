package org.samverkan.portal.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;

import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's headless Chromium driven by its own chromedriver (nothing is downloaded). Every page a test opens is
 * checked with axe-core; {@link #open} and {@link #submit} fail the test on a serious or critical violation.
 * With {@code -Dportal.screenshots=<dir>} the named pages are also saved as PNG at desktop and phone width.
 */
final class Browser {
    static final String CHROMIUM = System.getProperty("portal.chromium", "/usr/bin/chromium");
    static final String CHROMEDRIVER = System.getProperty("portal.chromedriver", "/usr/bin/chromedriver");
    private static Browser instance;
    private final WebDriver driver;
    private final String base;
    private final Path profile;

    static synchronized Browser get(String base) {
        requireChromium();
        if (instance == null) {
            instance = new Browser(base);
            Browser browser = instance;
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                browser.driver.quit();
                TempDirs.delete(browser.profile);
            }));
        }
        return instance;
    }

    /** In CI the browser is part of the job (.ci/run installs it): missing, the tests fail. Locally they skip. */
    static void requireChromium() {
        boolean present = new File(CHROMIUM).canExecute() && new File(CHROMEDRIVER).canExecute();
        if (!present && "true".equalsIgnoreCase(System.getenv("CI"))) {
            throw new IllegalStateException("CI=true but " + CHROMIUM + " or " + CHROMEDRIVER
                    + " is missing: install Debian's chromium and chromium-driver (.ci/run does)");
        }
        Assumptions.assumeTrue(present, "Browser tests skipped: no " + CHROMIUM + " / " + CHROMEDRIVER
                + " (apt-get install chromium chromium-driver)");
    }

    private Browser(String base) {
        this.base = base;
        this.profile = TempDirs.create("portal-chromium");
        System.setProperty("webdriver.chrome.driver", CHROMEDRIVER);
        ChromeOptions options = new ChromeOptions().setBinary(CHROMIUM).addArguments("--headless=new", "--no-sandbox",
                "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--disable-dev-shm-usage", "--window-size=1280,900",
                "--lang=sv-SE", "--user-data-dir=" + profile);
        // The console, read after every page: the portal's Content-Security-Policy must refuse nothing it serves.
        options.setCapability("goog:loggingPrefs", java.util.Map.of(LogType.BROWSER, "ALL"));
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(new File(CHROMEDRIVER))
                .usingAnyFreePort().build();
        driver = new ChromeDriver(service, options);
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60)).scriptTimeout(Duration.ofSeconds(60));
    }

    WebDriver driver() {
        return driver;
    }

    /** Opens a portal path (or an absolute URL) and checks the page with axe. */
    Browser open(String pathOrUrl) {
        driver.get(pathOrUrl.startsWith("http") ? pathOrUrl : base + pathOrUrl);
        return checked();
    }

    /**
     * Clicks a link or button that loads a new page, waits for it, then checks that page with axe. A click that
     * loads nothing within 20 s fails the test (a page that changes in place is {@link #clickInPlace}).
     */
    Browser click(By by) {
        // A marker on the old page: gone once the next page (after a PRG redirect, possibly two loads) is there.
        // (Waiting for the old <html> to go stale is not reliable with Chromium 150.)
        ((JavascriptExecutor) driver).executeScript("window.leavingThisPage = true");
        driver.findElement(by).click();
        try {
            new WebDriverWait(driver, Duration.ofSeconds(20)).ignoring(WebDriverException.class).until(d ->
                    Boolean.TRUE.equals(((JavascriptExecutor) d).executeScript(
                            "return window.leavingThisPage !== true && document.readyState === 'complete'")));
        } catch (TimeoutException stillTheSamePage) {
            throw new AssertionError("Clicking " + by + " on " + driver.getCurrentUrl()
                    + " loaded no new page within 20 s", stillTheSamePage);
        }
        return checked();
    }

    /** Clicks something that changes the page in place (htmx, a details summary), then checks the page with axe. */
    Browser clickInPlace(By by) {
        driver.findElement(by).click();
        return checked();
    }

    private Browser loaded() {
        new WebDriverWait(driver, Duration.ofSeconds(20)).until(d ->
                "complete".equals(((JavascriptExecutor) d).executeScript("return document.readyState")));
        return this;
    }

    /** Submits the form the element belongs to with a click on it, then checks the page with axe. */
    Browser submit(By button) {
        return click(button);
    }

    Browser type(By field, String text) {
        WebElement element = driver.findElement(field);
        element.clear();
        element.sendKeys(text);
        return this;
    }

    /** Logs in through the issuer's form, starting at the portal's login link. */
    Browser login(String user) {
        driver.get(base + "/start");
        driver.findElement(By.name("username")).sendKeys(user);
        driver.findElement(By.name("password")).sendKeys("demo");
        driver.findElement(By.cssSelector("button[type=submit], input[type=submit]")).click();
        new WebDriverWait(driver, Duration.ofSeconds(20)).until(d -> d.getCurrentUrl().startsWith(base));
        return loaded().checked();
    }

    /** Forgets every session (portal and issuer share the host name, so one cookie jar covers both). */
    void signOutEverywhere() {
        driver.get(base + "/public/notices");
        driver.manage().deleteAllCookies();
    }

    String text() {
        return driver.findElement(By.tagName("body")).getText();
    }

    WebElement find(By by) {
        return driver.findElement(by);
    }

    String url() {
        return driver.getCurrentUrl();
    }

    /**
     * axe-core, and every in-page link of an error summary leads to an element on the page (a field or its
     * fieldset). Links to other pages (the registry queue's duplicate warning) are ordinary links.
     */
    Browser checked() {
        assertThat(policyViolations()).as("Content-Security-Policy refusals on %s", driver.getCurrentUrl()).isEmpty();
        assertThat(Axe.seriousViolations(driver)).as("axe-core on %s", driver.getCurrentUrl()).isEmpty();
        @SuppressWarnings("unchecked")
        java.util.List<String> dangling = (java.util.List<String>) ((JavascriptExecutor) driver).executeScript(
                "return Array.from(document.querySelectorAll('.error-summary a'))"
                        + ".map(a => a.getAttribute('href') || '')"
                        + ".filter(h => h === '' || h === '#' || (h.startsWith('#')"
                        + " && document.getElementById(decodeURIComponent(h.slice(1))) === null));");
        assertThat(dangling).as("error-summary links without a target on %s", driver.getCurrentUrl()).isEmpty();
        return this;
    }

    /** What the browser refused to load or run because of the page's Content-Security-Policy, since the last look. */
    java.util.List<String> policyViolations() {
        return driver.manage().logs().get(LogType.BROWSER).getAll().stream().map(LogEntry::getMessage)
                .filter(m -> m.contains("Content Security Policy")).toList();
    }

    /** Saves the current page at desktop (1280) and phone (390) width when screenshots are asked for. */
    Browser screenshot(String name) {
        String dir = System.getProperty("portal.screenshots", "");
        if (dir.isBlank() || dir.startsWith("${")) {
            return this;
        }
        try {
            Path target = Path.of(dir);
            Files.createDirectories(target);
            shoot(target.resolve(name + "-desktop.png"), 1280);
            shoot(target.resolve(name + "-phone.png"), 390);
            // the phone layout is checked too (reflow, scrolling regions)
            assertThat(Axe.seriousViolations(driver)).as("axe-core at phone width on %s", driver.getCurrentUrl()).isEmpty();
            driver.manage().window().setSize(new Dimension(1280, 900));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return this;
    }

    private void shoot(Path file, int width) throws IOException {
        driver.manage().window().setSize(new Dimension(width, 900));
        long height = (Long) ((JavascriptExecutor) driver).executeScript("return document.documentElement.scrollHeight");
        driver.manage().window().setSize(new Dimension(width, (int) Math.min(Math.max(height, 600), 3000)));
        File png = ((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE);
        Files.copy(png.toPath(), file, StandardCopyOption.REPLACE_EXISTING);
    }
}
