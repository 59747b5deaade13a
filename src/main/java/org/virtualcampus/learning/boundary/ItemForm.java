package org.virtualcampus.learning.boundary;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.net.URI;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.virtualcampus.learning.entity.ItemContent;
import org.virtualcampus.learning.entity.ItemKind;
import org.virtualcampus.platform.error.InvalidInputException;

/**
 * A content item as coordinators write it. Readings, discussion prompts and role plays carry
 * Markdown in {@code body}; videos, podcasts and links need an http(s) {@code linkUrl}; a role play
 * may carry the receiver's {@code privateBrief}.
 */
public class ItemForm implements Serializable {
  @NotNull(message = "kind is required")
  private ItemKind kind;

  @NotBlank(message = "title is required")
  @Size(max = 200)
  private String title;

  @Size(max = 20000)
  private String body;

  @Size(max = 2000)
  private String linkUrl;

  @NotNull(message = "minutes is required")
  @Min(value = 0, message = "minutes must be between 0 and 600")
  @Max(value = 600, message = "minutes must be between 0 and 600")
  private Integer minutes;

  @Size(max = 8000)
  private String privateBrief;

  @Schema(
      description =
          "VIDEO and PODCAST: the file is uploaded to the campus (PUT /items/{id}/media), so no"
              + " linkUrl is needed")
  private Boolean uploaded;

  public ItemForm() {}

  public ItemForm(ItemKind kind, String title, String body, String linkUrl, Integer minutes) {
    this.kind = kind;
    this.title = title;
    this.body = body;
    this.linkUrl = linkUrl;
    this.minutes = minutes;
  }

  public static ItemForm of(ItemContent content) {
    ItemForm form =
        new ItemForm(
            content.kind(), content.title(), content.body(), content.linkUrl(), content.minutes());
    form.privateBrief = content.privateBrief();
    return form;
  }

  /**
   * The content; 400 naming the field when a link is missing or not http(s), or text is. A video or
   * podcast that plays (or will play) an uploaded file needs no link.
   */
  ItemContent content(boolean hasMedia) {
    boolean media = kind.playsMedia() && (hasMedia || Boolean.TRUE.equals(uploaded));
    boolean noLink = linkUrl == null || linkUrl.isBlank();
    if (kind.needsLink()) {
      if (noLink && !media) {
        throw new InvalidInputException(
            "linkUrl",
            "a "
                + kind.name().toLowerCase()
                + " needs a link"
                + (kind.playsMedia() ? ", or an uploaded file (uploaded: true)" : ""));
      }
      if (!noLink && !isWebLink(linkUrl.strip())) {
        throw new InvalidInputException("linkUrl", "the link must start with https:// or http://");
      }
    } else if (body == null || body.isBlank()) {
      throw new InvalidInputException("body", "write the text of the " + label());
    }
    return new ItemContent(kind, title, body, linkUrl, minutes, privateBrief);
  }

  private String label() {
    return kind.name().toLowerCase().replace('_', ' ');
  }

  private static boolean isWebLink(String link) {
    try {
      URI uri = URI.create(link);
      return uri.getHost() != null
          && ("https".equalsIgnoreCase(uri.getScheme())
              || "http".equalsIgnoreCase(uri.getScheme()));
    } catch (IllegalArgumentException e) {
      return false;
    }
  }

  public ItemKind getKind() {
    return kind;
  }

  public void setKind(ItemKind kind) {
    this.kind = kind;
  }

  public String getTitle() {
    return title;
  }

  public void setTitle(String title) {
    this.title = title;
  }

  public String getBody() {
    return body;
  }

  public void setBody(String body) {
    this.body = body;
  }

  public String getLinkUrl() {
    return linkUrl;
  }

  public void setLinkUrl(String linkUrl) {
    this.linkUrl = linkUrl;
  }

  public Integer getMinutes() {
    return minutes;
  }

  public void setMinutes(Integer minutes) {
    this.minutes = minutes;
  }

  public Boolean getUploaded() {
    return uploaded;
  }

  public void setUploaded(Boolean uploaded) {
    this.uploaded = uploaded;
  }

  public String getPrivateBrief() {
    return privateBrief;
  }

  public void setPrivateBrief(String privateBrief) {
    this.privateBrief = privateBrief;
  }
}
