package org.virtualcampus.peerfeedback.entity;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

/**
 * What a practice form says, kept as one JSON document. Ratings carry the element's key and title
 * as they were, so a model edited later does not change what was rated.
 */
public class FormAnswers implements Serializable {
  private List<Rating> ratings = new ArrayList<>();
  private String keep;
  private String tryNext;
  private String helped;
  private String notHelped;
  private String text;

  /** One element of the model, rated. */
  public static class Rating implements Serializable {
    private String element;
    private String title;
    private Observation observation;
    private String comment;

    public Rating() {}

    public Rating(String element, String title, Observation observation, String comment) {
      this.element = element;
      this.title = title;
      this.observation = observation;
      this.comment = comment;
    }

    public String getElement() {
      return element;
    }

    public void setElement(String element) {
      this.element = element;
    }

    public String getTitle() {
      return title;
    }

    public void setTitle(String title) {
      this.title = title;
    }

    public Observation getObservation() {
      return observation;
    }

    public void setObservation(Observation observation) {
      this.observation = observation;
    }

    public String getComment() {
      return comment;
    }

    public void setComment(String comment) {
      this.comment = comment;
    }
  }

  public List<Rating> getRatings() {
    return ratings;
  }

  public void setRatings(List<Rating> ratings) {
    this.ratings = ratings == null ? new ArrayList<>() : ratings;
  }

  public String getKeep() {
    return keep;
  }

  public void setKeep(String keep) {
    this.keep = keep;
  }

  public String getTryNext() {
    return tryNext;
  }

  public void setTryNext(String tryNext) {
    this.tryNext = tryNext;
  }

  public String getHelped() {
    return helped;
  }

  public void setHelped(String helped) {
    this.helped = helped;
  }

  public String getNotHelped() {
    return notHelped;
  }

  public void setNotHelped(String notHelped) {
    this.notHelped = notHelped;
  }

  /** The giver's reflection or the coach's comment. */
  public String getText() {
    return text;
  }

  public void setText(String text) {
    this.text = text;
  }
}
