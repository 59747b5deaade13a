/**
 * Courses: reusable curricula with a title, summary, length in weeks and weekly effort. Cohorts (in
 * the enrollment feature) are the runs of a course.
 */
package org.virtualcampus.course;
