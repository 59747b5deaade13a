package org.virtualcampus.learning.ui;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.virtualcampus.identity.boundary.CurrentActor;
import org.virtualcampus.learning.boundary.ReviewQueue;
import org.virtualcampus.learning.boundary.Reviews;
import org.virtualcampus.learning.entity.ReviewCategory;
import org.virtualcampus.platform.paging.PageRequest;
import org.virtualcampus.platform.ui.PageMessages;

/** A cohort's review queue for its facilitators: the piles with their counts, oldest first. */
@Named
@ViewScoped
public class ReviewsBacking implements Serializable {
  @Inject Reviews reviews;
  @Inject CurrentActor current;
  @Inject PageMessages messages;

  private String cohort;
  private ReviewCategory pile = ReviewCategory.WAITING;
  private boolean mine;
  private int page;
  private ReviewQueue queue;

  public void load() {
    try {
      queue = reviews.queue(cohort, pile, mine, new PageRequest(page, 50), current.get());
    } catch (RuntimeException e) {
      queue = null;
      messages.failed(e, null);
    }
  }

  public void show() {
    page = 0;
    load();
  }

  public void releaseAll() {
    try {
      int released = reviews.releaseAll(cohort, mine, current.get());
      messages.info("reviews.released", released);
    } catch (RuntimeException e) {
      messages.failed(e, null);
    }
    load();
  }

  public ReviewCategory[] getPiles() {
    return ReviewCategory.values();
  }

  public String pileLabel(ReviewCategory category) {
    long count =
        queue == null
            ? 0
            : switch (category) {
              case WAITING -> queue.waiting();
              case LATE -> queue.late();
              case REVISED -> queue.revised();
              case TO_RELEASE -> queue.toRelease();
              case RELEASED -> queue.released();
            };
    return messages.text("reviews.pile." + category.name(), count);
  }

  public String title() {
    return queue == null
        ? messages.text("reviews.titlePlain")
        : messages.text("reviews.title", queue.cohortName());
  }

  public String getCohort() {
    return cohort;
  }

  public void setCohort(String cohort) {
    this.cohort = cohort;
  }

  public ReviewCategory getPile() {
    return pile;
  }

  public void setPile(ReviewCategory pile) {
    this.pile = pile == null ? ReviewCategory.WAITING : pile;
  }

  public boolean isMine() {
    return mine;
  }

  public void setMine(boolean mine) {
    this.mine = mine;
  }

  public ReviewQueue getQueue() {
    return queue;
  }
}
