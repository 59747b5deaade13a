package org.virtualcampus.learning.boundary;

/**
 * One member's modules in a cohort by the one completion rule: how many the course has, how many
 * have their homework done (a module without homework counts), and how many are complete.
 */
public record ModuleStanding(int modules, int homeworkDone, int complete) {

  /** Homework done over the course's modules in percent, 0 for a course without modules. */
  public double homeworkPercent() {
    return modules == 0 ? 0 : homeworkDone * 100.0 / modules;
  }
}
