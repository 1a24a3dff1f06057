package org.lerhub.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;
import tools.jackson.databind.JsonNode;

/**
 * A real headless Chromium (Debian's chromium and chromium-driver) driving the admin UI as a person would:
 * signs in, clicks, types; takes screenshots under {@code target/screenshots/}; runs axe-core in the page.
 */
final class Browser implements AutoCloseable {

    static final Path SCREENSHOTS = Path.of("target/screenshots");
    private static final String AXE = axeSource();

    private final ChromeDriverService service;
    private final ChromeDriver driver;
    private final String base;

    Browser(int port) {
        this.base = "http://127.0.0.1:" + port;
        service = new ChromeDriverService.Builder().usingDriverExecutable(new File("/usr/bin/chromedriver"))
                .usingAnyFreePort().build();
        ChromeOptions options = new ChromeOptions();
        options.setBinary("/usr/bin/chromium");
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-extensions", "--disable-sync", "--no-first-run",
                "--disable-component-update", "--disable-default-apps", "--window-size=1280,900", "--lang=en-US");
        driver = new ChromeDriver(service, options);
        driver.manage().timeouts().implicitlyWait(Duration.ofSeconds(2));
    }

    WebDriver driver() {
        return driver;
    }

    void open(String path) {
        driver.get(base + path);
    }

    void signIn(String user) {
        driver.manage().deleteAllCookies();
        open("/login");
        type(By.id("username"), user);
        type(By.id("password"), "demo");
        go(By.cssSelector("main button[type=submit]"));
        assertThat(driver.findElement(By.tagName("h1")).getText()).contains(user);
    }

    void type(By field, String text) {
        WebElement element = driver.findElement(field);
        element.clear();
        element.sendKeys(text);
    }

    /** Clicks something on the page that does not load another page (a radio button, a summary). */
    void click(By target) {
        driver.findElement(target).click();
    }

    /** Clicks a link or button that loads a page, and waits until the new page has replaced the old one. */
    void go(By target) {
        WebElement old = driver.findElement(By.tagName("html"));
        driver.findElement(target).click();
        // the old page is gone once its root is stale; Chromium sometimes says so with "does not belong to the document"
        new WebDriverWait(driver, Duration.ofSeconds(30)).until(d -> {
            try {
                old.isEnabled();
                return false;
            } catch (StaleElementReferenceException e) {
                return true;
            } catch (WebDriverException e) {
                if (e.getMessage() != null && e.getMessage().contains("does not belong to the document")) {
                    return true;
                }
                throw e;
            }
        });
    }

    /** Waits until the main landmark shows {@code text}: a page that updates itself, like a job's progress. */
    void awaitMain(String text) {
        new WebDriverWait(driver, Duration.ofSeconds(60)).ignoring(StaleElementReferenceException.class)
                .until(d -> main().contains(text));
    }

    /** Fetches {@code url} as the page would (same cookies): "status content-type" and the body. */
    String fetch(String url) {
        return String.valueOf(driver.executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                fetch(arguments[0]).then(r => r.text().then(body => done(r.status + ' ' + r.headers.get('Content-Type') + '\\n' + body)),
                                         e => done(String(e)));""", url));
    }

    /** The visible text of the page's main landmark. */
    String main() {
        return driver.findElement(By.tagName("main")).getText();
    }

    void screenshot(String name) {
        try {
            Files.createDirectories(SCREENSHOTS);
            Files.copy(driver.getScreenshotAs(OutputType.FILE).toPath(), SCREENSHOTS.resolve(name + ".png"),
                    StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new IllegalStateException("cannot write screenshot " + name, e);
        }
    }

    /** Screenshots the page and asserts that axe-core finds no serious or critical WCAG 2.1 A/AA violation on it. */
    void checkPage(String name) {
        screenshot(name);
        assertThat(seriousViolations()).as("serious or critical accessibility violations on " + name + " ("
                + driver.getCurrentUrl() + ")").isEmpty();
    }

    List<String> seriousViolations() {
        JavascriptExecutor js = driver;
        js.executeScript(AXE);
        Object result = js.executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                axe.run(document, {runOnly: {type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice']}})
                   .then(r => done(JSON.stringify(r.violations)), e => done('{"error":"' + e + '"}'));""");
        JsonNode violations = HubClient.JSON.readTree(String.valueOf(result));
        assertThat(violations.isArray()).as(String.valueOf(result)).isTrue();
        List<String> serious = new ArrayList<>();
        for (JsonNode violation : violations) {
            String impact = violation.path("impact").asString("");
            if (impact.equals("serious") || impact.equals("critical")) {
                List<String> targets = new ArrayList<>();
                violation.path("nodes").forEach(node -> targets.add(node.path("target").toString()));
                serious.add(violation.path("id").asString() + " (" + impact + "): " + violation.path("help").asString()
                        + " at " + targets);
            }
        }
        return serious;
    }

    private static String axeSource() {
        try (InputStream in = Browser.class.getResourceAsStream("/axe/axe.min.js")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        driver.quit();
        service.stop();
    }
}
