package dev.upkisim.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Stream;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.support.ui.ExpectedCondition;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A real browser for page tests: Debian's headless chromium driven through Debian's chromedriver, with a fresh
 * profile, its own download directory and its own trust store, all in one temporary directory removed on close.
 *
 * <p><b>No downloads by Selenium.</b> The driver is given as {@link ChromeDriverService} executable and the browser
 * with {@code ChromeOptions.setBinary}, so Selenium's DriverFinder takes the service's path and never runs Selenium
 * Manager (which would look for, and could download, a browser and a driver). Install the Debian packages
 * {@code chromium} and {@code chromium-driver}; {@code .ci/run} does.
 *
 * <p><b>HTTPS.</b> The browser trusts the CAs it is given, as a user who imported them would: Chromium on Linux
 * reads user-trusted CAs from the NSS database {@code $HOME/.pki/nssdb} (its {@code --user-data-dir} does not
 * matter), so chromedriver, and through it chromium, run with {@code HOME} set to a directory of this browser
 * whose NSS database holds the simulator's root with trust {@code C,,} ({@link NssTrust}). Certificate errors are
 * not ignored ({@code --ignore-certificate-errors} is never passed): a page whose certificate does not chain to
 * a given CA shows Chromium's privacy error, so a TLS test sees what a user would. The same {@code HOME} also
 * keeps Chromium's crash-report database and {@code ~/.config} writes out of the real home directory. Client
 * certificates are not set up.
 *
 * <p><b>Downloads.</b> The profile preferences {@code download.default_directory} and
 * {@code download.prompt_for_download=false} are enough in the new headless mode: no CDP
 * {@code Browser.setDownloadBehavior} is needed (only the old headless mode blocked downloads without it).
 * {@link #awaitDownload} waits for the finished file ({@link Downloads}). Downloads are tested over HTTPS, as the
 * real pages serve them; Chromium may warn about, or block, a download from a plain-HTTP page.
 *
 * <p>Waits are explicit ({@link WebDriverWait}, {@link #WAIT} unless given); nothing sleeps.
 *
 * <p><b>Cost.</b> On a 2-core machine a start takes 0.4–0.9 s (the first one in a JVM 1–2 s, loading Selenium),
 * a new browser's first page 0.5–0.9 s more (Chromium starts a renderer process), a later page 0.1–0.2 s, and
 * {@link #close} 0.1–0.5 s. A test class whose tests do not need a fresh profile can share one browser.
 */
public final class Browser implements AutoCloseable {
    /** Debian's chromedriver; its version always matches Debian's chromium. */
    public static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    /** How long the waiting helpers wait by default: generous for a loaded CI machine, short for a failing test. */
    public static final Duration WAIT = Duration.ofSeconds(15);

    /**
     * Selenium 4.52 carries typed DevTools bindings for Chromium 154–156 and warns, at every start, that it has
     * none for Debian's chromium 150. Nothing here uses them, so the warning is kept out of the build log. Held
     * in a field because java.util.logging forgets a logger's level when nobody references the logger.
     */
    private static final Logger CDP_VERSION_WARNINGS = quiet("org.openqa.selenium.devtools.CdpVersionFinder");

    private final Path scratch;
    private final ChromeDriver driver;
    private final Downloads downloads;
    private final Duration startedIn;

    private Browser(Path scratch, ChromeDriver driver, Downloads downloads, Duration startedIn) {
        this.scratch = scratch;
        this.driver = driver;
        this.downloads = downloads;
        this.startedIn = startedIn;
    }

    /** A browser in {@code language} that trusts the simulator's root CA for HTTPS. */
    public static Browser trusting(RunningSimulator simulator, BrowserLanguage language) {
        return start(language, List.of(simulator.rootPem()));
    }

    /** A Japanese browser that trusts the simulator's root CA for HTTPS. */
    public static Browser trusting(RunningSimulator simulator) {
        return trusting(simulator, BrowserLanguage.JAPANESE);
    }

    /** A browser in {@code language} that trusts the given CAs (PEM) besides Chromium's own root store. */
    public static Browser start(BrowserLanguage language, List<String> trustedCaPems) {
        requireExecutable(ChromiumOptions.BINARY, "chromium");
        requireExecutable(CHROMEDRIVER, "chromium-driver");
        long start = System.nanoTime();
        Path scratch = createScratch();
        Path home = scratch.resolve("home");
        Path downloads = scratch.resolve("downloads");
        Path log = scratch.resolve("chromedriver.log");
        ChromeDriverService service = null;
        try {
            Files.createDirectories(downloads);
            NssTrust.create(home, trustedCaPems);
            service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile())
                    .usingAnyFreePort().withEnvironment(Map.of("HOME", home.toString()))
                    .withLogFile(log.toFile()).build();
            ChromeDriver driver = new ChromeDriver(service,
                    ChromiumOptions.forTests(scratch.resolve("profile"), downloads, language));
            return new Browser(scratch, driver, new Downloads(downloads),
                    Duration.ofNanos(System.nanoTime() - start));
        } catch (IOException | RuntimeException e) {
            String driverLog = tail(log);
            if (service != null) {
                service.stop();
            }
            deleteTree(scratch);
            throw new IllegalStateException("cannot start headless chromium: " + e.getMessage()
                    + "\nchromedriver log:\n" + driverLog, e);
        }
    }

    /** How long {@link #start} took: the NSS database, chromedriver and chromium up to a blank page. */
    public Duration startedIn() {
        return startedIn;
    }

    /** The Selenium driver, for anything the helpers here do not cover. */
    public WebDriver driver() {
        return driver;
    }

    /** Loads {@code url} and returns once the page's load event has fired. */
    public void open(URI url) {
        driver.get(url.toString());
    }

    /** The text of the page as a user sees it (hidden elements left out). */
    public String visibleText() {
        return driver.findElement(By.tagName("body")).getText();
    }

    public <T> T waitUntil(ExpectedCondition<T> condition) {
        return waitUntil(condition, WAIT);
    }

    /**
     * Waits until the condition holds. An element replaced while the condition looks at it (a panel that redraws its
     * list after an answer or a live event) counts as "not yet", like one not found.
     */
    public <T> T waitUntil(ExpectedCondition<T> condition, Duration limit) {
        return new WebDriverWait(driver, limit).ignoring(StaleElementReferenceException.class).until(current -> {
            try {
                return condition.apply(current);
            } catch (WebDriverException navigating) {
                // chromium's form of a stale element when the page navigates between finding and reading it
                if (String.valueOf(navigating.getMessage()).contains("does not belong to the document")) {
                    return null;
                }
                throw navigating;
            }
        });
    }

    /** Waits until {@code text} is part of the page's visible text. */
    public void waitForText(String text) {
        waitUntil(ExpectedConditions.textToBePresentInElementLocated(By.tagName("body"), text));
    }

    public WebElement waitForVisible(By locator) {
        return waitUntil(ExpectedConditions.visibilityOfElementLocated(locator));
    }

    /** Waits until the element can be clicked, then clicks it as a user does (a real mouse event). */
    public void click(By locator) {
        waitUntil(driver -> {
            WebElement element = ExpectedConditions.elementToBeClickable(locator).apply(driver);
            if (element == null) {
                return null;
            }
            element.click(); // a stale element (redrawn meanwhile) is looked up again
            return true;
        });
    }

    /** Saves what the window shows as {@code target/screenshots/<name>} (PNG) and returns the file. */
    public Path screenshot(String name) {
        Path directory = Path.of(System.getProperty("basedir", ""), "target", "screenshots");
        try {
            Files.createDirectories(directory);
            return Files.write(directory.resolve(name), driver.getScreenshotAs(OutputType.BYTES));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot save the screenshot " + name + " in " + directory, e);
        }
    }

    /** The directory this browser downloads into. */
    public Path downloadDirectory() {
        return downloads.directory();
    }

    /** Waits for a finished download whose file name ends with {@code suffix}, new since the last call. */
    public Path awaitDownload(String suffix, Duration limit) {
        return downloads.await(suffix, limit);
    }

    /** Quits chromium and chromedriver, then removes the profile, downloads and trust store. */
    @Override
    public void close() {
        try {
            driver.quit();
        } finally {
            deleteTree(scratch);
        }
    }

    private static Logger quiet(String name) {
        Logger logger = Logger.getLogger(name);
        logger.setLevel(Level.SEVERE);
        return logger;
    }

    private static void requireExecutable(Path file, String debianPackage) {
        if (!Files.isExecutable(file)) {
            throw new IllegalStateException(file + " is missing: install the Debian package " + debianPackage
                    + " (.ci/run does), or leave browser tests out with -DexcludedGroups=browser");
        }
    }

    private static Path createScratch() {
        try {
            return Files.createTempDirectory("upki-sim-browser-");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create a temporary directory for the browser", e);
        }
    }

    private static String tail(Path log) {
        try {
            List<String> lines = Files.exists(log) ? Files.readAllLines(log) : List.of("(none written)");
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
        } catch (IOException | UncheckedIOException e) {
            return "(unreadable: " + e.getMessage() + ")";
        }
    }

    /**
     * Removes the browser's temporary directory. A leftover under the system's temporary directory is not worth
     * failing a page test for, so a failure is reported and the test goes on.
     */
    private static void deleteTree(Path root) {
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        } catch (IOException | UncheckedIOException e) {
            System.err.println("upki-sim tests: could not remove " + root + ": " + e);
        }
    }
}
