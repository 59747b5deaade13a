package org.virtualcampus.support;

import java.io.File;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.function.Function;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** Debian's headless Chromium driven by Selenium, for the user-journey tests. */
public final class Browser implements AutoCloseable {
  private final WebDriver driver;
  private final URI app;
  private final Path profile;

  public Browser(URI app) {
    this(app, "en");
  }

  /** A browser whose Accept-Language is {@code language} ("es" for a Spanish-speaking viewer). */
  public Browser(URI app, String language) {
    this.app = app;
    try {
      Path tmp = Path.of(System.getProperty("java.io.tmpdir"));
      Files.createDirectories(tmp);
      this.profile = Files.createTempDirectory(tmp, "chromium-");
    } catch (java.io.IOException e) {
      throw new IllegalStateException(e);
    }
    ChromeOptions options = new ChromeOptions();
    options.setBinary(System.getProperty("campus.chromium", "/usr/bin/chromium"));
    options.addArguments(
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-dev-shm-usage",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
        "--disable-quic",
        "--window-size=1280,900",
        "--lang=" + language,
        "--user-data-dir=" + profile);
    options.setExperimentalOption("prefs", java.util.Map.of("intl.accept_languages", language));
    ChromeDriverService service =
        new ChromeDriverService.Builder()
            .usingDriverExecutable(
                new File(System.getProperty("campus.chromedriver", "/usr/bin/chromedriver")))
            .build();
    this.driver = new ChromeDriver(service, options);
    driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
  }

  public Browser open(String page) {
    driver.get(app.resolve(page).toString());
    return this;
  }

  public WebElement find(String cssSelector) {
    return new WebDriverWait(driver, Duration.ofSeconds(15))
        .until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(cssSelector)));
  }

  /** Element by its Faces client id ("login:email"). */
  public WebElement byId(String clientId) {
    return new WebDriverWait(driver, Duration.ofSeconds(15))
        .until(ExpectedConditions.presenceOfElementLocated(By.id(clientId)));
  }

  public Browser type(String clientId, String text) {
    // An ajax update that lands between finding the field and typing replaces it: find it again.
    for (int attempt = 1; ; attempt++) {
      try {
        WebElement input =
            new WebDriverWait(driver, Duration.ofSeconds(15))
                .until(ExpectedConditions.elementToBeClickable(By.id(clientId)));
        input.clear();
        // masked inputs (PrimeFaces inputNumber) ignore clear(): select everything and overwrite it
        input.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.DELETE);
        input.sendKeys(text);
        return this;
      } catch (org.openqa.selenium.StaleElementReferenceException replaced) {
        if (attempt == 3) {
          throw replaced;
        }
      }
    }
  }

  public Browser click(String clientId) {
    return clickWhenFree(By.id(clientId));
  }

  /** Clicks the form label with this text (a checkbox or radio button's label). */
  /** Opens a section of a page with tabs (the cohort workspace), by the tab's name. */
  public Browser openTab(String name) {
    return clickWhenFree(
        By.xpath("//nav[contains(@class,'workspace-tabs')]//a[normalize-space()='" + name + "']"));
  }

  public Browser clickLabel(String text) {
    return clickWhenFree(By.xpath("//label[normalize-space()='" + text + "']"));
  }

  /**
   * Clicks once the element can take it. A dialog or message still fading over it makes the click
   * bounce; it is tried again for a few seconds, as a person would click again.
   */
  private Browser clickWhenFree(By target) {
    new WebDriverWait(driver, Duration.ofSeconds(15))
        .pollingEvery(Duration.ofMillis(300))
        .ignoring(org.openqa.selenium.ElementClickInterceptedException.class)
        .ignoring(org.openqa.selenium.StaleElementReferenceException.class)
        .until(
            d -> {
              var element = ExpectedConditions.elementToBeClickable(target).apply(d);
              if (element == null) {
                return false;
              }
              element.click();
              return true;
            });
    return this;
  }

  public Browser waitForText(String cssSelector, String text) {
    new WebDriverWait(driver, Duration.ofSeconds(15))
        .until(
            ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(cssSelector), text));
    return this;
  }

  public String text(String cssSelector) {
    return find(cssSelector).getText();
  }

  /**
   * Picks the option labelled {@code label} in a PrimeFaces selectOneMenu: open it, click the item.
   * A click that lands while the panel is still sliding open is lost, so it tries again.
   */
  public Browser selectOption(String clientId, String label) {
    By menu = By.id(clientId + "_label");
    By item =
        By.xpath("//div[@id='" + clientId + "_panel']//li[normalize-space()='" + label + "']");
    return pickAgainUntilDone(
        "picking " + label + " in " + clientId,
        d -> {
          clickOnce(d, menu);
          clickOnce(d, item);
          return new WebDriverWait(d, Duration.ofSeconds(2))
              .until(ExpectedConditions.textToBe(menu, label));
        });
  }

  static void clickOnce(WebDriver d, By target) {
    new WebDriverWait(d, Duration.ofSeconds(15))
        .until(ExpectedConditions.elementToBeClickable(target))
        .click();
  }

  /** The panel may still be sliding open or shut under a click: the whole pick is tried again. */
  Browser pickAgainUntilDone(String what, Function<WebDriver, Boolean> pick) {
    new WebDriverWait(driver, Duration.ofSeconds(60))
        .pollingEvery(Duration.ofMillis(300))
        .ignoring(org.openqa.selenium.WebDriverException.class)
        .withMessage(what)
        .until(pick);
    return this;
  }

  /** Clicks the button labelled {@code label} inside the card whose heading is {@code heading}. */
  public Browser clickInCard(String heading, String label) {
    By button =
        By.xpath(
            "//section[.//h2[normalize-space()='"
                + heading
                + "']]//button[normalize-space()='"
                + label
                + "']");
    return clickWhenFree(button);
  }

  /** Text of the card whose heading is {@code heading}. */
  public String card(String heading) {
    return new WebDriverWait(driver, Duration.ofSeconds(15))
        .until(
            ExpectedConditions.visibilityOfElementLocated(
                By.xpath("//section[.//h2[normalize-space()='" + heading + "']]")))
        .getText();
  }

  /** Clicks the button labelled {@code label} in the table row that mentions {@code rowText}. */
  public Browser clickInRow(String rowText, String buttonLabel) {
    By button =
        By.xpath(
            "//tr[contains(normalize-space(.), '"
                + rowText
                + "')]//button[normalize-space()='"
                + buttonLabel
                + "' or @aria-label='"
                + buttonLabel
                + ": "
                + rowText
                + "']");
    return clickWhenFree(button);
  }

  public String currentPath() {
    return URI.create(driver.getCurrentUrl()).getPath();
  }

  public WebDriver driver() {
    return driver;
  }

  public void signIn(String email, String password) {
    open("login.xhtml")
        .type("login:email", email)
        .type("login:password", password)
        .click("login:signIn");
  }

  /** Sets the viewport to a laptop's (1366×900) or a phone's (390×844) size, say. */
  public Browser resize(int width, int height) {
    driver.manage().window().setSize(new org.openqa.selenium.Dimension(width, height));
    return this;
  }

  /** The height of the whole page in CSS pixels. */
  public long pageHeight() {
    return ((Number)
            ((org.openqa.selenium.JavascriptExecutor) driver)
                .executeScript("return document.documentElement.scrollHeight;"))
        .longValue();
  }

  /** The element that has the keyboard focus. */
  public WebElement focused() {
    return driver.switchTo().activeElement();
  }

  /** Presses keys on whatever has the focus, as a keyboard user would. */
  public Browser press(CharSequence... keys) {
    new org.openqa.selenium.interactions.Actions(driver).sendKeys(keys).perform();
    return this;
  }

  /**
   * Saves a screenshot of the whole page (not only the viewport) at the current width: the window
   * grows to the page's height for the picture and shrinks back.
   */
  public void screenshotWholePage(String name) {
    org.openqa.selenium.Dimension size = driver.manage().window().getSize();
    long height = Math.min(pageHeight(), 12000);
    resize(size.getWidth(), (int) Math.max(height, size.getHeight()));
    try {
      screenshot(name);
    } finally {
      driver.manage().window().setSize(size);
    }
  }

  /** Saves a screenshot under target/screenshots for a person to look at. */
  public void screenshot(String name) {
    try {
      Path dir = Path.of("target", "screenshots");
      Files.createDirectories(dir);
      Files.write(
          dir.resolve(name + ".png"), ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
    } catch (java.io.IOException e) {
      throw new IllegalStateException(e);
    }
  }

  @Override
  public void close() {
    driver.quit();
  }
}
