package org.virtualcampus.course.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.reflect.Field;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.virtualcampus.platform.error.FieldChange;
import org.virtualcampus.platform.error.StaleEditException;

class CourseEditTest {

  static Course savedAtVersion(long version) throws ReflectiveOperationException {
    Course course = new Course("Feedback", "Ask-Tell-Ask", 5, 6, Instant.EPOCH);
    Field field = Course.class.getDeclaredField("version"); // JPA moves it on every write
    field.setAccessible(true);
    field.setLong(course, version);
    return course;
  }

  @Test
  void anEditOnTheCurrentVersionIsSaved() throws Exception {
    Course course = savedAtVersion(3);
    course.edit("Feedback II", "Ask-Tell-Ask", 6, 6, 3);
    assertThat(course.title()).isEqualTo("Feedback II");
    assertThat(course.weeks()).isEqualTo(6);
  }

  @Test
  void aStaleEditIsRefusedWithTheFieldsThatDifferAndChangesNothing() throws Exception {
    Course course = savedAtVersion(4);
    assertThatThrownBy(() -> course.edit("Feedback II", " Ask-Tell-Ask ", 5, 8, 3))
        .isInstanceOfSatisfying(
            StaleEditException.class,
            e -> {
              assertThat(e.currentVersion()).isEqualTo(4);
              assertThat(e.changes())
                  .containsExactly(
                      new FieldChange("title", "Feedback", "Feedback II"),
                      new FieldChange("weeklyHours", 6, 8));
            });
    assertThat(course.title()).isEqualTo("Feedback");
    assertThat(course.weeklyHours()).isEqualTo(6);
  }
}
