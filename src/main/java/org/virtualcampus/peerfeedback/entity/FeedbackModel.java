package org.virtualcampus.peerfeedback.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.List;
import org.virtualcampus.platform.persistence.Ids;

/**
 * A feedback model (Ask-Tell-Ask, Pendleton's rules, R2C2, ...): its elements make the observer's
 * checklist in a practice round. Templates ship with the campus; coordinators edit or copy them.
 */
@Entity
@Table(name = "feedback_model")
public class FeedbackModel {
  @Id
  @Column(length = 36)
  private String id;

  private String name;
  private String summary;
  private String source;

  @Convert(converter = ModelElementsConverter.class)
  private List<ModelElement> elements;

  private boolean template;

  @Column(name = "created_at")
  private Instant createdAt;

  @Version private long version;

  protected FeedbackModel() {}

  public FeedbackModel(
      String name, String summary, String source, List<ModelElement> elements, Instant now) {
    this.id = Ids.newId();
    this.template = false;
    this.createdAt = now;
    change(name, summary, source, elements);
  }

  public void change(String name, String summary, String source, List<ModelElement> elements) {
    this.name = name.strip();
    this.summary = summary == null || summary.isBlank() ? null : summary.strip();
    this.source = source == null || source.isBlank() ? null : source.strip();
    this.elements = List.copyOf(elements);
  }

  public String id() {
    return id;
  }

  public String name() {
    return name;
  }

  public String summary() {
    return summary;
  }

  public String source() {
    return source;
  }

  public List<ModelElement> elements() {
    return elements;
  }

  public boolean template() {
    return template;
  }

  public long version() {
    return version;
  }
}
