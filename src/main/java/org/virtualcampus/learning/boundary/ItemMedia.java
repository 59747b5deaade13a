package org.virtualcampus.learning.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.io.InputStream;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.virtualcampus.files.boundary.FileRules;
import org.virtualcampus.files.boundary.Files;
import org.virtualcampus.files.boundary.StoredFileView;
import org.virtualcampus.identity.entity.Actor;
import org.virtualcampus.learning.control.ModuleQueries;
import org.virtualcampus.learning.entity.ModuleItem;
import org.virtualcampus.platform.error.ConflictException;
import org.virtualcampus.platform.error.InvalidInputException;
import org.virtualcampus.platform.error.NotFoundException;

/**
 * Videos and podcasts uploaded to the campus for a module item: streamed into storage (typed by
 * content: mp4 or webm for a video; mp3, m4a, wav or ogg for a podcast), then played in the page
 * with seeking (byte ranges). The upload holds no transaction; the item takes the file afterwards.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.NOT_SUPPORTED)
public class ItemMedia {
  @Inject CourseModules modules;
  @Inject ModuleQueries queries;
  @Inject Files files;

  @Inject
  @ConfigProperty(name = "campus.files.media-max-mb", defaultValue = "200")
  long maxMediaMb;

  public ModuleOutline upload(
      String itemId, InputStream body, String fileName, long declaredLength, Actor actor) {
    CourseModules.requireAuthor(actor);
    ModuleItem item = queries.item(itemId).orElseThrow(() -> new NotFoundException("Item", itemId));
    if (!item.kind().playsMedia()) {
      throw new ConflictException("No media", "Only videos and podcasts play uploaded files.");
    }
    if (fileName == null || fileName.isBlank() || fileName.length() > 255) {
      throw new InvalidInputException("filename", "name the file (at most 255 characters)");
    }
    StoredFileView stored =
        files.store(
            body,
            fileName.strip(),
            new FileRules(maxMediaMb * 1024 * 1024, item.kind().mediaTypes()),
            actor.memberId(),
            declaredLength);
    return modules.playMedia(itemId, stored.id(), actor);
  }

  public ModuleOutline remove(String itemId, Actor actor) {
    return modules.playMedia(itemId, null, actor);
  }
}
