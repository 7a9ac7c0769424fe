package id.simak.browser;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's headless Chromium driven by Selenium, without any download; skips the test with instructions
 * when Chromium is not installed (CI installs it, so there the browser tests always run).
 */
public final class Browser implements AutoCloseable {

    static final Path CHROMIUM = Path.of(System.getProperty("simak.chromium", "/usr/bin/chromium"));
    static final Path CHROMEDRIVER = Path.of(System.getProperty("simak.chromedriver", "/usr/bin/chromedriver"));

    private final WebDriver driver;
    private final Path profile;
    private final String base;

    private Browser(WebDriver driver, Path profile, String base) {
        this.driver = driver;
        this.profile = profile;
        this.base = base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
    }

    /** Starts Chromium with a phone-sized or desktop window, or skips the test when it is missing. */
    public static Browser open(String baseUrl, int width, int height) {
        Assumptions.assumeTrue(Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER),
                "Browser tests need Debian's chromium and chromium-driver: sudo apt-get install chromium chromium-driver");
        System.setProperty("webdriver.chrome.driver", CHROMEDRIVER.toString());
        System.setProperty("SE_OFFLINE", "true");
        try {
            Path profile = Files.createTempDirectory("simak-chromium");
            ChromeOptions options = new ChromeOptions();
            options.setBinary(CHROMIUM.toFile());
            options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                    "--disable-background-networking", "--disable-component-update", "--disable-sync",
                    "--no-first-run", "--disable-extensions", "--lang=id",
                    "--window-size=" + Math.max(width, 500) + "," + height, "--user-data-dir=" + profile);
            if (width < 500) {
                // Headless windows are at least 500 px wide: a phone needs device emulation.
                options.setExperimentalOption("mobileEmulation", java.util.Map.of("deviceMetrics",
                        java.util.Map.of("width", width, "height", height, "pixelRatio", 1.0)));
            }
            ChromeDriver driver = new ChromeDriver(options);
            driver.manage().timeouts().implicitlyWait(Duration.ofSeconds(2));
            return new Browser(driver, profile, baseUrl);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public WebDriver driver() {
        return driver;
    }

    public void go(String path) {
        driver.get(base + path);
    }

    public WebElement field(String label) {
        WebElement l = driver.findElement(By.xpath("//label[normalize-space()='" + label + "']"));
        return driver.findElement(By.id(l.getAttribute("for")));
    }

    public WebElement button(String name) {
        return driver.findElement(By.xpath("//button[normalize-space()='" + name + "']"));
    }

    public WebElement link(String name) {
        return driver.findElement(By.xpath("//a[normalize-space()='" + name + "']"));
    }

    public WebElement byTestId(String id) {
        return driver.findElement(By.cssSelector("[data-testid='" + id + "']"));
    }

    /**
     * A wait of up to ten seconds. While a form's answer replaces the page, Chromium may report an element of the
     * old page as "not belonging to the document" (a WebDriverException, not a stale element): the wait keeps
     * asking instead of failing, and still fails with the last error after ten seconds.
     */
    public WebDriverWait waiting() {
        WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(10));
        wait.ignoring(org.openqa.selenium.WebDriverException.class);
        return wait;
    }

    /** Whether the page is wider than the window, so that a reader would have to scroll sideways. */
    public boolean scrollsSideways() {
        return (Boolean) ((org.openqa.selenium.JavascriptExecutor) driver)
                .executeScript("return document.documentElement.scrollWidth > window.innerWidth;");
    }

    /**
     * Where a browser test saves a picture: docs/screenshots with {@code -Dsimak.screenshots=true} (to refresh the
     * README's pictures), else target/screenshots.
     */
    public static Path screenshotFile(String name) {
        boolean docs = Boolean.getBoolean("simak.screenshots");
        return Path.of(docs ? "docs/screenshots" : "target/screenshots", name);
    }

    /**
     * Runs axe-core (bundled from npm as a test resource, {@code src/test/resources/axe/}, MPL-2.0) on the page shown
     * and answers its critical and serious violations, each with the rule, its help text and where it was found;
     * empty when there are none. The script is sent through WebDriver, which the page's CSP does not limit.
     */
    public java.util.List<String> seriousAccessibilityViolations() {
        org.openqa.selenium.JavascriptExecutor js = (org.openqa.selenium.JavascriptExecutor) driver;
        js.executeScript(AxeScript.SOURCE);
        Object found = js.executeAsyncScript("""
                var done = arguments[arguments.length - 1];
                axe.run(document, {resultTypes: ['violations']}).then(function (r) {
                  done(r.violations.filter(function (v) { return v.impact === 'critical' || v.impact === 'serious'; })
                    .map(function (v) {
                      return v.id + ' (' + v.impact + '): ' + v.help + ' at '
                        + v.nodes.slice(0, 5).map(function (n) { return n.target.join(' '); }).join(', ');
                    }));
                }, function (e) { done(['axe-core failed: ' + e]); });
                """);
        @SuppressWarnings("unchecked")
        java.util.List<String> violations = (java.util.List<String>) found;
        return violations;
    }

    /** axe-core's script, read once. */
    private static final class AxeScript {
        static final String SOURCE = read();

        private static String read() {
            try (var in = Browser.class.getResourceAsStream("/axe/axe.min.js")) {
                if (in == null) {
                    throw new IllegalStateException("axe/axe.min.js is missing from the test resources");
                }
                return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    /** Logs in through the Indonesian login form and waits for the page that greets the account. */
    public void login(String username, String password) {
        go("/masuk");
        field("Nama pengguna").sendKeys(username);
        field("Kata sandi").sendKeys(password);
        button("Masuk").click();
        waiting().until(org.openqa.selenium.support.ui.ExpectedConditions
                .presenceOfElementLocated(By.cssSelector("[data-testid='signed-in-as']")));
    }

    /** Saves a PNG of the page, for docs/screenshots. */
    public void screenshot(Path file) {
        try {
            Files.createDirectories(file.getParent());
            Files.write(file, ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        driver.quit();
        try (var files = Files.walk(profile)) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException ignored) {
            // A leftover temporary profile is harmless.
        }
    }
}
