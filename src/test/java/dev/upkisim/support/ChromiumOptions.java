package dev.upkisim.support;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * The command line and preferences of a test browser: Debian's chromium, headless, on a fresh profile, with no
 * network of its own. Each flag below says why it is there; chromedriver adds its own automation flags on top.
 */
final class ChromiumOptions {
    /**
     * Debian's launcher script, which sources {@code /etc/chromium.d} (a few harmless flags of Debian's own) and
     * then runs {@code /usr/lib/chromium/chromium}. Named explicitly so Selenium never looks for, or downloads, a
     * browser.
     */
    static final Path BINARY = Path.of("/usr/bin/chromium");

    /** No display on CI machines; {@code =new} is the full browser (same network and download code as a user's). */
    static final String HEADLESS = "--headless=new";
    /** Tests run as root in CI containers, where Chromium's sandbox refuses to start (and has no user namespaces). */
    static final String NO_SANDBOX = "--no-sandbox";
    /** No GPU here: skip probing for one, which slows the start and fills the log with GL errors. */
    static final String DISABLE_GPU = "--disable-gpu";
    /**
     * Containers give /dev/shm 64 MB; a renderer that runs out there crashes the tab. Write shared memory to /tmp.
     * (Debian's launcher means to add this flag itself, but its check breaks when findmnt prints two lines.)
     */
    static final String DISABLE_DEV_SHM = "--disable-dev-shm-usage";
    /** HTTP over TCP only, as the simulator serves it: no QUIC attempts, no protocol switch in the middle of a test. */
    static final String DISABLE_QUIC = "--disable-quic";
    /** A fresh profile would otherwise run the first-run experience (welcome page, import, default-browser check). */
    static final String NO_FIRST_RUN = "--no-first-run";
    /**
     * No variations, safe-browsing lists, translate or other background fetches: the machine's network is closed,
     * and those requests would only stall or add noise to what the simulator sees.
     */
    static final String DISABLE_BACKGROUND_NETWORKING = "--disable-background-networking";
    /**
     * Only {@code localhost} resolves; every other name fails inside Chromium, before any DNS query. Even with
     * the flags above, Chromium 150 still looks up www.google.com, accounts.google.com, clients2.google.com and
     * android.clients.google.com on start (seen with strace); with this rule a test browser sends nothing past the
     * loopback interface. Tests that need another name for the simulator can add {@code MAP name 127.0.0.1}.
     */
    static final String ONLY_LOCALHOST_RESOLVES = "--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE localhost";
    /** No component updater (CRLSets, certificate transparency lists, Widevine): nothing is downloaded. */
    static final String DISABLE_COMPONENT_UPDATE = "--disable-component-update";
    /** No Google account sign-in or sync service. */
    static final String DISABLE_SYNC = "--disable-sync";
    /**
     * A fixed window, so that page layout and screenshots are the same on every machine. Headless Chromium still
     * counts its (invisible) toolbar in the window: pages and screenshots get a 1280×757 viewport.
     */
    static final String WINDOW_SIZE = "--window-size=1280,900";

    private ChromiumOptions() {
    }

    /**
     * Options for one browser.
     *
     * @param profile   an empty directory for {@code --user-data-dir}: nothing (cookies, cache, permissions) is
     *                  shared between tests, and chromedriver writes the preferences below into it
     * @param downloads where downloads land without a dialog
     * @param language  Chromium's UI language ({@code --lang}) and the Accept-Language it sends
     */
    static ChromeOptions forTests(Path profile, Path downloads, BrowserLanguage language) {
        ChromeOptions options = new ChromeOptions();
        options.setBinary(BINARY.toFile());
        options.addArguments(List.of(HEADLESS, NO_SANDBOX, DISABLE_GPU, DISABLE_DEV_SHM, DISABLE_QUIC, NO_FIRST_RUN,
                DISABLE_BACKGROUND_NETWORKING, ONLY_LOCALHOST_RESOLVES, DISABLE_COMPONENT_UPDATE, DISABLE_SYNC, WINDOW_SIZE,
                "--user-data-dir=" + profile, "--lang=" + language.uiLocale()));
        options.setExperimentalOption("prefs", Map.of(
                "intl.accept_languages", language.acceptLanguage(),
                "download.default_directory", downloads.toString(),
                "download.prompt_for_download", false,
                "download.directory_upgrade", true));
        return options;
    }
}
