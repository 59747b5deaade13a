package org.virtualcampus.learning.ui;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.io.UncheckedIOException;
import org.virtualcampus.identity.boundary.CurrentActor;
import org.virtualcampus.learning.boundary.ItemMedia;
import org.virtualcampus.learning.boundary.ModuleOutline;
import org.virtualcampus.platform.ui.PageMessages;

/** The course page's dialog for the video or audio file a module item plays. */
@Named
@ViewScoped
public class ItemMediaBacking implements Serializable {
  @Inject ItemMedia media;
  @Inject CourseAuthoringBacking authoring;
  @Inject CurrentActor current;
  @Inject PageMessages messages;

  private String itemId;
  private String itemTitle;
  private boolean playing;
  private transient Part part;

  public void choose(ModuleOutline.AuthoredItem item) {
    itemId = item.id();
    itemTitle = item.content().title();
    playing = item.mediaFileId() != null;
  }

  public void upload() {
    if (part == null || part.getSize() == 0) {
      messages.error("homework.noFile");
      return;
    }
    try (InputStream in = part.getInputStream()) {
      media.upload(itemId, in, part.getSubmittedFileName(), part.getSize(), current.get());
      messages.info("media.uploaded", part.getSubmittedFileName(), itemTitle);
    } catch (IOException | UncheckedIOException e) {
      messages.error("homework.uploadBroken");
    } catch (RuntimeException e) {
      messages.failed(e, "mediaForm");
    }
    authoring.refresh();
  }

  public void remove() {
    try {
      media.remove(itemId, current.get());
      messages.info("media.removed", itemTitle);
    } catch (RuntimeException e) {
      messages.failed(e, "mediaForm");
    }
    authoring.refresh();
  }

  public String getItemTitle() {
    return itemTitle;
  }

  public boolean isPlaying() {
    return playing;
  }

  public Part getPart() {
    return part;
  }

  public void setPart(Part part) {
    this.part = part;
  }
}
