package org.virtualcampus.learning.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import org.virtualcampus.platform.persistence.Ids;

/** Something to read, watch, listen to, discuss or role-play in a module, with its effort. */
@Entity
@Table(name = "module_item")
public class ModuleItem {
  @Id
  @Column(length = 36)
  private String id;

  @Column(name = "module_id")
  private String moduleId;

  private int position;

  @Enumerated(EnumType.STRING)
  private ItemKind kind;

  private String title;

  /** Markdown: the reading, the discussion prompt, the role play's situation, notes to a link. */
  private String body;

  @Column(name = "link_url")
  private String linkUrl;

  private int minutes;

  /** The role play's brief for the receiver only. */
  @Column(name = "private_brief")
  private String privateBrief;

  @Column(name = "media_file_id")
  private String mediaFileId;

  @Column(name = "created_at")
  private Instant createdAt;

  @Version private long version;

  protected ModuleItem() {}

  public ModuleItem(String moduleId, int position, ItemContent content, Instant now) {
    this.id = Ids.newId();
    this.moduleId = moduleId;
    this.position = position;
    this.createdAt = now;
    describe(content);
  }

  public final void describe(ItemContent content) {
    this.kind = content.kind();
    this.title = content.title().trim();
    this.body = blankAsNull(content.body());
    this.linkUrl = content.kind().needsLink() ? blankAsNull(content.linkUrl()) : null;
    if (!content.kind().playsMedia()) {
      this.mediaFileId = null;
    }
    this.minutes = content.minutes();
    this.privateBrief =
        content.kind() == ItemKind.ROLE_PLAY ? blankAsNull(content.privateBrief()) : null;
  }

  private static String blankAsNull(String text) {
    return text == null || text.isBlank() ? null : text.strip();
  }

  public ModuleItem copyInto(String otherModuleId, Instant now) {
    ModuleItem copy = new ModuleItem(otherModuleId, position, content(), now);
    copy.mediaFileId = mediaFileId; // the same stored file plays in both courses
    return copy;
  }

  /** Plays an uploaded file (a video or podcast); answers the file it played before, if any. */
  public String playMedia(String fileId) {
    if (!kind.playsMedia()) {
      throw new org.virtualcampus.platform.error.ConflictException(
          "No media", "Only videos and podcasts play uploaded files.");
    }
    String before = mediaFileId;
    this.mediaFileId = fileId;
    return before;
  }

  public String mediaFileId() {
    return mediaFileId;
  }

  public void placeAt(int position) {
    this.position = position;
  }

  public ItemContent content() {
    return new ItemContent(kind, title, body, linkUrl, minutes, privateBrief);
  }

  public String id() {
    return id;
  }

  public String moduleId() {
    return moduleId;
  }

  public int position() {
    return position;
  }

  public ItemKind kind() {
    return kind;
  }

  public String title() {
    return title;
  }

  public int minutes() {
    return minutes;
  }

  public long version() {
    return version;
  }
}
