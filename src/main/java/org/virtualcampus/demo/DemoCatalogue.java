package org.virtualcampus.demo;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import org.virtualcampus.identity.entity.Member;

/** Seeds the demo course and cohort (filled in by the course and enrollment features). */
@ApplicationScoped
public class DemoCatalogue {
  void seed(Member coordinator, List<Member> facilitators) {}
}
