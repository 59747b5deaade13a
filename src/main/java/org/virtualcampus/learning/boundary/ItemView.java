package org.virtualcampus.learning.boundary;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.virtualcampus.learning.control.VideoEmbed;
import org.virtualcampus.learning.entity.ItemContent;
import org.virtualcampus.learning.entity.ItemKind;
import org.virtualcampus.learning.entity.ModuleItem;
import org.virtualcampus.platform.text.MarkdownText;

/**
 * A content item as a participant sees it: the text as sanitised HTML, the link, the player for a
 * well-known video host, and whether they marked it done. The role play's private brief is not
 * here: it goes to the receiver of a practice round only.
 */
@Schema(name = "ItemView")
public record ItemView(
    String id,
    ItemKind kind,
    String title,
    int minutes,
    @Schema(description = "The text as sanitised HTML; empty for none") String html,
    String linkUrl,
    @Schema(description = "Privacy-friendly player address for YouTube and Vimeo links")
        String player,
    @Schema(
            description =
                "An uploaded video or podcast: read it at /api/v1/files/{id} (byte ranges for seeking)")
        String mediaFileId,
    boolean done)
    implements java.io.Serializable {

  static ItemView of(ModuleItem item, boolean done) {
    ItemContent content = item.content();
    return new ItemView(
        item.id(),
        item.kind(),
        item.title(),
        item.minutes(),
        MarkdownText.toHtml(content.body()),
        content.linkUrl(),
        item.kind() == ItemKind.VIDEO ? VideoEmbed.playerFor(content.linkUrl()).orElse(null) : null,
        item.mediaFileId(),
        done);
  }
}
