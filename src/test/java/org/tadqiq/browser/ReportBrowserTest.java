package org.tadqiq.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
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
import org.openqa.selenium.support.ui.Select;

/**
 * report.html in a real browser: Debian's headless Chromium driven by Selenium through
 * /usr/bin/chromedriver (Selenium Manager never downloads anything). Reports are made through
 * the command line; screenshots at desktop and phone width go to target/screenshots/.
 * Without chromium these tests are skipped on a developer's machine and fail in CI (CI=true),
 * where .ci/run installs it.
 */
class ReportBrowserTest {
  private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
  private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
  private static final Path SHOTS = Path.of("target", "screenshots");

  @TempDir static Path work;
  private static Path checkReport;
  private static Path auditReport;
  private static Path draftReport;
  private static WebDriver desktop;
  private static WebDriver phone;

  @BeforeAll
  static void makeReportsAndStartTheBrowser() throws IOException {
    boolean present = Files.isExecutable(CHROMEDRIVER) && Files.isExecutable(CHROMIUM);
    if (!present && "true".equals(System.getenv("CI"))) {
      throw new IllegalStateException("CI must have chromium and chromium-driver (.ci/run installs them)");
    }
    Assumptions.assumeTrue(present, "no /usr/bin/chromium or /usr/bin/chromedriver: browser tests skipped");
    checkReport = ReportFixtures.hostileCheck(work);
    auditReport = ReportFixtures.manyConflicts(work, 30);
    draftReport = ReportFixtures.draftCheck(work);
    Files.createDirectories(SHOTS);
    desktop = browser(1400, 1000, work.resolve("profile-desktop"));
    phone = browser(360, 780, work.resolve("profile-phone"));
  }

  @AfterAll
  static void stopTheBrowser() {
    for (WebDriver d : new WebDriver[] {desktop, phone}) {
      if (d != null) {
        d.quit();
      }
    }
  }

  private static WebDriver browser(int width, int height, Path profile) {
    System.setProperty("webdriver.chrome.driver", CHROMEDRIVER.toString());
    ChromeOptions options = new ChromeOptions();
    options.setBinary(CHROMIUM.toFile());
    options.addArguments("--headless", "--no-sandbox", "--disable-gpu",
        "--disable-background-networking", "--disable-component-update", "--disable-sync",
        "--no-first-run", "--disable-dev-shm-usage", "--hide-scrollbars",
        "--user-data-dir=" + profile.toAbsolutePath(), "--window-size=" + width + "," + height);
    ChromeDriverService service = new ChromeDriverService.Builder()
        .usingDriverExecutable(CHROMEDRIVER.toFile())
        .usingAnyFreePort()
        .build();
    ChromeDriver driver = new ChromeDriver(service, options);
    driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
    return driver;
  }

  private static void open(WebDriver d, Path report) {
    d.get(report.toUri().toString());
  }

  private static Object js(WebDriver d, String script) {
    return ((JavascriptExecutor) d).executeScript(script);
  }

  @Test
  void theConflictCardIsVisibleWithItsDecidingWordAndSides() {
    open(desktop, checkReport);
    WebElement card = desktop.findElement(By.cssSelector("section#conflict article.card"));
    assertThat(card.isDisplayed()).isTrue();
    assertThat(card.findElement(By.cssSelector(".headline")).getText()).contains("دونالد ترامب");
    assertThat(card.findElements(By.cssSelector("mark.decide"))).extracting(WebElement::getText)
        .contains("السابق");
    WebElement odd = card.findElement(By.cssSelector(".side.odd"));
    assertThat(odd.getText()).contains("003_c1e8606ce6beb2ec");
    assertThat(card.findElement(By.cssSelector("blockquote")).getAttribute("dir")).isEqualTo("rtl");
    screenshot(desktop, "check-desktop", 1400);
    view(desktop, "check-conflict", "section#conflict article.card", 1200, 900);
  }

  @Test
  void noScriptFromAnyInputRuns() {
    open(desktop, checkReport);
    assertThat(js(desktop, "return typeof window.__pwned")).isEqualTo("undefined");
    // the hostile title and outlet are shown as text, never as elements
    assertThat(desktop.findElements(By.cssSelector("img, svg, [onerror], [onload], [onmouseover]"))).isEmpty();
    assertThat(desktop.getPageSource()).contains("&lt;svg onload=window.__pwned=8&gt;");
    // a javascript: URL is never linked
    assertThat(desktop.findElements(By.cssSelector("a[href^='javascript']"))).isEmpty();
    // the page's own script did run (review controls shown)
    assertThat(desktop.findElement(By.id("review")).isDisplayed()).isTrue();
  }

  @Test
  void filtersAndPagingWork() {
    open(desktop, auditReport);
    List<WebElement> cards = desktop.findElements(By.cssSelector("section#conflict article.card"));
    assertThat(cards).hasSize(30);
    assertThat(visible(desktop, "section#conflict article.card")).isEqualTo(20);
    WebElement info = desktop.findElement(By.cssSelector("section#conflict .pager .info"));
    assertThat(info.getText()).contains("1").contains("2");
    desktop.findElement(By.cssSelector("section#conflict .pager .next")).click();
    assertThat(visible(desktop, "section#conflict article.card")).isEqualTo(10);
    WebElement filter = desktop.findElement(By.id("filter"));
    filter.sendKeys("ميرتس"); // Merz takes part in few of the meetings
    int hits = visible(desktop, "section#conflict article.card");
    assertThat(hits).isBetween(1, 12);
    desktop.findElements(By.cssSelector("section#conflict article.card")).stream()
        .filter(WebElement::isDisplayed)
        .forEach(c -> assertThat(c.getText()).contains("ميرتس"));
    screenshot(desktop, "audit-desktop", 1400);
    js(desktop, "document.getElementById('filter').value = ''; document.getElementById('filter').dispatchEvent(new Event('input'))");
    view(desktop, "audit-top", "main", 1200, 900);
  }

  @Test
  void reviewMarksSurviveAReloadAndExportCorrectly() throws IOException {
    open(desktop, auditReport);
    js(desktop, "localStorage.clear()");
    open(desktop, auditReport);
    desktop.findElement(By.id("reviewer")).sendKeys("Lina");
    desktop.findElement(By.id("reviewer")).sendKeys(org.openqa.selenium.Keys.TAB);
    List<WebElement> cards = desktop.findElements(By.cssSelector("section#conflict article.card"));
    WebElement first = cards.get(0);
    WebElement second = cards.get(1);
    String dismissedId = first.getAttribute("id");
    String confirmedId = second.getAttribute("id");
    first.findElement(By.cssSelector(".note")).sendKeys("same meeting, the venue moved");
    first.findElement(By.cssSelector(".dismiss")).click();
    second.findElement(By.cssSelector(".confirm")).click();

    open(desktop, auditReport); // a reload: the marks come back from the browser's storage
    WebElement again = desktop.findElement(By.id(dismissedId));
    assertThat(again.getAttribute("class")).contains("is-dismissed");
    assertThat(again.findElement(By.cssSelector(".note")).getAttribute("value"))
        .isEqualTo("same meeting, the venue moved");
    assertThat(desktop.findElement(By.id(confirmedId)).getAttribute("class")).contains("is-confirmed");
    new Select(desktop.findElement(By.id("state-filter"))).selectByValue("dismissed");
    assertThat(visible(desktop, "article.card")).isEqualTo(1);
    new Select(desktop.findElement(By.id("state-filter"))).selectByValue("all");

    desktop.findElement(By.id("export-json")).click();
    String json = desktop.findElement(By.id("export-out")).getAttribute("value");
    assertThat(json).contains("\"finding\": \"" + dismissedId + "\"").contains("\"decision\": \"dismissed\"")
        .contains("same meeting, the venue moved").contains("\"reviewer\": \"Lina\"")
        .contains("\"decision\": \"confirmed\"");
    desktop.findElement(By.id("export-csv")).click();
    String csv = desktop.findElement(By.id("export-out")).getAttribute("value");
    assertThat(csv.lines().findFirst().orElse("")).isEqualTo("finding,decision,note,reviewer,decided_at,signature,summary");
    assertThat(csv).contains(dismissedId + ",dismissed,\"same meeting, the venue moved\",Lina,");
    desktop.findElement(By.id("export-claimreview")).click();
    String ld = desktop.findElement(By.id("export-out")).getAttribute("value");
    assertThat(ld).contains("\"@type\": \"ClaimReview\"").contains("\"identifier\": \"" + confirmedId + "\"")
        .contains("\"name\": \"Lina\"").doesNotContain(dismissedId);

    // the exported decisions go into the store: the dismissed conflict stays dismissed
    Path decisions = work.resolve("decisions.json");
    Files.writeString(decisions, json);
    Path out = work.resolve("audit-reviewed");
    ReportFixtures.Run r = ReportFixtures.run("audit", "--store", work.resolve("many.db").toString(),
        "--decisions", decisions.toString(), "--out", out.toString(), "-q");
    assertThat(r.out()).contains("conflicts 29 (dismissed 1;").contains("decisions 2 read");
    String html = Files.readString(out.resolve("report.html"));
    assertThat(html).contains("id=\"dismissed\"").contains("Lina");
  }

  @Test
  void noHorizontalScrollingAtPhoneWidth() {
    for (Path report : List.of(checkReport, auditReport, draftReport)) {
      open(phone, report);
      js(phone, "document.querySelectorAll('details').forEach(function (d) { d.open = true; })");
      long scroll = ((Number) js(phone, "return document.documentElement.scrollWidth")).longValue();
      long width = ((Number) js(phone, "return document.documentElement.clientWidth")).longValue();
      assertThat(scroll).as(report + " at 360 px").isLessThanOrEqualTo(width);
      js(phone, "document.querySelectorAll('details').forEach(function (d) { d.open = false; })");
    }
    open(phone, checkReport);
    screenshot(phone, "check-phone", 360);
    view(phone, "check-conflict-phone", "section#conflict article.card", 360, 780);
    open(phone, draftReport);
    screenshot(phone, "draft-phone", 360);
  }

  @Test
  void theDraftReportSaysWhatWasComparedAndMarksTheDraft() {
    open(desktop, draftReport);
    assertThat(desktop.findElement(By.id("compared")).getText()).contains("dated.db");
    WebElement card = desktop.findElement(By.cssSelector("section#conflict article.card"));
    assertThat(card.findElements(By.cssSelector(".side.draft"))).hasSize(1);
    assertThat(card.getText()).contains("جاكرتا").doesNotContain("003_c1e8606ce6beb2ec");
    assertThat(card.findElements(By.cssSelector("figcaption a[href^='https://example.org/news/']"))).isNotEmpty();
    screenshot(desktop, "draft-desktop", 1400);
    view(desktop, "draft-compared", "#compared", 1200, 900);
  }

  private static int visible(WebDriver d, String css) {
    return (int) d.findElements(By.cssSelector(css)).stream().filter(WebElement::isDisplayed).count();
  }

  /** A screenshot of one screenful, scrolled to the first element {@code css} names. */
  private static void view(WebDriver d, String name, String css, int width, int height) {
    Dimension before = d.manage().window().getSize();
    d.manage().window().setSize(new Dimension(width, height));
    js(d, "document.querySelector(\"" + css + "\").scrollIntoView()");
    File png = ((TakesScreenshot) d).getScreenshotAs(OutputType.FILE);
    try {
      Files.copy(png.toPath(), SHOTS.resolve(name + ".png"), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
    d.manage().window().setSize(before);
  }

  /** A screenshot of the whole page (up to 7,000 px tall) at the given width. */
  private static void screenshot(WebDriver d, String name, int width) {
    long height = ((Number) js(d, "return document.documentElement.scrollHeight")).longValue();
    Dimension before = d.manage().window().getSize();
    d.manage().window().setSize(new Dimension(width, (int) Math.min(7000, Math.max(800, height))));
    File png = ((TakesScreenshot) d).getScreenshotAs(OutputType.FILE);
    try {
      Files.copy(png.toPath(), SHOTS.resolve(name + ".png"), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
    d.manage().window().setSize(before);
  }
}
