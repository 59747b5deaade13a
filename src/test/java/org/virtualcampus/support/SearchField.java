package org.virtualcampus.support;

import java.time.Duration;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.WebDriverWait;

/** A PrimeFaces autoComplete as a person uses it: type part of a name, click the suggestion. */
public final class SearchField {
  private SearchField() {}

  /**
   * Types {@code typed} into the field {@code clientId} and clicks the suggestion labelled {@code
   * label}; waits until it is chosen: the text of a single field, a chip of a multiple one.
   */
  public static void choose(Browser browser, String clientId, String typed, String label) {
    By item = By.xpath("//*[@id='" + clientId + "_panel']//li[@data-item-label='" + label + "']");
    By input = By.id(clientId + "_input");
    browser.pickAgainUntilDone(
        "choosing " + label + " in " + clientId,
        d -> {
          browser.type(clientId + "_input", typed);
          Browser.clickOnce(d, item);
          return new WebDriverWait(d, Duration.ofSeconds(2))
              .until(
                  w ->
                      w.findElement(By.id(clientId)).getText().contains(label) // a chip
                          || label.equals(w.findElement(input).getDomProperty("value")));
        });
  }
}
