package org.virtualcampus.learning.ui;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import org.virtualcampus.identity.boundary.CurrentActor;
import org.virtualcampus.learning.boundary.DraftForm;
import org.virtualcampus.learning.boundary.HomeworkSubmissions;
import org.virtualcampus.learning.boundary.MyHomework;
import org.virtualcampus.learning.boundary.VersionView;
import org.virtualcampus.platform.ui.PageMessages;

/**
 * An educator's homework for one module: the draft saved as they write, files, handing in, and
 * every version with its released feedback.
 */
@Named
@ViewScoped
public class HomeworkBacking implements Serializable {
  @Inject HomeworkSubmissions submissions;
  @Inject CurrentActor current;
  @Inject PageMessages messages;

  private String cohort;
  private String module;
  private MyHomework homework;
  private String text;
  private transient Part part;

  public void load() {
    try {
      show(submissions.mine(cohort, module, current.get()));
    } catch (RuntimeException e) {
      homework = null;
      messages.failed(e, null);
    }
  }

  /** Autosave: called while the educator types (and before handing in). */
  public void save() {
    try {
      homework = submissions.saveDraft(cohort, module, new DraftForm(text), current.get());
    } catch (RuntimeException e) {
      messages.failed(e, "homework");
    }
  }

  /** Attaches the chosen file (the container has written the post to disk, never to memory). */
  public void attach() {
    if (part == null || part.getSize() == 0) {
      messages.error("homework.noFile");
      return;
    }
    try (InputStream in = part.getInputStream()) {
      keepTyping();
      show(
          submissions.attach(
              cohort, module, in, part.getSubmittedFileName(), part.getSize(), current.get()));
      messages.info("homework.fileAdded", part.getSubmittedFileName());
    } catch (IOException | java.io.UncheckedIOException e) {
      messages.error("homework.uploadBroken");
    } catch (RuntimeException e) {
      messages.failed(e, "homework");
    }
  }

  public void remove(String fileId) {
    try {
      show(submissions.detach(cohort, module, fileId, current.get()));
    } catch (RuntimeException e) {
      messages.failed(e, "homework");
    }
  }

  public void submit() {
    try {
      if (homework.writable() && homework.homework().expectsText()) {
        submissions.saveDraft(cohort, module, new DraftForm(text), current.get());
      }
      show(submissions.submit(cohort, module, current.get()));
      messages.info("homework.handedIn");
    } catch (RuntimeException e) {
      messages.failed(e, "homework");
    }
  }

  /** Text typed since the last autosave travels with a full post (attach): keep it. */
  private void keepTyping() {
    VersionView draft = homework == null ? null : homework.current();
    String saved = draft == null ? null : draft.text();
    if (homework != null
        && homework.writable()
        && homework.homework().expectsText()
        && text != null
        && !text.equals(saved)) {
      homework = submissions.saveDraft(cohort, module, new DraftForm(text), current.get());
    }
  }

  private void show(MyHomework mine) {
    homework = mine;
    VersionView draft = mine.current();
    text = draft != null && mine.writable() ? draft.text() : null;
  }

  public boolean editing() {
    return homework != null && homework.writable();
  }

  public String versionTitle(VersionView v) {
    return messages.text("homework.version", v.number());
  }

  /** "12 KB", "3 MB": whole units, rounded up, as people read file sizes. */
  public String sizeText(long bytes) {
    long kb = Math.max(1, (bytes + 1023) / 1024);
    return kb < 1024
        ? messages.text("homework.sizeKb", kb)
        : messages.text("homework.sizeMb", (kb + 1023) / 1024);
  }

  public Part getPart() {
    return part;
  }

  public void setPart(Part part) {
    this.part = part;
  }

  public String getText() {
    return text;
  }

  public void setText(String text) {
    this.text = text;
  }

  public String getCohort() {
    return cohort;
  }

  public void setCohort(String cohort) {
    this.cohort = cohort;
  }

  public String getModule() {
    return module;
  }

  public void setModule(String module) {
    this.module = module;
  }

  public MyHomework getHomework() {
    return homework;
  }
}
