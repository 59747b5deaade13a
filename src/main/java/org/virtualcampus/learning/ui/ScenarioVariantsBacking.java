package org.virtualcampus.learning.ui;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.virtualcampus.identity.boundary.CurrentActor;
import org.virtualcampus.identity.boundary.Recipients;
import org.virtualcampus.learning.boundary.ModuleOutline;
import org.virtualcampus.learning.boundary.ScenarioVariantForm;
import org.virtualcampus.learning.boundary.ScenarioVariants;
import org.virtualcampus.learning.boundary.ScenarioVariantsForm;
import org.virtualcampus.platform.error.InvalidInputException;
import org.virtualcampus.platform.ui.PageMessages;

/**
 * The course page's dialog for a role-play scenario's variants, one row per pairing of giver's and
 * receiver's profession; a refused row shows why next to its field.
 */
@Named
@ViewScoped
public class ScenarioVariantsBacking implements Serializable {
  /** The service names a variant's field as variants[i].field; the page's row i has that input. */
  private static final Pattern ROW_FIELD = Pattern.compile("variants\\[(\\d+)\\]\\.(\\w+)");

  @Inject ScenarioVariants variants;
  @Inject Recipients members;
  @Inject CurrentActor current;
  @Inject PageMessages messages;

  private String itemId;
  private String itemTitle;
  private List<ScenarioVariantForm> rows = new ArrayList<>();

  public void choose(ModuleOutline.AuthoredItem item) {
    itemId = item.id();
    itemTitle = item.content().title();
    rows = new ArrayList<>();
    try {
      variants
          .of(itemId, current.get())
          .forEach(
              v ->
                  rows.add(
                      new ScenarioVariantForm(
                          v.giverProfession(),
                          v.receiverProfession(),
                          v.situation(),
                          v.privateBrief())));
    } catch (RuntimeException e) {
      messages.failed(e, null);
    }
  }

  public void add() {
    rows.add(new ScenarioVariantForm());
  }

  public void remove(int index) {
    if (index >= 0 && index < rows.size()) {
      rows.remove(index);
    }
  }

  public void save() {
    try {
      variants.replace(itemId, new ScenarioVariantsForm(rows), current.get());
      messages.info("variants.saved", itemTitle);
    } catch (InvalidInputException e) {
      FacesContext faces = FacesContext.getCurrentInstance();
      for (var f : e.fieldErrors()) {
        Matcher row = ROW_FIELD.matcher(f.field());
        String clientId =
            row.matches() ? "variantsForm:rows:" + row.group(1) + ":" + row.group(2) : null;
        faces.addMessage(
            clientId, new FacesMessage(FacesMessage.SEVERITY_ERROR, f.message(), null));
      }
      faces.validationFailed();
    } catch (RuntimeException e) {
      messages.failed(e, "variantsForm");
    }
  }

  public List<String> getProfessions() {
    return members.professionNames();
  }

  public String getItemTitle() {
    return itemTitle;
  }

  public List<ScenarioVariantForm> getRows() {
    return rows;
  }
}
